import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BodyKind } from '../../wire/index.js';
import type { CentreStore, PostStateRow, RecordBatch, RecordInput } from '../../centre/store.js';

/** A store under test, fresh and empty, with the audit helper both stores have. */
export interface StoreUnderTest {
  store: CentreStore;
  seqs(postId: string): Promise<{ storeId: string; seq: number }[]>;
}

const BASE = Date.now();
const MAX_SEQ = Number.MAX_SAFE_INTEGER;

function record(seq: number, kind: BodyKind = 'reading', options: { sensor?: string; timeUnixMs?: number } = {}): RecordInput {
  return { seq, kind, sensor: options.sensor ?? 'power', timeUnixMs: options.timeUnixMs ?? BASE + seq, timeQuality: 1, priority: 3, bytes: Uint8Array.of(kind.length, seq % 256, 7) };
}

function batch(postId: string, records: RecordInput[], options: { storeId?: string; receivedUnixMs?: number; backlog?: number } = {}): RecordBatch {
  return { postId, storeId: options.storeId ?? '77', receivedUnixMs: options.receivedUnixMs ?? BASE, records, backlog: options.backlog };
}

function state(postId: string, bootId: string, status: number, receivedUnixMs = BASE): PostStateRow {
  return { postId, status, name: `Post ${postId}`, bootId, agentVersion: '0.1.0', configHash: 'abc', startedUnixMs: BASE - 1000, stateUnixMs: BASE, storeId: '77', position: { latitude: 1.5, longitude: 2.5 }, receivedUnixMs };
}

/**
 * The CentreStore contract, as every store must keep it: registered once per implementation
 * (test/centre/store-sqlite.test.ts, store-postgres.test.ts), `open` giving an empty store each test.
 */
