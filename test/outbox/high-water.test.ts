// test lane: waits (the outbox's spaced sync fires from its own timer; alone: 1.9 s of CPU in 11 s)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const test = suite('outbox: when the high-water mark is synced');

function straceMissing(): string | undefined {
  try {
    execFileSync('strace', ['-o', '/dev/null', 'true'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'strace cannot run here (not installed, or ptrace not allowed); scripts/ensure-peers.mjs installs it';
  }
}

testUnless(test, straceMissing(), 'synced at once after a commit that did not sync its WAL, within 10 s after one that did', async () => {
  const dir = tempDir();
  const path = join(dir, 'outbox.db.high-water');
  const trace = join(dir, 'strace.txt');
  const child = startPeer('strace', ['-f', '-y', '-e', 'trace=fdatasync', '-o', trace, process.execPath, '--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), 'high-water-child.ts'), path]);
  // -y names each fd's file: only the mark's syncs are counted.
  const syncs = (): number => readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('fdatasync(') && line.includes('.high-water>') && line.includes('= 0')).length;
  try {
    await child.waitForOutput(/saved 21/, 60_000);
    await waitFor('the sync after the commit that did not sync its WAL', () => syncs() >= 2);
    assert.is(syncs(), 2, 'the first mark and the one after the unsynced commit; none for the nineteen full commits between');
    child.child.stdin?.write('go\n');
    await child.waitForOutput(/saved 22/);
    await waitFor('the spaced sync, from its timer', () => syncs() >= 3);
    assert.is(syncs(), 3);
  } finally {
    child.child.stdin?.end();
    await child.exited;
  }
});

test.run();
