import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

test('--broker and --embedded-broker together is a usage error (exit 2)', async () => {
  const result = await runCli(['centre', '--broker', 'mqtt://127.0.0.1:1', '--embedded-broker']);
  assert.is(result.code, 2);
  assert.match(result.stderr, /exclude each other/);
});

test('TLS options without --broker are a usage error', async () => {
  const result = await runCli(['centre', '--ca', '/etc/ca.pem']);
  assert.is(result.code, 2);
  assert.match(result.stderr, /external broker/);
});

test('a database that cannot be opened is a problem (exit 1) naming the file', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'file'), 'not a folder');
  const result = await runCli(['centre', '--embedded-broker', '127.0.0.1:0', '--http', '127.0.0.1:0', '--db', join(dir, 'file', 'centre.db')]);
  assert.is(result.code, 1);
  assert.match(result.stderr, /cannot open the centre database .*file\/centre\.db/);
});

test('a bad --http address is a problem (exit 1) that says what to write', async () => {
  const result = await runCli(['centre', '--embedded-broker', '127.0.0.1:0', '--http', 'everywhere', '--db', join(tempDir(), 'c.db')]);
  assert.is(result.code, 1);
  assert.match(result.stderr, /HTTP address "everywhere" is not host:port/);
});

test('as a process: prints how to create the first admin, refuses the anonymous, serves a logged-in admin, and exits 0 on SIGTERM', async () => {
  const http = await freePort();
  const db = join(tempDir(), 'c.db');
  const centre = startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'centre', '--embedded-broker', '127.0.0.1:0', '--http', `127.0.0.1:${http}`, '--db', db], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, OUTPOST_LOG_LEVEL: 'warn' },
  });
  try {
    await centre.waitForOutput(/no users yet: create the first admin with `outpost centre user add NAME --role admin/);
    await centre.waitForOutput(/centre ready: broker mqtt:\/\/127\.0\.0\.1:\d+, API http:\/\/127\.0\.0\.1:\d+/);
    const api = `http://127.0.0.1:${http}`;
    assert.is((await fetch(`${api}/api/stats`)).status, 401);
    const added = await runCli(['centre', 'user', 'add', 'duty', '--role', 'admin', '--db', db]);
    assert.is(added.code, 0, added.stderr);
    const password = /password: (\S+)/.exec(added.stdout)?.[1] as string;
    const login = await fetch(`${api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'duty', password }) });
    assert.is(login.status, 200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const stats = (await (await fetch(`${api}/api/stats`, { headers: { cookie } })).json()) as { received: number };
    assert.is(stats.received, 0);
    centre.child.kill('SIGTERM');
    assert.is(await centre.exited, 0);
  } finally {
    await centre.stop();
  }
});

test('several workers need PostgreSQL and a broker with shared subscriptions: a usage error says what to give', async () => {
  const db = join(tempDir(), 'c.db');
  const api = await runCli(['centre', '--worker-role', 'api', '--db', db]);
  assert.is(api.code, 2);
  assert.match(api.stderr, /--worker-role api needs a store shared by several workers/);
  const shared = await runCli(['centre', '--share-group', 'centre', '--db', 'postgres://outpost@127.0.0.1:1/outpost']);
  assert.is(shared.code, 2);
  assert.match(shared.stderr, /the embedded broker \(aedes\) has no MQTT shared subscriptions/);
  const role = await runCli(['centre', '--worker-role', 'everything']);
  assert.is(role.code, 2);
  assert.match(role.stderr, /--worker-role must be one of ingest, api, all/);
});

test.run();
