import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AccessAdmin } from '../../centre/access/admin.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { v1 } from '../../wire/index.js';
import { runCli } from '../support/cli.js';
import { waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const dir = tempDir('centre-cmd');
const db = join(dir, 'centre.db');
let centre: RunningCentre;
let agent: Peer;
const tokens: Record<'viewer' | 'operator', string> = { viewer: '', operator: '' };

test.before(async () => {
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db, http: '127.0.0.1:0', secure: true, log: silentLogger() });
  const admin = new AccessAdmin((centre.store as SqliteCentreStore).access);
  for (const role of ['viewer', 'operator'] as const) {
    await admin.addUser('cli', role, role, `${role}-password-1`);
    tokens[role] = (await admin.addToken('cli', role, `${role} token`, role)).secret;
  }
  const postPassword = await admin.setPostPassword('cli', 'cmd-01', undefined, false);
  const keys = await runCli(['centre', 'keys', '--db', db]);
  assert.is(keys.code, 0, keys.stderr);
  const centreKey = /centre_key: (\S+)/.exec(keys.stdout)?.[1] as string;
  assert.is(statSync(join(dir, 'centre-command.key')).mode & 0o777, 0o600, 'the private key is for the centre alone');
  writeFileSync(join(dir, 'post.yaml'), `post: { id: cmd-01 }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: '${centre.brokerAddress}', username: cmd-01, password: '${postPassword}' }
commands: { centre_key: ${centreKey} }
`);
  agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', join(dir, 'post.yaml')], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
  await waitFor('the post online', async () => (await centre.store.post('cmd-01'))?.status === v1.PostStatus.POST_STATUS_ONLINE, 60_000);
});

test.after(async () => {
  await agent.stop();
  await centre.stop();
});

const cli = (args: string[], role: 'viewer' | 'operator') => runCli(['centre', 'cmd', ...args, '--api', centre.httpAddress as string], { env: { OUTPOST_CENTRE_TOKEN: tokens[role] } });

test('outpost centre cmd: an operator issues, waits and sees the result; the store keeps it; a viewer may list but not issue', async () => {
  const done = await cli(['cmd-01', 'set-log-level', 'level=debug', 'for=1m', '--wait'], 'operator');
  assert.is(done.code, 0, done.stderr + done.stdout);
  assert.match(done.stdout, /^command [0-9a-f]{32} \(set-log-level on cmd-01\): done\nconfig running on the post: [0-9a-f]{64}\n\{"level":"debug","until":"/);

  const refused = await cli(['cmd-01', 'status'], 'viewer');
  assert.is(refused.code, 1);
  assert.match(refused.stderr, /403: POST \/api\/commands needs the operator role; viewer is viewer/);

  const list = await cli(['--list', 'cmd-01'], 'viewer');
  assert.is(list.code, 0, list.stderr);
  assert.match(list.stdout, /cmd-01 +set-log-level +done/);
  const rows = (await (await fetch(`${centre.httpAddress as string}/api/commands?post=cmd-01`, { headers: { authorization: `Bearer ${tokens.viewer}` } })).json()) as { state: string; issuer: string; arguments: Record<string, string> }[];
  assert.equal(rows.map((row) => [row.state, row.arguments]), [['done', { level: 'debug', for: '1m' }]]);
  assert.match(rows[0]?.issuer ?? '', /^token:/, 'the issuer is who asked');
});

test('status as JSON, and fetch-bundle written with --out: a tar.gz with the redacted config', async () => {
  const status = await cli(['cmd-01', 'status', '--wait', '--json'], 'operator');
  assert.is(status.code, 0, status.stderr);
  const row = JSON.parse(status.stdout) as { state: string; outputText: string };
  assert.is(row.state, 'done');
  assert.is((JSON.parse(row.outputText) as { post: string }).post, 'cmd-01');

  const out = join(dir, 'bundle.tar.gz');
  const bundle = await cli(['cmd-01', 'fetch-bundle', '--wait', '--timeout', '90s', '--out', out], 'operator');
  assert.is(bundle.code, 0, bundle.stderr + bundle.stdout);
  assert.ok(existsSync(out));
  const files = execFileSync('tar', ['-tzf', out], { encoding: 'utf8' });
  assert.match(files, /config\.yaml/);
  const config = execFileSync('tar', ['-xzOf', out, '--wildcards', '*/config.yaml'], { encoding: 'utf8' });
  assert.match(config, /password: \(redacted\)/);
});

test('a command a post refuses is shown refused, with the reason, and exits 1', async () => {
  const result = await cli(['cmd-01', 'set-log-level', 'level=loud', '--wait'], 'operator');
  assert.is(result.code, 1);
  assert.match(result.stdout, /: failed: argument level: expected one of fatal, error, warn, info, debug, trace, found "loud"/);
  const unknown = await cli(['cmd-01', 'self-destruct'], 'operator');
  assert.is(unknown.code, 1);
  assert.match(unknown.stderr, /400: unknown command "self-destruct"; expected one of status, diag/);
});

test('a command for a post that never takes it stays pending, then shows expired', async () => {
  const result = await cli(['cmd-99', 'status', '--expires', '1s', '--wait'], 'operator');
  assert.is(result.code, 1);
  assert.match(result.stdout, /^command [0-9a-f]{32} \(status on cmd-99\): expired\n/);
});

test.run();
