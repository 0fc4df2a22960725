import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { v1, type outpost } from '../../wire/index.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import type { Lease } from '../../agent/outbox/types.js';
import { newestInFile } from '../../agent/outbox/class-tables.js';
import { readStagingJournal, stagingPath } from '../../agent/outbox/staging-journal.js';
import { FakeClocks, open, storePath } from './helpers.js';

/**
 * Vector's habit: random sequences of enqueue, lease, ack, release, lease timeout and restart run
 * against the real store and a plain in-memory model, compared after every step.
 */
const test = suite('outbox against a model');
const LEASE_MS = 60_000;
const base = { compact_status: false, lease: '60s', group_commit: '1ms' };

type Kind = 'alarm' | 'status' | 'bulk';
const priorityOf: Record<Kind, number> = { alarm: v1.Priority.PRIORITY_ALARM, status: v1.Priority.PRIORITY_STATUS, bulk: v1.Priority.PRIORITY_BULK };

interface Model {
  records: Map<number, { priority: number; token: string }>;
  /** Lease id to the seqs it still holds. */
  leases: Map<number, Set<number>>;
  /** Acked since the last restart: may linger in the file until their ack is written (never after a close). */
  acked: Set<number>;
  nextSeq: number;
}

interface Real {
  /** Status records go to the staging journal. */
  journal: boolean;
  path: string;
  clocks: FakeClocks;
  outbox: SqliteOutbox;
  db: Database.Database | undefined;
  leases: Map<number, Lease>;
  made: number;
}

function openReal(real: Pick<Real, 'path' | 'clocks' | 'journal'> & Partial<Real>): Real {
  const state = { ...real, leases: new Map<number, Lease>(), made: real.made ?? 0 } as Real;
  // Segments of three records: acks, restarts and drops meet segment boundaries all the time.
  state.outbox = open(real.path, real.clocks, { ...base, staging_journal: real.journal }, { onDatabase: (db) => (state.db = db), segment: { records: 3, bytes: 1e9 } });
  return state;
}

function recordOf(kind: Kind, token: string): outpost.v1.IRecord {
  if (kind === 'alarm') return { detection: { id: token } };
  if (kind === 'bulk') return { snapshot: { camera: token, data: new Uint8Array(40) } };
  return { event: { kind: v1.EventKind.EVENT_KIND_FAULT, message: token } };
}

function tokenOf(bytes: Uint8Array): string {
  const record = v1.Record.decode(bytes);
  return record.detection?.id ?? record.snapshot?.camera ?? record.event?.message ?? '';
}

function leased(model: Model): Set<number> {
  return new Set([...model.leases.values()].flatMap((seqs) => [...seqs]));
}

/**
 * After every step: the file holds exactly the model's records (plus acked ones whose ack is not
 * written yet), with those a reopen would take from the staging journal (its newest generation,
 * above every seq the file has had), and the stats agree.
 */
function compare(model: Model, real: Real): void {
  const rows = real.db?.prepare('SELECT seq, priority, body FROM records ORDER BY seq').all() as { seq: number; priority: number; body: Buffer }[];
  if (real.journal && real.db !== undefined) {
    const saved = real.db.prepare('SELECT store_id, next_seq FROM store').get() as { store_id: string; next_seq: number };
    const storedNext = Math.max(saved.next_seq, newestInFile(real.db).seq + 1);
    const staged = readStagingJournal(stagingPath(real.path), BigInt(saved.store_id))?.newest ?? [];
    for (const record of staged) if (record.seq >= storedNext) rows.push({ seq: record.seq, priority: record.item.priority, body: Buffer.from(v1.Record.encode({ ...v1.Record.decode(record.item.body), seq: record.seq }).finish()) });
    rows.sort((a, b) => a.seq - b.seq);
  }
  assert.equal(
    rows.filter((row) => !model.acked.has(row.seq)).map((row) => [row.seq, row.priority, tokenOf(row.body)]),
    [...model.records].sort((a, b) => a[0] - b[0]).map(([seq, r]) => [seq, r.priority, r.token]),
  );
  const stats = real.outbox.stats();
  assert.is(stats.records, model.records.size);
  for (const c of stats.classes) assert.is(c.records, [...model.records.values()].filter((r) => r.priority === c.priority).length);
}

