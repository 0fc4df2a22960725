import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { v1, type outpost } from '../../wire/index.js';
import { tempDir } from '../support/tmp.js';

test('a result stored while its command was not settled (the centre stopped in between) settles it at the next start', async () => {
  const db = join(tempDir(), 'centre.db');
  const now = Date.now();
  const first = await startCentre({ embeddedBroker: '127.0.0.1:0', db, log: silentLogger() });
  const commands = first.store.commands;
  assert.ok(commands !== undefined);
  await commands.putCommand({ id: 'c1', postId: 'bp-001', name: 'status', arguments: {}, issuer: 'duty', issuedUnixMs: now, expiresUnixMs: now + 600_000 });
  await commands.putCommand({ id: 'c2', postId: 'bp-001', name: 'status', arguments: {}, issuer: 'duty', issuedUnixMs: now + 1, expiresUnixMs: now + 600_000 });
  const result = (seq: number, status: outpost.v1.CommandStatus, commandId: string) => ({
    seq,
    kind: 'commandResult' as const,
    sensor: commandId,
    timeUnixMs: now + seq,
    timeQuality: v1.TimeQuality.TIME_QUALITY_NTP,
    priority: v1.Priority.PRIORITY_STATUS,
    bytes: v1.Record.encode({ seq, timeUnixMs: now + seq, priority: v1.Priority.PRIORITY_STATUS, commandResult: { commandId, status, name: 'status', outputText: '{"post":"bp-001"}', outputType: 'application/json', configHash: 'ab'.repeat(32) } }).finish(),
  });
  // Stored behind the centre's back, as if it stopped before its listener settled them.
  await first.store.storeBatches([{ postId: 'bp-001', storeId: '7', receivedUnixMs: now, records: [result(1, v1.CommandStatus.COMMAND_STATUS_ACCEPTED, 'c1'), result(2, v1.CommandStatus.COMMAND_STATUS_DONE, 'c1')] }]);
  assert.is((await commands.command('c1'))?.state, 'pending');
  await first.stop();

  const second = await startCentre({ embeddedBroker: '127.0.0.1:0', db, log: silentLogger() });
  try {
    const row = await second.store.commands?.command('c1');
    assert.is(row?.state, 'done');
    assert.is(Buffer.from(row?.output ?? []).toString(), '{"post":"bp-001"}');
    assert.is(row?.configHash, 'ab'.repeat(32));
    assert.is((await second.store.commands?.command('c2'))?.state, 'pending', 'a command without results stays pending');
  } finally {
    await second.stop();
  }
});

test.run();
