import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import { createLogger, silentLogger } from '../../kernel/logger.js';
import { v1 } from '../../wire/index.js';
import { runCli } from '../support/cli.js';
import { waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const POST = 'offline-01';

async function issue(centre: RunningCentre, body: Record<string, unknown>): Promise<{ id: string; state: string }> {
  const response = await fetch(`${centre.httpAddress as string}/api/commands`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.is(response.status, 201, await response.clone().text());
  return (await response.json()) as { id: string; state: string };
}

test('a command issued while its post is offline is published again when the post comes online, and runs there once before it expires', async () => {
  const dir = tempDir('offline-post');
  const db = join(dir, 'centre.db');
  const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db, http: '127.0.0.1:0', log: process.env.DEBUG_T ? createLogger({ level: 'debug', destination: process.stderr }) : silentLogger() });
  try {
    await offlineThenOnline(dir, db, centre);
  } finally {
    await centre.stop();
  }
});

async function offlineThenOnline(dir: string, db: string, centre: RunningCentre): Promise<void> {
  const keys = await runCli(['centre', 'keys', '--db', db]);
  assert.is(keys.code, 0, keys.stderr);
  const centreKey = /centre_key: (\S+)/.exec(keys.stdout)?.[1] as string;
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: ${POST} }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: '${centre.brokerAddress}', reconnect: { min: 200ms, max: 1s } }
health: { interval: 1h }
commands: { centre_key: ${centreKey} }
`);

  // The post ran once (its command ledger exists: a post refuses commands issued before its ledger
  // was made, and a first start can take longer than the ledger's clock slack on a loaded machine)
  // and is now stopped: nothing is subscribed to its cmd topic, so this publish reaches no one.
  const first = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
  try {
    await waitFor('the post online at the centre', async () => (await centre.store.post(POST))?.status === v1.PostStatus.POST_STATUS_ONLINE || undefined, 60_000);
  } finally {
    await first.stop();
  }
  const issued = await issue(centre, { post: POST, name: 'set-log-level', arguments: { level: 'debug', for: '10m' }, expires: '2m' });
  assert.is(issued.state, 'pending');
  const expired = await issue(centre, { post: POST, name: 'status', expires: '1s' });
  const commands = centre.store.commands;
  assert.ok(commands !== undefined);
  const expiry = (await commands.command(expired.id))?.expiresUnixMs ?? 0;
  await waitFor('the short command past its expiry', () => Date.now() > expiry || undefined, 10_000);

  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
  try {
    await onceOnline(centre, agent, issued, expired);
  } finally {
    await agent.stop();
  }
}

async function onceOnline(centre: RunningCentre, agent: Peer, issued: { id: string }, expired: { id: string }): Promise<void> {
  const commands = centre.store.commands;
  assert.ok(commands !== undefined);
  const row = await waitFor('the command done', async () => {
    const seen = await commands.command(issued.id);
    return seen?.state === 'done' ? seen : undefined;
  }, 120_000).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${agent.output()}`);
  });
  assert.ok(row.updatedUnixMs < row.expiresUnixMs, 'it ran before it expired');
  assert.match(Buffer.from(row.output).toString(), /"level":"debug"/);

  // The post's own record of what it ran: the one command, once; the expired one never reached it.
  await waitFor('the post online at the centre', async () => (await centre.store.post(POST))?.status === v1.PostStatus.POST_STATUS_ONLINE || undefined);
  const results = await centre.store.records({ kinds: ['commandResult'], postId: POST, limit: 100 });
  const ofIssued = results.map((stored) => v1.Record.decode(stored.bytes).commandResult).filter((result) => result?.commandId === issued.id);
  assert.equal(ofIssued.map((result) => v1.CommandStatus[result?.status ?? 0]).sort(), ['COMMAND_STATUS_ACCEPTED', 'COMMAND_STATUS_DONE'].sort(), 'accepted and done once each, no repeat');
  assert.is((await commands.command(expired.id))?.state, 'pending', 'an expired command is not sent again (the centre shows it expired)');

  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
}

test.run();
