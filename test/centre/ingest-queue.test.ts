import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { writeEnvelope } from '../../agent/uplink/index.js';
import { Ingest } from '../../centre/ingest.js';
import { IngestQueue } from '../../centre/ingest-queue.js';
import type { CentreStore, RecordBatch, StoreOutcome } from '../../centre/store.js';

/** A store whose commits wait until the test opens the gate, recording each transaction's size. */
class GatedStore implements Partial<CentreStore> {
  readonly transactions: number[] = [];
  private readonly held = new Set<string>();
  private gate: (() => void) | undefined;
  private opened = false;

  async storeBatches(batches: readonly RecordBatch[]): Promise<StoreOutcome[]> {
    this.transactions.push(batches.length);
    if (!this.opened) await new Promise<void>((resolve) => (this.gate = resolve));
    return batches.map((batch) => {
      const inserted: number[] = [];
      let duplicates = 0;
      for (const record of batch.records) {
        const key = `${batch.postId}/${batch.storeId}/${record.seq}`;
        if (this.held.has(key)) duplicates++;
        else {
          this.held.add(key);
          inserted.push(record.seq);
        }
      }
      return { inserted, duplicates };
    });
  }

  open(): void {
    this.opened = true;
    this.gate?.();
  }
}

function envelope(seq: number): Uint8Array {
  const record = v1.Record.encode({ seq, timeUnixMs: 1, priority: v1.Priority.PRIORITY_STATUS, event: { source: 'agent' } }).finish();
  return writeEnvelope({ postId: 'bp-060', storeId: 9n }, [{ bytes: record }], 1);
}

/** Lets queued immediates run until `done` holds (the queue drains after the I/O callbacks due). */
async function until(what: string, done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(done(), what);
}

test('messages delivered together are decoded and stored in one transaction, acked once; what comes during a commit goes in the next', async () => {
  const store = new GatedStore();
  const acks: [number, number][][] = [];
  const ingest = new Ingest(store as unknown as CentreStore, async (_postId, bytes) => void acks.push(v1.Ack.decode(bytes).ranges.map((range) => [Number(range.first), Number(range.last)])), silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  let released = 0;
  for (let seq = 1; seq <= 10; seq++) queue.push('bp-060', envelope(seq), () => released++);
  assert.is(released, 10, 'below the high-water mark every message is released at once');
  await until('the first commit started', () => store.transactions.length === 1);
  for (let seq = 11; seq <= 15; seq++) queue.push('bp-060', envelope(seq), () => released++);
  assert.equal(acks, [], 'nothing acked before the commit');
  store.open();
  await queue.idle();
  assert.equal(store.transactions, [10, 5], 'the ten delivered together in one transaction, the five that came during it in the next');
  assert.equal(acks, [[[1, 10]], [[11, 15]]]);
  assert.is(ingest.stats.stored, 15);
});

test('past the high-water mark the broker is made to wait until the store catches up', async () => {
  const store = new GatedStore();
  const ingest = new Ingest(store as unknown as CentreStore, async () => undefined, silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  let released = 0;
  for (let seq = 1; seq <= 600; seq++) queue.push('bp-060', envelope(seq), () => released++);
  assert.ok(released < 600, `only part released at once (${released})`);
  await until('the first commit started', () => store.transactions.length === 1);
  assert.is(released, 600, 'taken into a commit: the queue has room again');
  for (let seq = 601; seq <= 1200; seq++) queue.push('bp-060', envelope(seq), () => released++);
  assert.ok(released < 1200, `while the store is blocked, only up to the high-water mark (${released})`);
  store.open();
  await queue.idle();
  assert.is(released, 1200);
  assert.is(ingest.stats.stored, 1200);
  assert.ok(store.transactions.every((size) => size <= 600), `transactions ${store.transactions.join(', ')}`);
});

test('an envelope with deflated records is read in the batch; a malformed one is dropped without holding up the others', async () => {
  const store = new GatedStore();
  store.open();
  const acks: [number, number][][] = [];
  const ingest = new Ingest(store as unknown as CentreStore, async (_postId, bytes) => void acks.push(v1.Ack.decode(bytes).ranges.map((range) => [Number(range.first), Number(range.last)])), silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  const records = Array.from({ length: 100 }, (_, index) => ({ bytes: v1.Record.encode({ seq: index + 1, timeUnixMs: 1, priority: v1.Priority.PRIORITY_STATUS, event: { source: 'agent' } }).finish() }));
  queue.push('bp-060', writeEnvelope({ postId: 'bp-060', storeId: 9n }, records, 1, 'deflate'), () => undefined);
  queue.push('bp-060', new Uint8Array([0xff, 0xff, 0xff]), () => undefined);
  await queue.idle();
  assert.equal(store.transactions, [1]);
  assert.equal(acks, [[[1, 100]]]);
  assert.is(ingest.stats.malformed, 1);
});

test('each message is released to the broker before it is decoded, and what comes during a commit is decoded before the commit ends', async () => {
  const store = new GatedStore();
  const events: string[] = [];
  let decoded = 0;
  class WatchedIngest extends Ingest {
    override async prepareUp(topicPostId: string, payload: Uint8Array): ReturnType<Ingest['prepareUp']> {
      events.push('decode');
      const prepared = await super.prepareUp(topicPostId, payload);
      decoded += 1;
      return prepared;
    }
  }
  const ingest = new WatchedIngest(store as unknown as CentreStore, async () => undefined, silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  queue.push('bp-060', envelope(1), () => events.push('release'));
  assert.equal(events, ['release', 'decode'], 'the PUBACK waits for nothing: the broker holds few unacknowledged messages per client');
  await until('the first commit started', () => store.transactions.length === 1);
  queue.push('bp-060', envelope(2), () => events.push('release'));
  await until('the message that came during the commit decoded', () => decoded === 2);
  assert.equal(store.transactions, [1], 'still inside the first commit');
  store.open();
  await queue.idle();
  assert.equal(store.transactions, [1, 1]);
  assert.is(ingest.stats.stored, 2);
});

test.run();
