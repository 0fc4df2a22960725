import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { DeferredOutbox } from '../../agent/outbox/deferred.js';
import type { Outbox } from '../../agent/outbox/types.js';
import { FakeClocks, open, storePath } from '../outbox/helpers.js';
import { MemoryOutbox as UplinkDouble } from '../uplink/memory-outbox.js';
import { MemoryOutbox as RuntimeDouble } from '../runtime/fakes.js';

/**
 * The Outbox contract (agent/outbox/types.ts; its durability invariants are at the top of
 * agent/outbox/index.ts and tested in test/outbox/), run against every implementation: the
 * SQLite store, the deferred outbox in front of it, and the two in-memory doubles other tests
 * rely on. Invariants every implementation keeps:
 * 1. enqueue resolves with seqs that rise by one and are never reused, acks or not.
 * 2. nextBatch leases alarms first, then status, then bulk, oldest first, within the limits
 *    (at least one record, however large); undefined when nothing waits.
 * 3. A leased record is not offered again until its lease is released; release offers it again.
 * 4. ack deletes the named records, leased or not, returns how many, ignores unknown seqs, and
 *    an acked record is never offered again.
 * 5. A leased record's bytes are the encoded Record with its seq and the priority of its body.
 * 6. stats counts the records still waiting; close resolves.
 */

const implementations: { name: string; make: () => Outbox }[] = [
  { name: 'SqliteOutbox', make: () => open(storePath(), new FakeClocks()) },
  { name: 'DeferredOutbox (store opens at once)', make: () => new DeferredOutbox(() => open(storePath(), new FakeClocks()), silentLogger()) },
  { name: 'uplink tests\' MemoryOutbox', make: () => new UplinkDouble() },
  { name: 'runtime tests\' MemoryOutbox', make: () => new RuntimeDouble() },
];

const reading = (n: number): outpost.v1.IRecord => ({ timeUnixMs: 1000 + n, reading: { sensor: `s${n}`, channels: [{ name: 'v', unit: 'V' }], samples: [{ offsetMs: 0, values: [n] }] } });
const detection = (n: number): outpost.v1.IRecord => ({ timeUnixMs: 1000 + n, detection: { id: `d${n}`, sensor: 'geo', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.9 } });
const snapshot = (n: number, bytes = 100): outpost.v1.IRecord => ({ timeUnixMs: 1000 + n, snapshot: { camera: `cam${n}`, data: new Uint8Array(bytes).fill(n) } });

const all = { maxBytes: 1 << 20, maxRecords: 1000 };

for (const implementation of implementations) {
  const it = suite(`Outbox: ${implementation.name}`);

  it('1, 5: seqs rise by one and are never reused; leased bytes are the record with its seq and class', async () => {
    const outbox = implementation.make();
    try {
      assert.equal(await outbox.enqueue([reading(1), reading(2)]), [1, 2]);
      assert.equal(await outbox.enqueue([detection(3)]), [3]);
      const lease = outbox.nextBatch(all);
      assert.ok(lease);
      outbox.ack([{ first: 1, last: 3 }]);
      assert.equal(await outbox.enqueue([reading(4)]), [4], 'acks do not free seqs for reuse');
      const decoded = lease.records.map((record) => v1.Record.decode(record.bytes));
      assert.equal(decoded.map((record) => Number(record.seq)), lease.records.map((record) => record.seq));
      assert.equal(
        decoded.map((record) => record.priority),
        lease.records.map((record) => record.priority),
      );
      const alarm = decoded.find((record) => record.detection !== null && record.detection !== undefined);
      assert.is(alarm?.priority, v1.Priority.PRIORITY_ALARM, 'a detection travels as an alarm');
    } finally {
      await outbox.close();
    }
  });

  it('2: alarms, then status, then bulk, oldest first, within the limits; undefined when empty', async () => {
    const outbox = implementation.make();
    try {
      assert.is(outbox.nextBatch(all), undefined);
      await outbox.enqueue([snapshot(1), reading(2), detection(3), reading(4), detection(5), snapshot(6)]);
      const first = outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 3 });
      assert.equal(first?.records.map((record) => record.seq), [3, 5, 2]);
      const rest = outbox.nextBatch(all);
      assert.equal(rest?.records.map((record) => record.seq), [4, 1, 6]);
      assert.is(outbox.nextBatch(all), undefined, 'everything is out on a lease');
      assert.is(first?.bytes, first?.records.reduce((sum, record) => sum + record.bytes.length, 0));
      outbox.release(first!);
      outbox.release(rest!);
      const one = outbox.nextBatch({ maxBytes: 1, maxRecords: 10 });
      assert.is(one?.records.length, 1, 'a record larger than maxBytes still goes, alone');
    } finally {
      await outbox.close();
    }
  });

  it('3-4, 6: a lease hides its records until released; ack deletes leased or not, counts, ignores unknown seqs', async () => {
    const outbox = implementation.make();
    try {
      await outbox.enqueue([reading(1), reading(2), reading(3), reading(4)]);
      const lease = outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 2 });
      assert.equal(lease?.records.map((record) => record.seq), [1, 2]);
      assert.equal(outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 2 })?.records.map((record) => record.seq), [3, 4]);
      outbox.release(lease!);
      const again = outbox.nextBatch(all);
      assert.equal(again?.records.map((record) => record.seq), [1, 2], 'released records are offered again');
      assert.is(outbox.ack([{ first: 2, last: 3 }, { first: 90, last: 99 }]), 2, 'leased (2) and not (3), unknown seqs ignored');
      outbox.release(again!);
      assert.equal(outbox.nextBatch(all)?.records.map((record) => record.seq), [1], 'acked records never come back; 4 is still leased');
      assert.is(outbox.stats().records, 2);
    } finally {
      await outbox.close();
    }
  });

  it.run();
}
