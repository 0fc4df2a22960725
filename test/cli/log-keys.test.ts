import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { duplicateKeys } from '../support/json-keys.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

test('outpost run: an outbox that cannot open logs with `module` once, though its module also names itself in the call', async () => {
  const dir = tempDir('log-keys');
  const blocker = join(dir, 'a-file');
  writeFileSync(blocker, '');
  const config = join(dir, 'post.yaml');
  // The outbox path runs through a regular file, so the store cannot open and the agent says so, retrying.
  writeFileSync(
    config,
    `post: { id: keys-01, name: Log keys }
buses:
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }
sensors:
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(blocker, 'outbox.db')} }
uplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }
`,
  );
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'debug' } });
  const lines = (): string[] => agent.output().split('\n').filter((line) => line.startsWith('{'));
  const fromModule = (module: string): boolean => lines().some((line) => (JSON.parse(line) as Record<string, unknown>)['module'] === module);
  try {
    await waitFor('log lines from the outbox and the serial bus', () => fromModule('outbox') && fromModule('serial'), 30_000);
  } finally {
    await agent.stop();
  }
  for (const line of lines()) assert.equal(duplicateKeys(line), [], line);
});

test.run();
