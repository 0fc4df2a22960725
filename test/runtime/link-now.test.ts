import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { parseConfig } from '../../agent/config/index.js';
import { linkNow } from '../../agent/runtime/link-now.js';
import { Pipeline } from '../../agent/runtime/pipeline.js';
import { tempDir } from '../support/tmp.js';

const systemClock = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) };

test('LinkNow: the uplink figures, the outbox records by class until acked (sent or not), and the records not yet stored', async () => {
  const dir = tempDir('link-now');
  const { config } = parseConfig(`post: { id: bp-001 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://127.0.0.1:1' }\n`, 'post.yaml', {});
  assert.ok(config);
  const outbox = defaultParts().openOutbox(config, silentLogger());
  const pipeline = new Pipeline({ outbox, time: systemClock, log: silentLogger() });
  try {
    const vitals = { connected: true, deliveryRateBytesPerS: 12_000 };
    assert.equal(linkNow(vitals, outbox, pipeline), { connected: true, deliveryRateBytesPerS: 12_000, waiting: { alarm: 0, status: 0, bulk: 0, unstored: 0 } });
    pipeline.emit({ detection: { id: 'd1', sensor: 'track', kind: v1.DetectionKind.DETECTION_KIND_PERSON } });
    pipeline.emit({ snapshot: { id: 's1', camera: 'gate-cam', contentType: 'image/jpeg', data: Buffer.from('jpeg') } });
    assert.is(linkNow(vitals, outbox, pipeline).waiting.unstored, 2, 'emitted, not yet in the outbox');
    await pipeline.drain();
    assert.equal(linkNow(vitals, outbox, pipeline).waiting, { alarm: 1, status: 0, bulk: 1, unstored: 0 });
    const lease = outbox.nextBatch({ maxBytes: 100_000, maxRecords: 10 });
    assert.is(lease?.records.length, 2);
    assert.equal(linkNow(vitals, outbox, pipeline).waiting, { alarm: 1, status: 0, bulk: 1, unstored: 0 }, 'sent but not acked still waits');
    outbox.ack([{ first: 1, last: 2 }]);
    assert.equal(linkNow(vitals, outbox, pipeline).waiting, { alarm: 0, status: 0, bulk: 0, unstored: 0 });
    assert.is(linkNow({ connected: false, deliveryRateBytesPerS: 0 }, outbox, pipeline).connected, false);
    assert.equal(linkNow(undefined, undefined, undefined), { connected: false, deliveryRateBytesPerS: 0, waiting: { alarm: 0, status: 0, bulk: 0, unstored: 0 } }, 'no uplink: not connected');
  } finally {
    await pipeline.stop();
    await outbox.close();
  }
});

test.run();
