import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import type { Uplink } from '../../agent/uplink/index.js';
import { runCli } from '../support/cli.js';
import { freePort, waitFor } from '../support/net.js';
import { postgresMissing, POSTGRES_PASSWORD, TestPostgres } from '../support/postgres.js';
import { startPeer, type Peer } from '../support/process.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, reading } from '../uplink/helpers.js';
import { MemoryOutbox } from '../uplink/memory-outbox.js';
import { Mosquitto } from '../uplink/mosquitto.js';

const test = suite('secure workers on PostgreSQL and Mosquitto (the README deployment)');
const missing = postgresMissing();
const root = join(import.meta.dirname, '..', '..');
let server: TestPostgres | undefined;
let broker: Mosquitto | undefined;
const workers: Peer[] = [];
let uplink: Uplink | undefined;

test.after(async () => {
  await uplink?.stop();
  for (const worker of workers.splice(0)) await worker.stop();
  await broker?.stop();
  await server?.stop();
});

testUnless(test, missing, 'broker-config from --db postgres://…, an ingest+API worker and an API-only worker without --insecure: the post delivers through $share, a session opened on one worker is valid on the other', async () => {
  server = await TestPostgres.start();
  const db = `postgres://outpost@127.0.0.1:${server.port}/deploy`;
  await server.createDatabase('deploy');
  const env = { PGPASSWORD: POSTGRES_PASSWORD };
  const cli = async (args: string[]): Promise<string> => {
    const result = await runCli(['centre', ...args, '--db', db], { env });
    assert.is(result.code, 0, `outpost centre ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const userPassword = /password: (\S+)/.exec(await cli(['user', 'add', 'duty', '--role', 'viewer']))?.[1] as string;
  const postPassword = /password: (\S+)/.exec(await cli(['post', 'add', 'bp-050']))?.[1] as string;
  const dir = tempDir();
  const written = await cli(['broker-config', join(dir, 'mosquitto'), '--listener', '127.0.0.1:1883']);
  const centrePassword = /centre's password .*: (\S+)$/m.exec(written)?.[1] as string;
  assert.ok(centrePassword !== undefined, written);
  broker = await Mosquitto.start(dir, { extra: ['allow_anonymous false', `password_file ${join(dir, 'mosquitto', 'passwords')}`, `acl_file ${join(dir, 'mosquitto', 'acl')}`] });

  const start = async (args: string[]): Promise<string> => {
    const port = await freePort();
    const peer = startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'centre', ...args, '--db', db, '--http', `127.0.0.1:${port}`], {
      cwd: root,
      env: { ...process.env, OUTPOST_LOG_LEVEL: 'warn', PGPASSWORD: POSTGRES_PASSWORD, OUTPOST_CENTRE_PASSWORD: centrePassword },
    });
    workers.push(peer);
    await peer.waitForOutput(/centre ready: /, 60_000);
    return `http://127.0.0.1:${port}`;
  };
  const ingest = await start(['--worker-role', 'all', '--broker', broker.url, '--username', '_centre', '--share-group', 'centre']);
  const api = await start(['--worker-role', 'api']);

  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2), reading(3)]);
  uplink = makeUplink('bp-050', outbox, { broker: broker.url, username: 'bp-050', password: postPassword });
  await uplink.start();
  await waitFor('every record of bp-050 acked through the shared subscription', () => outbox.stats().records === 0, 30_000);
  const stored = await server.query<{ n: string }>("SELECT count(*) AS n FROM records WHERE post_id = 'bp-050'", [], 'deploy');
  assert.is(Number(stored[0]?.n), 3);

  // The session lives in PostgreSQL: opened on the API worker, it is valid on the other.
  const login = await fetch(`${api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'duty', password: userPassword }) });
  assert.is(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  for (const worker of [ingest, api]) {
    assert.is((await fetch(`${worker}/api/posts`)).status, 401, `${worker} answers the anonymous`);
    const posts = (await (await fetch(`${worker}/api/posts`, { headers: { cookie } })).json()) as unknown[];
    assert.ok(JSON.stringify(posts).includes('bp-050'), JSON.stringify(posts));
  }
});

test.run();
