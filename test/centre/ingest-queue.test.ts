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

test('envelopes that arrive while a commit runs are stored together in the next one and answered with one ack', async () => {
  const store = new GatedStore();
  const acks: [number, number][][] = [];
  const ingest = new Ingest(store as unknown as CentreStore, async (_postId, bytes) => void acks.push(v1.Ack.decode(bytes).ranges.map((range) => [Number(range.first), Number(range.last)])), silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  let released = 0;
  for (let seq = 1; seq <= 10; seq++) queue.push('bp-060', envelope(seq), () => released++);
  await queue.prepared();
  assert.is(released, 10, 'below the high-water mark every message is released at once');
  store.open();
  await queue.idle();
  assert.equal(store.transactions, [1, 9], 'the first alone, the nine that waited in one transaction');
  assert.equal(acks, [[[1, 1]], [[2, 10]]]);
  assert.is(ingest.stats.stored, 10);
});

test('past the high-water mark the broker is made to wait until the store catches up', async () => {
  const store = new GatedStore();
  const ingest = new Ingest(store as unknown as CentreStore, async () => undefined, silentLogger());
  const queue = new IngestQueue(ingest, silentLogger());
  let released = 0;
  for (let seq = 1; seq <= 100; seq++) queue.push('bp-060', envelope(seq), () => released++);
  await queue.prepared();
  assert.ok(released < 100, `only part released while the store is blocked (${released})`);
  store.open();
  await queue.idle();
  assert.is(released, 100);
  assert.is(ingest.stats.stored, 100);
});

test.run();
