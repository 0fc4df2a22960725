import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CommandStore } from '../../centre/command-rows.js';
import type { CentreStore } from '../../centre/store.js';

const BASE = Date.now();

function issued(id: string, postId: string, at: number): Parameters<CommandStore['putCommand']>[0] {
  return { id, postId, name: 'set-log-level', arguments: { level: 'debug', for: '10m' }, issuer: 'duty', issuedUnixMs: at, expiresUnixMs: at + 600_000 };
}

/**
 * The CommandStore contract, as every centre store must keep it: registered once per
 * implementation (commands-sqlite.test.ts, commands-postgres.test.ts), `open` giving an empty store.
 */
export function commandsConformance(name: string, open: () => Promise<CentreStore>, teardown?: () => Promise<void>): void {
  const test = suite(`CommandStore conformance: ${name}`);
  let store: CentreStore | undefined;
  const commands = (): CommandStore => {
    const held = store?.commands;
    if (held === undefined) throw new Error(`the ${name} store keeps no commands`);
    return held;
  };
  test.before.each(async () => {
    store = await open();
  });
  test.after.each(async () => {
    await store?.close();
    store = undefined;
  });
  if (teardown !== undefined) test.after(teardown);

  test('a command is kept as issued, pending, and listed newest first, by post or all', async () => {
    await commands().putCommand(issued('c1', 'bp-001', BASE));
    await commands().putCommand(issued('c2', 'bp-002', BASE + 1000));
    await commands().putCommand(issued('c3', 'bp-001', BASE + 2000));
    const one = await commands().command('c1');
    assert.equal(one, { ...issued('c1', 'bp-001', BASE), state: 'pending', reason: '', configHash: '', outputType: '', output: new Uint8Array(0), updatedUnixMs: BASE });
    assert.equal((await commands().commands({ limit: 10 })).map((row) => row.id), ['c3', 'c2', 'c1']);
    assert.equal((await commands().commands({ postId: 'bp-001', limit: 10 })).map((row) => row.id), ['c3', 'c1']);
    assert.equal((await commands().commands({ limit: 2 })).map((row) => row.id), ['c3', 'c2']);
    assert.is(await commands().command('nope'), undefined);
  });

  test('results move a command on: accepted, then final; a final state is never undone, an unknown id changes nothing', async () => {
    await commands().putCommand(issued('c1', 'bp-001', BASE));
    const result = { id: 'c1', reason: '', configHash: 'a'.repeat(64), outputType: '', output: new Uint8Array(0), updatedUnixMs: BASE + 10 };
    assert.ok(await commands().settleCommand({ ...result, state: 'accepted' }));
    assert.is((await commands().command('c1'))?.state, 'accepted');
    const output = new Uint8Array([0x1f, 0x8b, 0, 255]);
    assert.ok(await commands().settleCommand({ ...result, state: 'done', outputType: 'application/gzip', output, updatedUnixMs: BASE + 20 }));
    assert.not.ok(await commands().settleCommand({ ...result, state: 'accepted' }), 'a late accepted does not reopen it');
    assert.not.ok(await commands().settleCommand({ ...result, state: 'failed', reason: 'late' }), 'a final state is kept');
    const row = await commands().command('c1');
    assert.is(row?.state, 'done');
    assert.equal(row?.output, output);
    assert.is(row?.outputType, 'application/gzip');
    assert.is(row?.updatedUnixMs, BASE + 20);
    assert.not.ok(await commands().settleCommand({ ...result, id: 'not-issued-here', state: 'refused' }));

    await commands().putCommand(issued('c2', 'bp-001', BASE));
    assert.ok(await commands().settleCommand({ ...result, id: 'c2', state: 'refused', reason: 'expired at …' }), 'refused straight from pending');
    assert.equal([(await commands().command('c2'))?.state, (await commands().command('c2'))?.reason], ['refused', 'expired at …']);
  });

  test.run();
}
