import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

const planted = {
  password: 'Planted-Pass-1111',
  user: 'planted-user-2222',
  token: 'Planted-Token-33333333',
  site: 'Planted-Site-5555',
  urlPassword: 'Url-Secret-4444',
};
const env = { MQTT_USER: planted.user, DIAG_TOKEN: planted.token, SITE_NAME: planted.site };

/** Everything in the bundle: the names and the content of every file, unpacked by the system's tar. */
function unpack(bundle: string): { names: string[]; all: string } {
  const names = execFileSync('tar', ['-tzf', bundle], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const all = execFileSync('tar', ['-xzOf', bundle], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { names, all };
}

function fileIn(bundle: string, names: string[], file: string): string {
  const member = names.find((name) => name.endsWith(`/${file}`));
  assert.ok(member !== undefined, `${file} is in the bundle`);
  return execFileSync('tar', ['-xzOf', bundle, member as string], { encoding: 'utf8' });
}

test('outpost bundle of a running post: every part present, no planted secret anywhere in it', async () => {
  const dir = tempDir('bundle');
  const config = join(dir, 'post.yaml');
  writeFileSync(
    config,
    `post: { id: bundle-01, name: '\${SITE_NAME}' }
buses:
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }
sensors:
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: 'mqtt://127.0.0.1:${await freePort()}', username: '\${MQTT_USER}', password: ${planted.password} }
diagnostics: { listen: '127.0.0.1:${await freePort()}', token: '\${DIAG_TOKEN}' }
`,
  );
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, ...env } });
  try {
    await waitFor('the status socket', () => existsSync(join(dir, 'agent.sock')), 30_000);
    const bundle = join(dir, 'out.tar.gz');
    const result = await runCli(['bundle', '--config', config, '-o', bundle, '--wait', '2s'], { env });
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /out\.tar\.gz: config\.yaml, status\.json, diag\.json, outbox\.json, journal\.txt, versions\.txt, devices\.txt, disk\.txt/);
    const { names, all } = unpack(bundle);
    for (const [what, value] of Object.entries(planted)) assert.not.ok(all.includes(value), `the ${what} leaked into the bundle`);

    const redacted = fileIn(bundle, names, 'config.yaml');
    assert.match(redacted, /password: \(redacted\)/);
    assert.match(redacted, /token: \(redacted\)/);
    assert.match(redacted, /name: \$\{SITE_NAME\}/, 'a variable stays a name');
    const status = JSON.parse(fileIn(bundle, names, 'status.json')) as { post: string; faults: { name: string }[] };
    assert.is(status.post, 'bundle-01');
    assert.ok(status.faults.some((fault) => fault.name === 'bus:gps'));
    const diag = JSON.parse(fileIn(bundle, names, 'diag.json')) as { agentRunning: boolean; checks: { part: string; result: string }[] };
    assert.is(diag.agentRunning, true);
    assert.is(diag.checks.find((check) => check.part === 'bus:gps')?.result, 'fail');
    assert.match(fileIn(bundle, names, 'versions.txt'), new RegExp(`node ${process.versions.node}`));
    const { file: outbox } = JSON.parse(fileIn(bundle, names, 'outbox.json')) as { file: { rows: Record<string, number>; bytes: Record<string, number | null>; staged: { entries: number } | null } };
    assert.ok(Object.keys(outbox.rows).includes('store'), 'rows per table of the outbox file');
    assert.is(outbox.bytes[`${join(dir, 'outbox.db')}-staged`], 1024 * 1024, 'the staging journal beside it, a 1 MiB ring');
    assert.ok(outbox.staged !== null, 'and what its newest generation holds');
    assert.match(fileIn(bundle, names, 'journal.txt'), /.+/, 'journal lines, or why there are none');
    assert.match(fileIn(bundle, names, 'disk.txt'), /Filesystem|df/);
    agent.child.kill('SIGTERM');
    assert.is(await agent.exited, 0, agent.output());
  } finally {
    await agent.stop();
  }
});

test('outpost bundle of a broken config (credentials in the broker URL): still packed, still nothing secret', async () => {
  const dir = tempDir('bundle');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: bundle-02 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://crew:${planted.urlPassword}@127.0.0.1:1883', password: ${planted.password} }\n`);
  const bundle = join(dir, 'broken.tar.gz');
  const result = await runCli(['bundle', '--config', config, '-o', bundle], { env });
  assert.is(result.code, 0, result.stderr);
  const { names, all } = unpack(bundle);
  for (const [what, value] of Object.entries(planted)) assert.not.ok(all.includes(value), `the ${what} leaked into the bundle`);
  assert.match(fileIn(bundle, names, 'config.yaml'), /mqtt:\/\/\(redacted\)@127\.0\.0\.1:1883/);
  assert.match(fileIn(bundle, names, 'diag.json'), /does not validate.*credentials do not belong in the broker URL/);
  assert.match(readFileSync(config, 'utf8'), new RegExp(planted.urlPassword), 'the config itself is untouched');
});

test.run();
