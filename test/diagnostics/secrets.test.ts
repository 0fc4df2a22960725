import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

// A secret planted in every secret field of the post config must show up nowhere a person or
// the centre can read: the agent's log, its diagnostics API, the records the centre stores.
const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

// Stopped after each test, passed or failed, so a failure ends the file instead of hanging it.
const stops: (() => Promise<unknown>)[] = [];
test.after.each(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const secrets = {
  OUTPOST_MQTT_USER: 'user-Zq81xQ-username',
  OUTPOST_MQTT_PASSWORD: 'pass-Zq81xQ-password',
  OUTPOST_DIAG_TOKEN: 'token-Zq81xQ-diagnostics',
  OUTPOST_SHORT_TOKEN: 'short-Zq81x',
};

function assertNoSecret(where: string, text: string): void {
  for (const [name, value] of Object.entries(secrets)) assert.not.ok(text.includes(value), `${name} appears in ${where}`);
  assert.not.ok(text.includes('Zq81x'), `part of a secret appears in ${where}`);
}

const post = (dir: string, broker: string, diagnostics: number, token: string) => `post: { id: secret-01 }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink:
  broker: '${broker}'
  username: \${OUTPOST_MQTT_USER}
  password: \${OUTPOST_MQTT_PASSWORD}
diagnostics: { listen: '127.0.0.1:${diagnostics}', token: '\${${token}}' }
health: { interval: 1s }
`;

test('secrets in uplink.username, uplink.password and diagnostics.token reach no log, no diagnostics answer and nothing the centre stores', async () => {
  const dir = tempDir('secrets-');
  const http = await freePort();
  const centre = await startCentre({ embeddedBroker: `127.0.0.1:${await freePort()}`, http: `127.0.0.1:${http}`, db: join(dir, 'centre.db'), log: silentLogger() });
  stops.push(() => centre.stop());
  const kinds: string[] = [];
  centre.onRecord((stored) => {
    if (stored.record.event) kinds.push(v1.EventKind[stored.record.event.kind ?? 0] ?? '');
    if (stored.record.health) kinds.push('health');
  });
  const port = await freePort();
  const config = join(dir, 'post.yaml');
  writeFileSync(config, post(dir, centre.brokerAddress, port, 'OUTPOST_DIAG_TOKEN'));
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, ...secrets, OUTPOST_LOG_LEVEL: 'debug' } });
  stops.push(() => agent.kill());
  await waitFor('the post online at the centre', async () => (await centre.store.post('secret-01'))?.status === v1.PostStatus.POST_STATUS_ONLINE, 30_000);
  await waitFor('health at the centre', () => kinds.includes('health') && kinds.includes('EVENT_KIND_AGENT_STARTED'), 30_000);

  const headers = { authorization: `Bearer ${secrets.OUTPOST_DIAG_TOKEN}` };
  const answers: string[] = [];
  for (const path of ['/api/config', '/api/health', '/api/identity', '/api/outbox']) {
    const answer = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    assert.is(answer.status, 200, path);
    answers.push(await answer.text());
  }
  const shown = JSON.parse(answers[0] ?? '{}') as { uplink: { username: string; password: string }; diagnostics: { token: string } };
  assert.equal([shown.uplink.username, shown.uplink.password, shown.diagnostics.token], ['(redacted)', '(redacted)', '(redacted)']);
  answers.forEach((text, index) => assertNoSecret(`diagnostics answer ${index}`, text));

  // A reload whose token is too short is refused; the message must not echo the value.
  writeFileSync(config, post(dir, centre.brokerAddress, port, 'OUTPOST_SHORT_TOKEN'));
  agent.child.kill('SIGHUP');
  await agent.waitForOutput(/diagnostics\.token: expected at least 16 characters, found a secret of 11 characters \(not shown\)/, 30_000);

  for (const path of ['/api/posts', '/api/events', '/api/health', '/api/readings']) {
    const answer = await fetch(`http://127.0.0.1:${http}${path}`);
    assert.is(answer.status, 200, path);
    assertNoSecret(`the centre's ${path}`, await answer.text());
  }
  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  await centre.stop();
  assertNoSecret('the agent log', agent.output());
  for (const file of readdirSync(dir).filter((name) => name.includes('.db'))) assertNoSecret(file, readFileSync(join(dir, file)).toString('latin1'));
});

test('outpost run refuses credentials in the broker URL, without printing them', async () => {
  const dir = tempDir('secrets-');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: secret-02 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://crew:${secrets.OUTPOST_MQTT_PASSWORD}@127.0.0.1:${await freePort()}' }\n`);
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'debug' } });
  stops.push(() => agent.kill());
  assert.is(await agent.exited, 1, agent.output());
  assert.match(agent.output(), /uplink\.broker: credentials do not belong in the broker URL.*uplink\.username and uplink\.password: \$\{OUTPOST_MQTT_PASSWORD\}/);
  assertNoSecret('the output of a refused start', agent.output());
});

test.run();
