import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase } from '../../kernel/sqlite.js';
import { build } from 'esbuild';
import { toNumber, v1 } from '../../wire/index.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { FakeClocks, drainAll, open } from './helpers.js';

/**
 * kill -9 at random moments (the nearest thing to a power cut a test can do). The child is
 * bundled once with esbuild (tsx's own compiler) so each of the 200+ restarts costs ~0.2 s
 * instead of ~0.9 s under `--import tsx`; the code it runs is the same source.
 */
const KILLS = Number(process.env['OUTPOST_CRASH_KILLS'] ?? 200);
const test = suite('outbox crash safety');
const require = createRequire(import.meta.url);

async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'crash-child.mjs');
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // The native addon stays where npm put it (both builds: kernel/sqlite.ts picks one by Node's major).
    plugins: [{ name: 'native', setup: (b) => void b.onResolve({ filter: /^better-sqlite3(-napi)?$/ }, (args) => ({ path: require.resolve(args.path), external: true })) }],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

interface Seen {
  enqueued: Map<number, string>;
  /** Every seq inside an ack the child was about to make. */
  acked: Set<number>;
  acks: number;
}

function readOutput(output: string, seen: Seen): void {
  for (const line of output.split('\n')) {
    const parts = line.split(' ');
    if (parts[0] === 'E' && parts.length === 3) {
      const seq = Number(parts[1]);
      const known = seen.enqueued.get(seq);
      assert.ok(known === undefined, `seq ${seq} was returned twice (as ${known} and ${parts[2]})`);
      seen.enqueued.set(seq, parts[2] as string);
    } else if (parts[0] === 'A' && parts.length === 3) {
      for (let seq = Number(parts[1]); seq <= Number(parts[2]); seq++) seen.acked.add(seq);
      seen.acks++;
    }
  }
}

/** What a kill -9 left in the staging journal goes into the file when the store opens, as the agent's next start would do. */
async function recover(path: string): Promise<void> {
  const outbox = open(path, new FakeClocks());
  await outbox.close();
}

function checkStore(path: string, seen: Seen, round: number): number {
  const db = openDatabase(path);
  try {
    assert.is(db.pragma('integrity_check', { simple: true }), 'ok', `integrity_check after kill ${round}`);
    const stored = new Map<number, string>();
    for (const row of db.prepare('SELECT seq, body FROM records').all() as { seq: number; body: Buffer }[]) {
      const record = v1.Record.decode(row.body);
      assert.is(toNumber(record.seq), row.seq, 'the stored bytes carry their own seq');
      stored.set(row.seq, record.detection?.id ?? record.snapshot?.camera ?? record.reading?.sensor ?? '');
    }
    for (const [seq, token] of seen.enqueued) {
      const there = stored.get(seq);
      if (there !== undefined) {
        assert.is(there, token, `after kill ${round}, seq ${seq} holds another record than the one enqueued`);
        continue;
      }
      assert.ok(seen.acked.has(seq), `after kill ${round}, seq ${seq} (${token}) was enqueued, never acked, and is gone`);
    }
    return stored.size;
  } finally {
    db.close();
  }
}

/** Kills the child `kills` times (its mode, if any, as its third argument) and checks the store after each kill. */
async function killRepeatedly(kills: number, mode: string[]): Promise<void> {
  const dir = tempDir('outbox-crash-');
  const child = await bundleChild(dir);
  const path = join(dir, 'outbox.db');
  const seen: Seen = { enqueued: new Map(), acked: new Set(), acks: 0 };
  let storeId = '';
  let killedMidWork = 0;
  for (let round = 1; round <= kills; round++) {
    const peer = startPeer(process.execPath, [child, path, String(round), ...mode]);
    const ready = await peer.waitForOutput(/^ready (\d+)$/m, 20_000);
    if (storeId === '') storeId = ready[1] as string;
    assert.is(ready[1], storeId, `the store was replaced after kill ${round - 1}`);
    // Most kills land at a random moment once records are flowing; some during open and recovery.
    if (round % 10 !== 0) {
      await peer.waitForOutput(/^E /m, 20_000);
      // With `reopen`, long enough for a few reopens: segments settle, and new generations overwrite them.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (mode.includes('reopen') ? 300 : 25)));
      killedMidWork++;
    }
    await peer.kill();
    const output = peer.output();
    readOutput(output, seen);
    if (mode.includes('journal')) await recover(path);
    checkStore(path, seen, round);
    if (round % 10 === 0) {
      // The outbox itself must reopen it as it is (no reset) and offer exactly the records the file holds unacked.
      const waiting = checkStore(path, seen, round);
      const outbox = open(path, new FakeClocks());
      assert.is(outbox.storeId.toString(), storeId);
      assert.is(drainAll(outbox).length, waiting, `after kill ${round}, the store offers what its records view holds`);
      await outbox.close();
    }
  }
  assert.equal(
    readdirSync(dir).filter((name) => name.includes('.corrupt-')),
    [],
    'no store was ever moved aside',
  );
  assert.ok(existsSync(path));
  assert.ok(seen.enqueued.size > kills, `the children enqueued (${seen.enqueued.size} records seen)`);
  console.log(`# ${kills} kills${mode.length > 0 ? ` (${mode.join(' ')})` : ''} (${killedMidWork} while writing), ${seen.enqueued.size} records enqueued, ${seen.acks} acks`);
}

test(`every resolved enqueue survives ${KILLS} kill -9s at random moments; no seq is given twice; the file stays intact`, () => killRepeatedly(KILLS, []));

// readings_sync: normal leaves the WAL to the OS: a killed process loses nothing the OS holds (a power cut could).
test(`readings committed with readings_sync: normal survive ${Math.ceil(KILLS / 4)} kill -9s the same way`, () => killRepeatedly(Math.ceil(KILLS / 4), ['readings']));

// Acks written at every reopen settle segments, and the newest is overwritten in place by the next generation.
test(`a settled segment reused in place loses nothing and gives no seq twice over ${Math.ceil(KILLS / 4)} kill -9s`, () => killRepeatedly(Math.ceil(KILLS / 4), ['reopen']));

// Readings go to the staging journal: kills land between its appends, acks that settle it, and its writes into the file.
test(`readings staged in the journal survive ${Math.ceil(KILLS / 4)} kill -9s; no seq is given twice`, () => killRepeatedly(Math.ceil(KILLS / 4), ['journal']));
test(`staged readings written into the file at every close survive ${Math.ceil(KILLS / 4)} kill -9s`, () => killRepeatedly(Math.ceil(KILLS / 4), ['journal', 'reopen']));

test.run();
