import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { freePort, waitFor } from '../support/net.js';
import { type CommandRig, postConfig, withRunningAgent } from './rig.js';

const { CommandStatus } = v1;
let rig: CommandRig;

withRunningAgent(test, (started) => (rig = started));

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

test('push-config of an invalid file: refused by the post before anything changes', async () => {
  const before = readFileSync(rig.configFile);
  const command = rig.command('push-config', { payload: Buffer.from('post: { id: cmd-01 }\nuplink: { broker: nowhere }\n') });
  await rig.publish(rig.signed(command));
  const failed = await rig.result(command.id as string, CommandStatus.COMMAND_STATUS_FAILED);
  assert.match(failed.reason as string, /^the new config is not valid; nothing changed: .*uplink\.broker/);
  assert.is(failed.configHash, sha256(before));
  assert.ok(readFileSync(rig.configFile).equals(before));
});

test('push-config of a good file: applied, the agent connected again, the centre told the new hash', async () => {
  const text = postConfig(rig.dir, rig.broker.url, rig.centreKeys.publicKey, 'log: { level: warn }\n');
  const command = rig.command('push-config', { payload: Buffer.from(text), arguments: { rollback_after: '20s' } });
  await rig.publish(rig.signed(command));
  const done = await rig.result(command.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(done.configHash, sha256(text));
  assert.is(readFileSync(rig.configFile, 'utf8'), text);
});

test('push-config of a config that cuts the uplink off: the post puts the previous one back by itself within the set time', async () => {
  const before = readFileSync(rig.configFile);
  const dead = `mqtt://127.0.0.1:${await freePort()}`;
  const text = postConfig(rig.dir, dead, rig.centreKeys.publicKey);
  const command = rig.command('push-config', { payload: Buffer.from(text), arguments: { rollback_after: '3s' } });
  const id = command.id as string;
  await rig.publish(rig.signed(command));
  const accepted = await rig.result(id, CommandStatus.COMMAND_STATUS_ACCEPTED);
  const failed = await rig.result(id, CommandStatus.COMMAND_STATUS_FAILED);
  assert.match(failed.reason as string, /^rolled back: the agent was not connected to the centre within 3 s; the previous config runs again$/);
  assert.is(failed.configHash, sha256(before), 'the centre is told the previous config runs');
  assert.ok(readFileSync(rig.configFile).equals(before), 'the previous file is back');
  // Decided when the set time was up (counted from writing the new file), and reported soon after.
  const { decidedAfterMs, rejectedHash } = JSON.parse(failed.outputText as string) as { decidedAfterMs: number; rejectedHash: string };
  assert.is(rejectedHash, sha256(text));
  // The trial looks every 250 ms; the rest of the margin is a loaded machine's event-loop lag.
  assert.ok(decidedAfterMs >= 3000 && decidedAfterMs < 6000, `rolled back ${decidedAfterMs} ms after the new config was written`);
  const reported = (rig.madeAt.get(failed) as number) - (rig.madeAt.get(accepted) as number);
  assert.ok(reported < 3000 + 20_000, `the result was made ${reported} ms after the command was accepted`);
  // It runs the previous config for real: connected, and taking commands again.
  const probe = rig.command('status');
  await rig.publish(rig.signed(probe));
  const status = JSON.parse((await rig.result(probe.id as string, CommandStatus.COMMAND_STATUS_DONE)).outputText as string) as { configHash: string };
  assert.is(status.configHash, sha256(before));
});

test('an agent killed during the trial of a config that cuts it off: the previous config is put back at the next start, and the push reported failed', async () => {
  const before = readFileSync(rig.configFile);
  const text = postConfig(rig.dir, `mqtt://127.0.0.1:${await freePort()}`, rig.centreKeys.publicKey);
  const command = rig.command('push-config', { payload: Buffer.from(text), arguments: { rollback_after: '10m' } });
  const id = command.id as string;
  await rig.publish(rig.signed(command));
  await rig.result(id, CommandStatus.COMMAND_STATUS_ACCEPTED);
  await waitFor('the new config on trial', () => readFileSync(rig.configFile, 'utf8') === text);
  await rig.agent?.kill();
  await rig.startAgent();
  const failed = await rig.result(id, CommandStatus.COMMAND_STATUS_FAILED);
  assert.match(failed.reason as string, /^rolled back: the agent stopped during the trial, before the new config was confirmed; the previous config was put back at the next start$/);
  assert.is(failed.configHash, sha256(before));
  assert.ok(readFileSync(rig.configFile).equals(before));
});

test.run();
