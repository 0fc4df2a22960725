import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { uplinkSchema } from '../../agent/uplink/config.js';

function problems(raw: Record<string, unknown>): string[] {
  const result = uplinkSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('defaults: durations in ms, sizes in bytes', () => {
  const config = uplinkSchema.parse({ broker: 'mqtt://127.0.0.1:1883' });
  assert.is(config.keepalive, 60_000);
  assert.is(config.ack_timeout, 30_000);
  assert.equal(config.reconnect, { min: 1000, max: 300_000 });
  assert.equal(config.batch, { max_bytes: 65_536, max_records: 500 });
  assert.is(config.in_flight, 64, 'a ceiling: the measured window in bytes decides below it');
});

test('batch ceilings stop at what the centre takes in one envelope: 8 MiB and 20,000 records', () => {
  assert.equal(problems({ broker: 'mqtt://centre:1883', batch: { max_bytes: '8MiB', max_records: 20_000 } }), []);
  assert.match(problems({ broker: 'mqtt://centre:1883', batch: { max_bytes: '9MiB' } })[0] ?? '', /^batch\.max_bytes: batch\.max_bytes may be at most 8MiB .*refuses bigger envelopes/);
  assert.match(problems({ broker: 'mqtt://centre:1883', batch: { max_records: 20_001 } })[0] ?? '', /^batch\.max_records: at most 20000/);
});

test('TLS files on a plain mqtt:// URL are refused, naming the key', () => {
  assert.equal(problems({ broker: 'mqtt://centre:1883', ca: '/etc/ca.pem' }), ['ca: ca only applies to TLS; write the broker URL as mqtts://host:port']);
});

test('mutual TLS needs both cert and key', () => {
  assert.equal(problems({ broker: 'mqtts://centre:8883', cert: '/etc/post.pem' }), ['key: mutual TLS needs both cert and key']);
  assert.equal(problems({ broker: 'mqtts://centre:8883', cert: '/etc/post.pem', key: '/etc/post.key', ca: '/etc/ca.pem' }), []);
});

test('reconnect bounds must be ordered', () => {
  assert.match(problems({ broker: 'mqtt://centre:1883', reconnect: { min: '10s', max: '1s' } })[0] ?? '', /0 < min <= max/);
});

test.run();
