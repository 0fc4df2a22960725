import { generateKeyPairSync } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { type CommandRig, POST, withRunningAgent } from './rig.js';

const { CommandStatus } = v1;
let rig: CommandRig;

withRunningAgent(test, (started) => (rig = started));

test('a signed status command for this post: accepted, then done with the status as JSON', async () => {
  const command = rig.command('status');
  await rig.publish(rig.signed(command));
  await rig.result(command.id as string, CommandStatus.COMMAND_STATUS_ACCEPTED);
  const done = await rig.result(command.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(done.name, 'status');
  assert.is(done.outputType, 'application/json');
  const status = JSON.parse(done.outputText as string) as { post: string; configHash: string };
  assert.is(status.post, POST);
  assert.is(done.configHash, status.configHash);
});

test('unsigned, wrongly signed, expired, for another post, replayed and unknown commands are refused, each reported with why', async () => {
  const unsigned = rig.command('status');
  await rig.publish(v1.SignedCommand.encode({ command: v1.Command.encode(unsigned).finish() }).finish());
  const forged = rig.command('restart');
  await rig.publish(rig.signed(forged, generateKeyPairSync('ed25519').privateKey));
  // Signed over other bytes than it carries: a command altered on the way.
  const altered = rig.command('status');
  const signed = v1.SignedCommand.decode(rig.signed(altered));
  await rig.publish(v1.SignedCommand.encode({ command: v1.Command.encode({ ...altered, name: 'restart' }).finish(), signature: signed.signature }).finish());
  const expired = rig.command('status', { issuedUnixMs: Date.now() - 120_000, expiresUnixMs: Date.now() - 60_000 });
  await rig.publish(rig.signed(expired));
  const elsewhere = rig.command('status', { postId: 'cmd-99' });
  await rig.publish(rig.signed(elsewhere));
  const stale = rig.command('status', { issuedUnixMs: Date.now() - 24 * 3600_000 });
  await rig.publish(rig.signed(stale));
  const unknown = rig.command('self-destruct');
  await rig.publish(rig.signed(unknown));

  const refused = async (id: unknown): Promise<string> => (await rig.result(id as string, CommandStatus.COMMAND_STATUS_REFUSED)).reason as string;
  // Nobody vouches for the id of an unsigned or forged command: reported without it (the reason names it).
  const untrusted = async (id: unknown): Promise<string> => {
    const found = await waitFor(`the refusal of ${String(id)}`, () => rig.results.find((result) => result.commandId === '' && (result.reason ?? '').includes(`claims to be command ${String(id)}`)), 60_000);
    assert.is(found.status, CommandStatus.COMMAND_STATUS_REFUSED);
    return found.reason as string;
  };
  assert.match(await untrusted(unsigned.id), /^unsigned/);
  assert.match(await untrusted(forged.id), /^wrongly signed/);
  assert.match(await untrusted(altered.id), /^wrongly signed/);
  assert.match(await refused(expired.id), /^expired at/);
  assert.match(await refused(elsewhere.id), /not for this post: the command is for post "cmd-99", this is "cmd-01"/);
  assert.match(await refused(stale.id), /^replayed or stale: issued at .* before this post's command ledger was made/);
  assert.match(await refused(unknown.id), /unknown command "self-destruct"; this post knows status, diag/);
  for (const id of [unsigned.id, forged.id, altered.id]) assert.equal(rig.resultsOf(id as string), [], 'nothing under the claimed id');
  for (const id of [expired.id, elsewhere.id, stale.id, unknown.id]) {
    assert.equal(rig.resultsOf(id as string).map((result) => result.status), [CommandStatus.COMMAND_STATUS_REFUSED], 'refused, never accepted');
  }
  assert.not.ok(rig.agent?.output().includes('"name":"restart","issuer"'), 'the forged restart was not accepted');

  // The same id with other content later: a replay, refused; the first one's result stands.
  const first = rig.command('status');
  await rig.publish(rig.signed(first));
  await rig.result(first.id as string, CommandStatus.COMMAND_STATUS_DONE);
  await rig.publish(rig.signed({ ...first, name: 'restart' }));
  assert.match((await rig.result(first.id as string, CommandStatus.COMMAND_STATUS_REFUSED)).reason as string, /^replayed: id .* was already used by another command/);
});

test.run();
