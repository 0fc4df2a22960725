import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type Database from 'better-sqlite3';
import type { outpost } from '../../wire/index.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import type { Lease } from '../../agent/outbox/types.js';
import { FakeClocks, eventRecord, detection, open, reading, seqsOf, snapshot, storePath } from './helpers.js';

const test = suite('outbox body cache: the next batch from memory (issue 13)');

/** Rewrites every stored body in the file behind the store's back: a batch read from the file then shows it, one from memory does not. */
function scribble(db: Database.Database): void {
  for (const table of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_records_%'`).pluck().all() as string[]) {
    db.prepare(`UPDATE ${table} SET body = x'00'`).run();
  }
}

const bodies = (lease: Lease | undefined): string[] => lease?.records.map((record) => Buffer.from(record.bytes).toString('hex')) ?? [];

test('records just committed are leased from memory; a released lease below what it holds, or a restart, reads the file', async () => {
  let db: Database.Database | undefined;
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = open(path, clocks, { compact_status: false, staging_journal: false }, { onDatabase: (opened) => (db = opened) });
  await outbox.enqueue([reading('a'), reading('b'), reading('c')]);
  scribble(db!);
  const first = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 2 });
  assert.equal(seqsOf(first), [1, 2]);
  assert.ok(bodies(first).every((hex) => hex !== '00'), 'served from memory: the scribble is not seen');
  const second = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 });
  assert.equal(seqsOf(second), [3]);
  assert.ok(bodies(second).every((hex) => hex !== '00'));
  outbox.ack([{ first: 1, last: 2 }]);
  outbox.release(second!);
  await outbox.enqueue([reading('d')]);
  // Seq 3 was released, seq 4 is new: both in memory still (3 left only on an ack).
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 })), [3, 4]);
  await outbox.close();

  const reopened = open(path, clocks, { compact_status: false, staging_journal: false });
  const after = reopened.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 });
  assert.equal(seqsOf(after), [3, 4]);
  assert.equal(bodies(after)[0], '00', 'after a restart the memory is empty: seq 3 is read from the file');
  await reopened.close();
});

/** A small deterministic PRNG (mulberry32): the same steps for both stores. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Deleting forgets the cache: the first config deletes often (evictions, expiry, compaction), the second never, so the cache stays warm across acks, releases and restarts.
const configs = {
  deleting: { compact_status: true, max_records: 40, ttl: { bulk: '30s', status: '60s', alarm: '1h' } },
  keeping: { compact_status: false, max_records: 100_000, ttl: { bulk: '30d', status: '30d', alarm: '30d' } },
};

for (const [name, config] of Object.entries(configs)) test(`${name}: with the cache and without, the same steps lease the same records, byte for byte`, async () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const clocks = new FakeClocks();
    const paths = [storePath(), storePath()];
    // One store reads every page from the file; the other keeps a small cache, so it trims too.
    const extras = [{ bodyCacheBytes: 0 }, { bodyCacheBytes: 1_500 }];
    let stores: SqliteOutbox[] = paths.map((path, i) => open(path, clocks, config, extras[i]));
    let leases: Lease[][] = [[], []];
    const next = random(seed);
    for (let step = 0; step < 250; step++) {
      const roll = next();
      if (roll < 0.4) {
        const records: outpost.v1.IRecord[] = [];
        for (let n = 1 + Math.floor(next() * 5); n > 0; n--) {
          const kind = next();
          records.push(kind < 0.55 ? reading(`s${Math.floor(next() * 4)}`, step) : kind < 0.75 ? eventRecord(`e${step}`) : kind < 0.9 ? detection(`d${step}`) : snapshot(`c${step}`, 200 + Math.floor(next() * 400)));
        }
        const seqs = await Promise.all(stores.map((store) => store.enqueue(records)));
        assert.equal(seqs[0], seqs[1], `seed ${seed} step ${step}: enqueue`);
      } else if (roll < 0.7) {
        const limits = { maxBytes: 100 + Math.floor(next() * 2_000), maxRecords: 1 + Math.floor(next() * 12) };
        const got = stores.map((store) => store.nextBatch(limits));
        assert.equal(seqsOf(got[1]), seqsOf(got[0]), `seed ${seed} step ${step}: batch seqs`);
        assert.equal(bodies(got[1]), bodies(got[0]), `seed ${seed} step ${step}: batch bytes`);
        got.forEach((lease, i) => lease !== undefined && leases[i]!.push(lease));
      } else if (roll < 0.82 && leases[0]!.length > 0) {
        const at = Math.floor(next() * leases[0]!.length);
        const ack = next() < 0.7;
        for (let i = 0; i < 2; i++) {
          const [lease] = leases[i]!.splice(at, 1);
          if (ack) {
            const seqs = seqsOf(lease);
            stores[i]!.ack([{ first: Math.min(...seqs), last: Math.max(...seqs) }]);
          } else stores[i]!.release(lease!);
        }
      } else if (roll < 0.87) {
        // The ack write the backlog's timer would make (real time; these clocks are fake).
        for (const store of stores) (store as unknown as { handout: { writeAcks(): void } }).handout.writeAcks();
      } else if (roll < 0.92) {
        clocks.advance(Math.floor(next() * 20_000));
      } else if (roll < 0.95) {
        await Promise.all(stores.map((store) => store.close()));
        stores = paths.map((path, i) => open(path, clocks, config, extras[i]));
        leases = [[], []];
      }
    }
    assert.equal(stores[1]!.stats().records, stores[0]!.stats().records, `seed ${seed}: same records left`);
    await Promise.all(stores.map((store) => store.close()));
  }
});

test.run();
