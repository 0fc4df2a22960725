import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createLogger } from '../../kernel/logger.js';
import { runCli } from '../support/cli.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

function capture(): { stream: PassThrough; lines: () => { level: number; msg: string; module?: string; repeats?: number }[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: number; msg: string; module?: string; repeats?: number }) };
}

test('a warning repeated in a loop is logged once, then once more with how often it repeated; other modules and info lines are not held back', async () => {
  const { stream, lines } = capture();
  const log = createLogger({ destination: stream, pretty: false, repeatWindowMs: 200, level: 'info' });
  const device = log.child({ module: 'serial', device: '/dev/ttyUSB0' });
  for (let i = 0; i < 5; i++) device.warn({ attempt: i }, 'port vanished');
  log.child({ module: 'gpio' }).warn('port vanished');
  for (let i = 0; i < 3; i++) device.info('polled');
  const summary = await waitFor('the repeat count', () => lines().find((line) => line.repeats !== undefined));
  assert.is(summary.repeats, 4);
  assert.match(summary.msg, /port vanished \(repeated 4 more times in 200 ms\)/);
  assert.is(summary.module, 'serial');
  const vanished = lines().filter((line) => line.msg === 'port vanished');
  assert.equal(vanished.map((line) => line.module), ['serial', 'gpio']);
  assert.is(lines().filter((line) => line.msg === 'polled').length, 3);
  device.warn('port vanished');
  assert.is(lines().filter((line) => line.msg === 'port vanished').length, 3, 'after the window it is news again');
});

test('--log-level on any command sets what it logs, over OUTPOST_LOG_LEVEL; a wrong level is a usage error', async () => {
  const dir = tempDir('log-level');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: log-01 }\nbuses:\n  gps: { type: serial, path: ${join(dir, 'nope')} }\nsensors:\n  gnss: { type: gps, bus: gps }\nuplink: { broker: 'mqtt://127.0.0.1:1' }\n`);
  const quiet = await runCli(['run', '--once', '--config', config, '--wait', '1s', '--log-level', 'error'], { env: { OUTPOST_LOG_LEVEL: 'debug' } });
  assert.is(quiet.code, 1);
  assert.not.match(quiet.stderr, /"level":40/);
  const loud = await runCli(['--log-level', 'warn', 'run', '--once', '--config', config, '--wait', '1s']);
  assert.match(loud.stderr, /"level":40.*nope: no such device/);
  const wrong = await runCli(['--log-level', 'loud', 'config', 'validate', config]);
  assert.is(wrong.code, 2);
  assert.match(wrong.stderr, /--log-level: expected one of fatal, error, warn, info, debug, trace, silent, found "loud"/);
});

test.run();