class Enqueue implements fc.AsyncCommand<Model, Real> {
  constructor(readonly calls: Kind[][]) {}
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    const batches = this.calls.map((kinds) => kinds.map((kind) => ({ kind, token: `r${real.made++}` })));
    const seqs = await Promise.all(batches.map((batch) => real.outbox.enqueue(batch.map((r) => recordOf(r.kind, r.token)))));
    batches.forEach((batch, index) => {
      const expected = batch.map(() => model.nextSeq++);
      assert.equal(seqs[index], expected, 'seqs follow the order of the calls');
      batch.forEach((r, i) => model.records.set(expected[i] as number, { priority: priorityOf[r.kind], token: r.token }));
    });
    compare(model, real);
  }
  toString = (): string => `enqueue(${JSON.stringify(this.calls)})`;
}

class NextBatch implements fc.AsyncCommand<Model, Real> {
  constructor(readonly maxRecords: number) {}
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    const out = leased(model);
    const expected = [...model.records]
      .filter(([seq]) => !out.has(seq))
      .sort((a, b) => a[1].priority - b[1].priority || a[0] - b[0])
      .slice(0, this.maxRecords);
    const lease = real.outbox.nextBatch({ maxBytes: 1e9, maxRecords: this.maxRecords });
    assert.equal(lease?.records.map((r) => [r.seq, tokenOf(r.bytes)]) ?? [], expected.map(([seq, r]) => [seq, r.token]));
    if (lease) {
      real.leases.set(lease.id, lease);
      model.leases.set(lease.id, new Set(lease.records.map((r) => r.seq)));
    }
    compare(model, real);
  }
  toString = (): string => `nextBatch(${this.maxRecords})`;
}

class Ack implements fc.AsyncCommand<Model, Real> {
  constructor(readonly start: number, readonly span: number) {}
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    const first = Math.max(1, model.nextSeq - this.start);
    const last = first + this.span;
    const gone = [...model.records.keys()].filter((seq) => seq >= first && seq <= last);
    assert.is(real.outbox.ack([{ first, last }]), gone.length);
    for (const seq of gone) {
      model.records.delete(seq);
      model.acked.add(seq);
      for (const seqs of model.leases.values()) seqs.delete(seq);
    }
    compare(model, real);
  }
  toString = (): string => `ack(nextSeq-${this.start}, +${this.span})`;
}

class Release implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>): boolean => model.leases.size > 0;
  async run(model: Model, real: Real): Promise<void> {
    const id = [...model.leases.keys()][this.pick % model.leases.size] as number;
    real.outbox.release(real.leases.get(id) as Lease);
    real.leases.delete(id);
    model.leases.delete(id);
    compare(model, real);
  }
  toString = (): string => `release(#${this.pick})`;
}

class LeaseTimeout implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>): boolean => model.leases.size > 0;
  async run(model: Model, real: Real): Promise<void> {
    real.clocks.advance(LEASE_MS + 1);
    model.leases.clear();
    real.leases.clear();
    compare(model, real);
  }
  toString = (): string => 'leaseTimeout';
}

class Restart implements fc.AsyncCommand<Model, Real> {
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    await real.outbox.close();
    Object.assign(real, openReal(real));
    model.leases.clear();
    model.acked.clear();
    compare(model, real);
  }
  toString = (): string => 'restart';
}

const kind = fc.constantFrom<Kind>('alarm', 'status', 'bulk');
const commands = fc.commands(
  [
    fc.array(fc.array(kind, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }).map((calls) => new Enqueue(calls)),
    fc.integer({ min: 1, max: 6 }).map((n) => new NextBatch(n)),
    fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 })).map(([start, span]) => new Ack(start, span)),
    fc.nat(8).map((pick) => new Release(pick)),
    fc.constant(new LeaseTimeout()),
    fc.constant(new Restart()),
  ],
  { maxCommands: 40 },
);

for (const journal of [false, true]) {
  const where = journal ? 'status records staged in the journal' : 'every record in the file';
  test(`${where}: enqueue, nextBatch, ack, release, lease timeout and restart agree with the model after every step`, async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const real = openReal({ path: storePath(), clocks: new FakeClocks(), journal });
        try {
          await fc.asyncModelRun(() => ({ model: { records: new Map(), leases: new Map(), acked: new Set<number>(), nextSeq: 1 }, real }), cmds);
        } finally {
          await real.outbox.close();
        }
      }),
      { numRuns: 60 },
    );
  });
}

test.run();
