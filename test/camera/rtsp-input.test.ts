import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RtspInput } from '../../drivers/camera/rtsp/ffmpeg-input.js';
import { tempDir } from '../support/tmp.js';

const SECRET = 'pa55-w0rd';
const withPassword = `rtsp://admin:${SECRET}@127.0.0.1:8554/stream1`;

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid as number;
}

test('a URL without credentials goes on the command line; no file is made', () => {
  const folder = tempDir('rtsp-input-');
  const input = new RtspInput({ source: 'rtsp://127.0.0.1:8554/stream1', socketTimeoutMs: 5000, folder });
  assert.ok(input.args().includes('rtsp://127.0.0.1:8554/stream1'));
  assert.is(input.scriptPath, undefined);
  assert.equal(readdirSync(folder), []);
});

test('a password stays off the command line: it is in a 0600 file, in a 0700 folder named after the agent, deleted at close', () => {
  const folder = tempDir('rtsp-input-');
  const input = new RtspInput({ source: withPassword, socketTimeoutMs: 5000, folder });
  const args = input.args();
  assert.not.ok(args.join(' ').includes(SECRET), 'the password is not in the arguments');
  const script = input.scriptPath as string;
  assert.ok(args.includes(script));
  assert.match(script, new RegExp(`/outpost-rtsp-${process.pid}-[^/]+/input\\.ffconcat$`));
  assert.ok(readFileSync(script, 'utf8').includes(withPassword));
  assert.is(statSync(script).mode & 0o777, 0o600);
  assert.is(statSync(join(script, '..')).mode & 0o777, 0o700);
  input.close();
  assert.equal(readdirSync(folder), []);
});

test("the first script made in a folder removes those a killed agent left there, and only those", async () => {
  const folder = tempDir('rtsp-input-');
  const dead = await deadPid();
  const left = join(folder, `outpost-rtsp-${dead}-AbC123`);
  mkdirSync(left, { mode: 0o700 });
  writeFileSync(join(left, 'input.ffconcat'), `file '${withPassword}'\n`, { mode: 0o600 });
  const live = `outpost-rtsp-${process.ppid}-XyZ789`;
  const older = 'outpost-rtsp-QwE456';
  const other = 'something-else';
  for (const name of [live, older, other]) mkdirSync(join(folder, name));

  const input = new RtspInput({ source: withPassword, socketTimeoutMs: 5000, folder });
  input.args();
  const mine = (input.scriptPath as string).split('/').at(-2) as string;
  assert.equal(readdirSync(folder).sort(), [live, older, other, mine].sort(), "the dead agent's folder went; a live process's, one without a pid and anything else stayed");
  input.close();
});

test.run();
