import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../kernel/logger.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../centre/embedded-broker.js';
import { silentLogger } from '../../kernel/logger.js';
import { waitFor } from '../support/net.js';
import { join } from 'node:path';
import { startCentre } from '../../centre/index.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';
import { TcpProxy } from './tcp-proxy.js';

let broker: EmbeddedBroker | undefined;
let proxy: TcpProxy | undefined;
let uplink: Uplink | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await proxy?.close();
  await broker?.close();
  uplink = proxy = broker = undefined;
});

function capturedLog(): { lines: Record<string, unknown>[]; log: ReturnType<typeof createLogger> } {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim() !== '') lines.push(JSON.parse(text) as Record<string, unknown>);
  });
  return { lines, log: createLogger({ destination: stream, pretty: false, level: 'debug' }) };
}

test('a link that connects and drops at once keeps backing off: no storm, attempts keep counting up', async () => {
  broker = await startEmbeddedBroker('127.0.0.1:0', silentLogger());
  proxy = await TcpProxy.start(Number(new URL(broker.url).port), { dropAfterMs: 100 });
  const { lines, log } = capturedLog();
  uplink = makeUplink('bp-050', new MemoryOutbox(), { broker: proxy.url, reconnect: { min: '50ms', max: '400ms' } }, { log, random: () => 1 });
  await uplink.start();
  await waitFor('six flaps', () => lines.filter((line) => line['msg'] === 'uplink connected').length >= 6, 20_000);
  const delays = lines.filter((line) => line['msg'] === 'reconnecting to the broker').map((line) => line['retry_ms']);
  // With the jitter pinned at its ceiling: doubling from min to max, never back to min, because no connection proved stable.
  assert.equal(delays.slice(0, 5), [50, 100, 200, 400, 400]);
});

test('a broker that refuses connections: degraded with the reason, retried, ok once it is back', async () => {
  broker = await startEmbeddedBroker('127.0.0.1:0', silentLogger());
  proxy = await TcpProxy.start(Number(new URL(broker.url).port));
  const { lines, log } = capturedLog();
  uplink = makeUplink('bp-051', new MemoryOutbox(), { broker: proxy.url, reconnect: { min: '50ms', max: '400ms' } }, { log, random: () => 1 });
  proxy.cut();
  await uplink.start();
  await waitFor('three refused attempts', () => lines.filter((line) => line['msg'] === 'reconnecting to the broker').length >= 3);
  assert.is(uplink.health().status, 'degraded');
  assert.match(String(uplink.health().message), /records wait in the outbox/);
  proxy.restore();
  await waitFor('connected', () => uplink?.linkVitals().connected === true, 10_000);
  assert.is(uplink.health().status, 'ok');
});

test('a broker that refuses for a while: one warning for the cause, the repeats counted, one line when the post is back', async () => {
  broker = await startEmbeddedBroker('127.0.0.1:0', silentLogger());
  proxy = await TcpProxy.start(Number(new URL(broker.url).port));
  const { lines, log } = capturedLog();
  uplink = makeUplink('bp-053', new MemoryOutbox(), { broker: proxy.url, reconnect: { min: '20ms', max: '40ms' } }, { log });
  proxy.cut();
  await uplink.start();
  await waitFor('five refused attempts', () => lines.filter((line) => line['msg'] === 'reconnecting to the broker').length >= 5);
  proxy.restore();
  await waitFor('connected', () => lines.some((line) => line['msg'] === 'uplink connected'), 10_000);
  const warnings = lines.filter((line) => (line['level'] as number) >= 40);
  assert.is(warnings.length, 1, JSON.stringify(warnings));
  const cause = warnings[0]?.['code'];
  assert.match(String(cause), /^uplink\./);
  const repeats = lines.find((line) => line['code'] === cause && typeof line['repeats'] === 'number' && (line['level'] as number) === 30);
  assert.ok(repeats !== undefined && (repeats['repeats'] as number) >= 4, 'when the cause ends, one line says how often it repeated');
  assert.is(lines.filter((line) => line['msg'] === 'uplink connected').length, 1);
});

test('a connection that carried an ack proves the link: the next failure starts again from min', async () => {
  const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'centre.db') });
  try {
    proxy = await TcpProxy.start(Number(new URL(centre.brokerAddress).port), { dropAfterMs: 500 });
    const outbox = new MemoryOutbox();
    await outbox.enqueue(Array.from({ length: 2000 }, (_, index) => reading(index)));
    const { lines, log } = capturedLog();
    uplink = makeUplink('bp-052', outbox, { broker: proxy.url, reconnect: { min: '50ms', max: '400ms' }, in_flight: 1, batch: { max_records: 1 } }, { log, random: () => 1 });
    await uplink.start();
    await waitFor('four flaps', () => lines.filter((line) => line['msg'] === 'uplink connected').length >= 4, 20_000);
    const delays = lines.filter((line) => line['msg'] === 'reconnecting to the broker').map((line) => line['retry_ms']);
    assert.equal(delays.slice(0, 3), [50, 50, 50]);
    await uplink.stop();
    uplink = undefined;
  } finally {
    await centre.stop();
  }
});

test.run();
