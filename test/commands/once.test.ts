import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { type CommandRig, withRunningAgent } from './rig.js';

const { CommandStatus } = v1;
let rig: CommandRig;

withRunningAgent(test, (started) => (rig = started));

const lines = (pattern: RegExp): number => (rig.agent?.output() ?? '').split('\n').filter((line) => pattern.test(line)).length;

test('set-log-level delivered twice runs once (its stored result sent again), takes effect, and expires back to the configured level', async () => {
  const command = rig.command('set-log-level', { arguments: { level: 'debug', for: '3s' } });
  const bytes = rig.signed(command);
  await rig.publish(bytes);
  await rig.publish(bytes);
  const id = command.id as string;
  await rig.result(id, CommandStatus.COMMAND_STATUS_DONE, 60_000, 2);
  const results = rig.resultsOf(id);
  assert.equal(results.map((result) => [result.status, result.repeated === true]), [
    [CommandStatus.COMMAND_STATUS_ACCEPTED, false],
    [CommandStatus.COMMAND_STATUS_DONE, false],
    [CommandStatus.COMMAND_STATUS_DONE, true],
  ]);
  assert.is(results[2]?.outputText, results[1]?.outputText, 'the stored result, not a second run');
  assert.is(lines(/log level set by the centre"/), 1, 'executed once');

  // At debug, every module logs its debug lines (the desk's "command received" among them).
  const probe = rig.command('status');
  await rig.publish(rig.signed(probe));
  await rig.result(probe.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(lines(new RegExp(`"level":20.*"command_id":"${String(probe.id)}".*command received`)), 1, 'debug lines logged while the level is set');

  await rig.agent?.waitForOutput(/back to the configured level/, 30_000);
  const after = rig.command('status');
  await rig.publish(rig.signed(after));
  await rig.result(after.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(lines(new RegExp(`"command_id":"${String(after.id)}".*command received`)), 0, 'no debug lines once it expired');
});

test('a command delivered again after the agent restarted is not run again: its stored result is sent again', async () => {
  const command = rig.command('set-log-level', { arguments: { level: 'info', for: '1m' } });
  const bytes = rig.signed(command);
  const id = command.id as string;
  await rig.publish(bytes);
  await rig.result(id, CommandStatus.COMMAND_STATUS_DONE);
  const agent = rig.agent;
  agent?.child.kill('SIGTERM');
  assert.is(await agent?.exited, 0);
  await rig.startAgent();
  await rig.publish(bytes);
  const again = await rig.result(id, CommandStatus.COMMAND_STATUS_DONE, 60_000, 2);
  assert.is(again.repeated, true);
  assert.equal(rig.resultsOf(id).filter((result) => result.status === CommandStatus.COMMAND_STATUS_ACCEPTED).length, 1, 'accepted once, across the restart');
  assert.is(lines(/log level set by the centre"/), 0, 'the new process did not run it');
});

test('restart: the result is stored first, then the agent stops cleanly and exits 75 for systemd to start it again', async () => {
  const command = rig.command('restart');
  await rig.publish(rig.signed(command));
  const agent = rig.agent;
  assert.is(await agent?.exited, 75, agent?.output());
  assert.match(agent?.output() ?? '', /"signal":"restart".*stopping/);
  await rig.startAgent();
  const done = await waitFor('the restart result at the centre', () => rig.resultsOf(command.id as string).find((result) => result.status === CommandStatus.COMMAND_STATUS_DONE), 60_000);
  assert.is(done.outputText, 'restarting');
});

test.run();
