import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDuration } from '../../kernel/duration.js';
import { formatHostPort, parseHostPort } from '../../kernel/host-port.js';
import { hostPort, listenAddress } from '../../kernel/units.js';

test('host:port: names, IPv4 and bracketed IPv6; one port rule (1-65535 to connect, 0 too to listen)', () => {
  assert.equal(parseHostPort('192.168.1.20:502'), { host: '192.168.1.20', port: 502 });
  assert.equal(parseHostPort('gateway.local:4001'), { host: 'gateway.local', port: 4001 });
  assert.equal(parseHostPort('[::1]:1883'), { host: '::1', port: 1883 });
  assert.equal(parseHostPort('[::ffff:10.0.0.7]:80'), { host: '::ffff:10.0.0.7', port: 80 });
  assert.is(parseHostPort('127.0.0.1:0'), undefined, 'port 0 is no device to connect to');
  assert.equal(parseHostPort('127.0.0.1:0', 'listen'), { host: '127.0.0.1', port: 0 });
  for (const bad of ['127.0.0.1:65536', '127.0.0.1:99999', 'everywhere', ':502', 'host:', '::1:1883', 'a b:1', 'tcp://host:1']) {
    assert.is(parseHostPort(bad, 'listen'), undefined, bad);
  }
  assert.is(formatHostPort({ host: '::1', port: 8080 }), '[::1]:8080');
  assert.is(formatHostPort({ host: '10.0.0.7', port: 4001 }), '10.0.0.7:4001');
});

test('the config schemas use the same rule', () => {
  assert.ok(hostPort.safeParse('10.0.0.7:502').success);
  assert.not.ok(hostPort.safeParse('10.0.0.7:70000').success);
  assert.not.ok(hostPort.safeParse('10.0.0.7:0').success);
  assert.ok(listenAddress.safeParse('127.0.0.1:0').success);
});

test('durations: units, bare numbers as seconds, and a message saying what was expected and found', () => {
  assert.is(parseDuration('250ms'), 250);
  assert.is(parseDuration('1.5s'), 1500);
  assert.is(parseDuration('5m'), 300_000);
  assert.is(parseDuration('2h'), 7_200_000);
  assert.is(parseDuration('7d'), 604_800_000);
  assert.is(parseDuration(' 30 s '), 30_000);
  assert.is(parseDuration('2'), 2000, 'a bare number is seconds, as a CLI option or in YAML');
  assert.is(parseDuration(0.5), 500);
  for (const bad of ['soon', '5 minutes', '-1s', '', '1e3s']) {
    assert.throws(() => parseDuration(bad), (error: Error) => /expected a duration such as 500ms, 30s/.test(error.message) && error.message.includes(`found "${bad}"`), bad);
  }
  assert.throws(() => parseDuration(-1), /expected a duration/);
});

test.run();