export function storeConformance(name: string, open: () => Promise<StoreUnderTest>, teardown?: () => Promise<void>): void {
  const test = suite(`CentreStore conformance: ${name}`);
  let current: StoreUnderTest | undefined;
  const under = (): StoreUnderTest => current as StoreUnderTest;
  test.before.each(async () => {
    current = await open();
  });
  test.after.each(async () => {
    await current?.store.close();
    current = undefined;
  });
  if (teardown !== undefined) test.after(teardown);

  test('a record already held is a duplicate, never a second row; a new store id is a new record', async () => {
    const { store, seqs } = under();
    assert.equal(await store.storeBatches([batch('bp-1', [record(1), record(2), record(3)])]), [{ inserted: [1, 2, 3], duplicates: 0 }]);
    assert.equal(await store.storeBatches([batch('bp-1', [record(2), record(3), record(4)])]), [{ inserted: [4], duplicates: 2 }]);
    assert.equal(await store.storeBatches([batch('bp-1', [record(1)], { storeId: '78' })]), [{ inserted: [1], duplicates: 0 }]);
    assert.equal(await seqs('bp-1'), [{ storeId: '77', seq: 1 }, { storeId: '77', seq: 2 }, { storeId: '77', seq: 3 }, { storeId: '77', seq: 4 }, { storeId: '78', seq: 1 }]);
  });

  test('within one group commit, a copy in a later batch (or the same batch) is a duplicate of the first', async () => {
    const { store, seqs } = under();
    const outcomes = await store.storeBatches([batch('bp-1', [record(5), record(6), record(5)]), batch('bp-1', [record(6), record(7)]), batch('bp-2', [record(6)])]);
    assert.equal(outcomes, [{ inserted: [5, 6], duplicates: 1 }, { inserted: [7], duplicates: 1 }, { inserted: [6], duplicates: 0 }]);
    assert.equal((await seqs('bp-1')).map((row) => row.seq), [5, 6, 7]);
  });

  test('post ids, store ids and sensors with quotes, backslashes, commas and braces are kept as sent', async () => {
    const { store, seqs } = under();
    const postId = 'bp "north",\\{1} NULL';
    const sensor = 'geo\\"1",{x}';
    assert.equal(await store.storeBatches([batch(postId, [record(1, 'reading', { sensor })], { storeId: '18446744073709551615' })]), [{ inserted: [1], duplicates: 0 }]);
    assert.equal(await seqs(postId), [{ storeId: '18446744073709551615', seq: 1 }]);
    const rows = await store.records({ kinds: ['reading'], sensor, limit: 10 });
    assert.equal(rows.map((row) => [row.postId, row.sensor]), [[postId, sensor]]);
    assert.equal((await store.posts()).map((post) => post.postId), [postId]);
  });

  test('seqs keep their exact value from 1 to 2^53-1; an empty batch still touches its post', async () => {
    const { store, seqs } = under();
    assert.equal(await store.storeBatches([batch('bp-1', [record(1), record(MAX_SEQ)]), batch('bp-3', [], { receivedUnixMs: BASE + 5 })]), [{ inserted: [1, MAX_SEQ], duplicates: 0 }, { inserted: [], duplicates: 0 }]);
    assert.equal((await seqs('bp-1')).map((row) => row.seq), [1, MAX_SEQ]);
    const rows = await store.records({ kinds: ['reading'], postId: 'bp-1', limit: 10 });
    assert.ok(rows.some((row) => row.seq === MAX_SEQ));
    assert.is((await store.post('bp-3'))?.lastSeenUnixMs, BASE + 5);
  });

  test('records come newest first by record time, ties in arrival order reversed, with their bytes', async () => {
    const { store } = under();
    await store.storeBatches([batch('bp-1', [record(1, 'reading', { timeUnixMs: BASE + 50 }), record(2, 'reading', { timeUnixMs: BASE + 10 }), record(3, 'reading', { timeUnixMs: BASE + 50 })])]);
    await store.storeBatches([batch('bp-1', [record(4, 'reading', { timeUnixMs: BASE + 30 })], { receivedUnixMs: BASE + 100 })]);
    const rows = await store.records({ kinds: ['reading'], limit: 10 });
    assert.equal(rows.map((row) => row.seq), [3, 1, 4, 2]);
    const first = rows[0];
    assert.equal([first?.postId, first?.storeId, first?.kind, first?.sensor, first?.timeUnixMs, first?.receivedUnixMs], ['bp-1', '77', 'reading', 'power', BASE + 50, BASE]);
    assert.equal([...(first?.bytes ?? [])], [7, 3, 7]);
    assert.is(rows[2]?.receivedUnixMs, BASE + 100);
  });

  test('list queries filter by kind, post, sensor and time, and stop at the limit', async () => {
    const { store } = under();
    await store.storeBatches([
      batch('bp-1', [record(1, 'detection', { sensor: 'geo-1' }), record(2, 'reading', { sensor: 'power' }), record(3, 'reading', { sensor: 'wx' }), record(4, 'event', { sensor: '' })]),
      batch('bp-2', [record(1, 'detection', { sensor: 'geo-1' }), record(2, 'incident', { sensor: '' }), record(3, 'reading', { sensor: 'power' })]),
    ]);
    const seqsOf = (rows: { postId: string; seq: number }[]): string[] => rows.map((row) => `${row.postId}:${row.seq}`);
    assert.equal(seqsOf(await store.records({ kinds: ['detection'], limit: 10 })).sort(), ['bp-1:1', 'bp-2:1']);
    assert.equal(seqsOf(await store.records({ kinds: ['detection', 'incident'], postId: 'bp-2', limit: 10 })), ['bp-2:2', 'bp-2:1']);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], sensor: 'power', limit: 10 })), ['bp-2:3', 'bp-1:2']);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], postId: 'bp-1', sinceUnixMs: BASE + 3, limit: 10 })), ['bp-1:3']);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], limit: 2 })), ['bp-2:3', 'bp-1:3']);
    assert.equal(await store.records({ kinds: ['snapshot'], limit: 10 }), []);
    assert.equal(await store.records({ kinds: ['reading'], postId: 'nobody', limit: 10 }), []);
  });

  test('lists stop at an upper time and page on by (time, id) after a given row', async () => {
    const { store } = under();
    await store.storeBatches([batch('bp-1', [1, 2, 3, 4, 5].map((seq) => record(seq, 'reading', { timeUnixMs: BASE + (seq === 5 ? 4 : seq) })))]);
    const all = await store.records({ kinds: ['reading'], limit: 10 });
    assert.equal(all.map((row) => row.seq), [5, 4, 3, 2, 1]);
    assert.equal((await store.records({ kinds: ['reading'], untilUnixMs: BASE + 3, limit: 10 })).map((row) => row.seq), [3, 2, 1]);
    const first = all[0] as { timeUnixMs: number; id: number };
    assert.equal((await store.records({ kinds: ['reading'], before: { timeUnixMs: first.timeUnixMs, id: first.id }, limit: 2 })).map((row) => row.seq), [4, 3]);
  });

  test('post states are ordered by boot: the current or a new boot replaces, an earlier boot is ignored', async () => {
    const { store } = under();
    assert.is(await store.recordState(state('bp-1', 'boot-a', 1)), true);
    assert.is(await store.recordState(state('bp-1', 'boot-a', 1)), true, 'the same state twice (several workers) changes nothing');
    assert.is(await store.recordState(state('bp-1', 'boot-b', 1, BASE + 10)), true);
    assert.is(await store.recordState(state('bp-1', 'boot-a', 3, BASE + 20)), false, 'the late will of boot-a');
    assert.is(await store.recordState(state('bp-1', 'boot-b', 2, BASE + 30)), true);
    const post = await store.post('bp-1');
    assert.equal([post?.bootId, post?.status, post?.name, post?.lastSeenUnixMs, post?.storeId], ['boot-b', 2, 'Post bp-1', BASE + 30, '77']);
    assert.equal(post?.position, { latitude: 1.5, longitude: 2.5 });
    assert.is(await store.post('nobody'), undefined);
  });

  test('several posts states at once (recordStates, where a store has it) follow the same rule as one at a time', async () => {
    const { store } = under();
    if (store.recordStates === undefined) return;
    assert.is(await store.recordState(state('bp-1', 'boot-a', 1)), true);
    assert.is(await store.recordState(state('bp-1', 'boot-b', 1, BASE + 10)), true);
    assert.is(await store.recordState(state('bp-2', 'boot-c', 1)), true);
    // bp-1: the late will of boot-a (ignored); bp-2: the state it holds (taken, unchanged); bp-3: a new post.
    const taken = await store.recordStates([state('bp-1', 'boot-a', 3, BASE + 20), state('bp-2', 'boot-c', 1), state('bp-3', 'boot-d', 1, BASE + 5)]);
    assert.equal(taken, [false, true, true]);
    assert.equal(await store.recordStates([state('bp-3', 'boot-e', 2, BASE + 30), state('bp-1', 'boot-b', 2, BASE + 40)]), [true, true]);
    assert.is(await store.recordState(state('bp-3', 'boot-d', 3, BASE + 50)), false, 'boot-d was seen: its late will is ignored');
    const posts = await store.posts();
    assert.equal(posts.map((post) => [post.postId, post.bootId, post.status, post.lastSeenUnixMs]), [['bp-1', 'boot-b', 2, BASE + 40], ['bp-2', 'boot-c', 1, BASE], ['bp-3', 'boot-e', 2, BASE + 30]]);
    assert.equal(posts[2]?.position, { latitude: 1.5, longitude: 2.5 });
  });

  test('posts list every post that sent anything, by id, with the newest arrival and the last backlog', async () => {
    const { store } = under();
    await store.storeBatches([batch('bp-2', [record(1)], { receivedUnixMs: BASE + 20, backlog: 40 }), batch('bp-2', [record(2)], { receivedUnixMs: BASE + 10 })]);
    await store.storeBatches([batch('bp-2', [record(3)], { receivedUnixMs: BASE + 5, backlog: 12 })]);
    await store.recordState(state('bp-1', 'boot-a', 1));
    const posts = await store.posts();
    assert.equal(posts.map((post) => post.postId), ['bp-1', 'bp-2']);
    const bp2 = posts[1];
    assert.equal([bp2?.lastSeenUnixMs, bp2?.backlog, bp2?.status, bp2?.bootId, bp2?.position], [BASE + 20, 12, 0, '', undefined]);
    assert.is(posts[0]?.backlog, undefined);
  });

  test('an incident or a snapshot is found by its post, kind and own id (the indexed column), the newest when an id came twice', async () => {
    const { store } = under();
    const incident = (seq: number, bodyId: string): RecordInput => ({ ...record(seq, 'incident', { sensor: '' }), bodyId });
    await store.storeBatches([batch('bp-1', [incident(1, 'inc-1'), incident(2, 'inc-2'), record(3, 'reading')]), batch('bp-2', [incident(1, 'inc-1')])]);
    assert.equal([(await store.recordByBodyId('incident', 'bp-1', 'inc-2'))?.seq, (await store.recordByBodyId('incident', 'bp-1', 'inc-1'))?.postId, (await store.recordByBodyId('incident', 'bp-2', 'inc-1'))?.postId], [2, 'bp-1', 'bp-2']);
    assert.is(await store.recordByBodyId('incident', 'bp-2', 'inc-2'), undefined, 'ids are per post');
    assert.equal(await store.storeBatches([batch('bp-1', [incident(2, 'inc-2')])]), [{ inserted: [], duplicates: 1 }]);
    await store.storeBatches([batch('bp-1', [incident(9, 'inc-2')], { storeId: '78' })]);
    const found = await store.recordByBodyId('incident', 'bp-1', 'inc-2');
    assert.equal([found?.storeId, found?.seq, found?.kind], ['78', 9, 'incident']);
    assert.is(await store.recordByBodyId('incident', 'bp-1', ''), undefined);
    await store.storeBatches([batch('bp-1', [{ ...record(10, 'snapshot', { sensor: 'cam-1' }), bodyId: 'inc-1' }])]);
    assert.equal([(await store.recordByBodyId('snapshot', 'bp-1', 'inc-1'))?.seq, (await store.recordByBodyId('incident', 'bp-1', 'inc-1'))?.seq], [10, 1], 'kinds apart');
  });

  test('the latest health of each post is the one stored last', async () => {
    const { store } = under();
    await store.storeBatches([batch('bp-1', [record(1, 'health', { timeUnixMs: BASE + 90 }), record(2, 'health', { timeUnixMs: BASE + 10 })]), batch('bp-2', [record(1, 'health')]), batch('bp-3', [record(1, 'reading')])]);
    const latest = await store.latestHealth();
    assert.equal(latest.map((row) => `${row.postId}:${row.seq}`), ['bp-1:2', 'bp-2:1']);
    assert.equal((await store.latestHealth('bp-2')).map((row) => row.seq), [1]);
    assert.equal(await store.latestHealth('bp-3'), []);
  });

  test.run();
}
