import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { occupyPort } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const test = suite('outpost centre on a busy port');

async function centre(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const db = join(tempDir('busy-port'), 'centre.db');
  const peer = startPeer(process.execPath, ['--import', 'tsx', main, 'centre', '--db', db, ...args]);
  const code = await peer.exited;
  return { code, output: peer.output() };
}

test('--http on a busy port: names the port and the flag, no stack trace, exit 1', async () => {
  const port = await occupyPort();
  const { code, output } = await centre(['--http', `127.0.0.1:${port}`, '--embedded-broker', '127.0.0.1:0']);
  assert.is(code, 1, output);
  assert.match(output, new RegExp(`outpost: outpost centre: port ${port} on 127\\.0\\.0\\.1 is already in use \\(another outpost centre or demo still running\\?\\); stop the other process, or give --http HOST:PORT`));
  assert.not.match(output, /\n\s+at |EADDRINUSE/);
});

test('the embedded broker on a busy port: names the port and --embedded-broker or --broker', async () => {
  const port = await occupyPort();
  const { code, output } = await centre(['--http', '127.0.0.1:0', '--embedded-broker', `127.0.0.1:${port}`]);
  assert.is(code, 1, output);
  assert.match(output, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use .*give --embedded-broker HOST:PORT with a free port, or --broker URL`));
  assert.not.match(output, /\n\s+at |EADDRINUSE/);
});

test.run();
