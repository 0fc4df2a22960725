import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { healthJson } from '../../centre/http/health-json.js';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import type { RecordBatch } from '../../centre/store.js';
import { v1 } from '../../wire/index.js';

const NOW = Date.now();

function health(postId: string, seq: number, volts: number, receivedUnixMs = NOW): RecordBatch {
  const bytes = v1.Record.encode({ seq, timeUnixMs: NOW, priority: v1.Priority.PRIORITY_STATUS, health: { vitals: { supplyVoltageV: volts } } }).finish();
  return { postId, storeId: '1', receivedUnixMs, records: [{ seq, kind: 'health', sensor: '', timeUnixMs: NOW, timeQuality: 1, priority: v1.Priority.PRIORITY_STATUS, bytes }] };
}
const volts = (json: Record<string, unknown> | undefined): unknown => (json?.['health'] as { vitals: { supplyVoltageV: number } } | undefined)?.vitals.supplyVoltageV;

test('the latest Health as JSON: a newer record replaces it; a row id SQLite gives again is not mistaken for the old row; two stores apart', async () => {
  const one = SqliteCentreStore.open(':memory:');
  const two = SqliteCentreStore.open(':memory:');
  try {
    await one.storeBatches([health('bp-1', 1, 12.5)]);
    await two.storeBatches([health('bp-9', 1, 11.0)]);
    const first = healthJson(one, await one.latestHealth());
    assert.is(volts(first[0]), 12.5);
    assert.is(healthJson(one, await one.latestHealth())[0], first[0], 'decoded once, then kept');
    assert.is(volts(healthJson(two, await two.latestHealth())[0]), 11.0, 'the same row id in another store is its own');
    await one.storeBatches([health('bp-1', 2, 12.25)]);
    assert.is(volts(healthJson(one, await one.latestHealth())[0]), 12.25);
    // Retention removes both (the newest among them), so SQLite hands out row id 1 again.
    await one.dropBefore([{ kinds: ['health'], cutoffMs: NOW + 1 }]);
    await one.storeBatches([health('bp-2', 1, 13.5, NOW + 2)]);
    const [again] = await one.latestHealth();
    assert.is(again?.id, 1);
    assert.equal([again?.postId, volts(healthJson(one, [again as NonNullable<typeof again>])[0])], ['bp-2', 13.5]);
  } finally {
    await one.close();
    await two.close();
  }
});

test.run();
