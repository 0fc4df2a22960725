import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { type CommandRig, withRunningAgent } from './rig.js';

const { CommandStatus } = v1;
let rig: CommandRig;

withRunningAgent(test, (started) => (rig = started));

test('diag runs the self-test against the running agent and answers the checks', async () => {
  const command = rig.command('diag');
  await rig.publish(rig.signed(command));
  const done = await rig.result(command.id as string, CommandStatus.COMMAND_STATUS_DONE);
  const { checks } = JSON.parse(done.outputText as string) as { checks: { part: string; result: string }[] };
  const broker = checks.find((check) => check.part.startsWith('broker'));
  assert.is(broker?.result, 'pass', JSON.stringify(checks));
  assert.ok(checks.some((check) => check.part.startsWith('outbox')), JSON.stringify(checks.map((check) => check.part)));
  const failed = checks.filter((check) => check.result === 'fail').map((check) => check.part);
  assert.is(done.reason, failed.length === 0 ? '' : `${failed.length} check(s) failed: ${failed.join(', ')}`);
});

test('reload reads the config file again: a valid one applies (its hash reported), an invalid one is refused with its problems and the running one kept', async () => {
  const good = `${readFileSync(rig.configFile, 'utf8')}log: { level: warn }\n`;
  writeFileSync(rig.configFile, good);
  const reload = rig.command('reload');
  await rig.publish(rig.signed(reload));
  const done = await rig.result(reload.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(done.configHash, createHash('sha256').update(good).digest('hex'));

  writeFileSync(rig.configFile, good.replace('health: { interval: 1h }', 'health: { intervall: 1h }'));
  const bad = rig.command('reload');
  await rig.publish(rig.signed(bad));
  const failed = await rig.result(bad.id as string, CommandStatus.COMMAND_STATUS_FAILED);
  assert.match(failed.reason as string, /^the config file has 1 problem\(s\): .*health\.intervall: unknown key "intervall"; did you mean "interval"\?/);
  assert.is(failed.configHash, done.configHash, 'the running config is kept');
});

test.run();
