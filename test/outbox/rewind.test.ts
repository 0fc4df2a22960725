import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { v1, type outpost } from '../../wire/index.js';
import { highWaterPath, readHighWater } from '../../agent/outbox/high-water.js';
import { waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { FakeClocks, detection, drainAll, open, storePath } from './helpers.js';

const test = suite('outbox: a store that went backwards (lost WAL, lying fsync)');

function resetEvent(records: readonly outpost.v1.Record[]): outpost.v1.IEvent | undefined {
  return records.find((record) => record.event?.kind === v1.EventKind.EVENT_KIND_STORE_RESET)?.event ?? undefined;
}

test('an older copy of the file (a card that lied about fsync) reopens under a new store id and reports the lost seqs', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  let outbox = open(path, clocks);
  await outbox.enqueue([detection('a1'), detection('a2'), detection('a3')]);
  const firstId = outbox.storeId;
  await outbox.close();
  const older = `${path}.older`;
  copyFileSync(path, older);
  outbox = open(path, clocks);
  assert.equal(await outbox.enqueue([detection('b4'), detection('b5'), detection('b6'), detection('b7')]), [4, 5, 6, 7]);
  assert.is(outbox.ack([{ first: 4, last: 5 }]), 2);
  await outbox.close();
  copyFileSync(older, path);
  outbox = open(path, clocks);
  try {
    assert.is.not(outbox.storeId, firstId, 'a new store id: seqs 4.. are never reused under the old one');
    assert.equal(outbox.rewind && { first: outbox.rewind.lostFirst, last: outbox.rewind.lostLast }, { first: 4, last: 7 });
    await new Promise((resolve) => setImmediate(resolve));
    const records = drainAll(outbox);
    const event = resetEvent(records);
    assert.ok(event !== undefined, 'a STORE_RESET event waits to go out');
    assert.is(event.severity, v1.Severity.SEVERITY_ALARM);
    assert.is(event.attributes?.['old_store_id'], firstId.toString());
    assert.is(event.attributes?.['lost_first_seq'], '4');
    assert.is(event.attributes?.['lost_last_seq'], '7');
    assert.equal(records.filter((record) => record.detection).map((record) => record.detection?.id), ['a1', 'a2', 'a3'], 'what the old file kept is sent under the new id');
  } finally {
    await outbox.close();
  }
  const again = open(path, clocks);
  try {
    assert.is(again.rewind, undefined, 'the next open is not a rewind: the mark follows the new store');
  } finally {
    await again.close();
  }
});

test('a clean reopen, and a reopen after kill -9 with the WAL intact, keep the store id', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = open(path, clocks);
  await outbox.enqueue([detection('x')]);
  const id = outbox.storeId;
  await outbox.close();
  const reopened = open(path, clocks);
  assert.is(reopened.storeId, id);
  assert.is(reopened.rewind, undefined);
  await reopened.close();
});

test('kill -9, then the -wal deleted: the reopened store takes a new id and reports STORE_RESET', async () => {
  const path = storePath();
  const child = startPeer(process.execPath, ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts'), path, '1']);
  try {
    // Deadlines, not sleeps: each wait ends as soon as its condition holds (the child compiles under tsx first).
    const ready = await child.waitForOutput(/ready (\d+)/, 120_000);
    const oldId = BigInt(ready[1] as string);
    await child.waitForOutput(/E 40 /, 60_000);
    // The mark is written after each commit, off the event loop, so it may lag the commits: kill only
    // once the child's mark says it has committed seqs, or a slow disk would leave nothing to compare.
    const mark = await waitFor('the high-water mark of the child\'s store', () => {
      const found = readHighWater(highWaterPath(path));
      return found !== undefined && found.storeId === oldId.toString() && found.highest >= 1 ? found : undefined;
    }, 60_000);
    await child.kill();
    const atKill = readHighWater(highWaterPath(path));
    assert.ok(atKill !== undefined && atKill.highest >= mark.highest, 'the mark only grows');
    assert.ok(existsSync(`${path}-wal`), 'the records live in the -wal');
    rmSync(`${path}-wal`);
    rmSync(`${path}-shm`, { force: true });
    const outbox = open(path, new FakeClocks());
    try {
      assert.is.not(outbox.storeId, oldId);
      // The mark may lag the last commits at a kill, never lead them: what is reported lost ends at the mark.
      assert.ok(outbox.rewind !== undefined, 'a rewind is detected');
      assert.is(outbox.rewind.lostLast, atKill.highest, 'lost up to the mark');
      assert.ok(outbox.rewind.lostFirst >= 1 && outbox.rewind.lostFirst <= outbox.rewind.lostLast, `lost from ${outbox.rewind.lostFirst}`);
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(resetEvent(drainAll(outbox)) !== undefined);
    } finally {
      await outbox.close();
    }
  } finally {
    await child.kill();
  }
});

test('the high-water mark, like the store and its -wal and -shm, is 0600 whatever the umask', async () => {
  const previous = process.umask(0o000);
  try {
    const path = storePath();
    const outbox = open(path, new FakeClocks());
    await outbox.enqueue([detection('m')]);
    for (const file of [path, `${path}-wal`, `${path}-shm`, highWaterPath(path)]) {
      assert.is((statSync(file).mode & 0o777).toString(8), '600', file);
    }
    await outbox.close();
  } finally {
    process.umask(previous);
  }
});

test.run();
