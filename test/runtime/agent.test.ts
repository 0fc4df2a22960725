import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { parseConfig, type LoadedConfig } from '../../agent/config/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { Agent } from '../../agent/runtime/agent.js';
import { fakeParts as parts } from './fakes.js';
import { freePort } from '../support/net.js';

function loaded(yaml: string, hash: string): LoadedConfig {
  const { config, problems } = parseConfig(yaml, 'post.yaml', {});
  if (config === undefined) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return { config, file: 'post.yaml', hash };
}

const base = `post: { id: bp-001, name: Test post, position: { lat: 47.5, lon: 12.25 } }
buses:
  cam: { type: camera, url: 'http://127.0.0.1:9/snap.jpg' }
uplink: { broker: 'mqtt://127.0.0.1:1' }
health: { interval: 1h }
`;

test('the agent starts with a device it cannot reach, reports it as a fault, and says it started', async () => {
  const p = parts();
  const agent = new Agent(loaded(base, 'h1'), p, silentLogger());
  await agent.start();
  const components = agent.components();
  const camera = components.find((component) => component.name === 'bus:cam');
  assert.ok(camera, 'the unreachable bus is listed');
  assert.is(camera.health().status, 'fault');
  assert.match(camera.health().message ?? '', /cannot reach http:\/\/127\.0\.0\.1:9\/snap\.jpg: the connection was refused/);
  assert.is(p.uplinks[0]?.started, 1);
  assert.equal(p.names, ['Test post'], 'the uplink is told the post name');
  await agent.records?.drain();
  const events = p.outboxes[0]?.records.map((record) => `${record.event?.source} ${v1.EventKind[record.event?.kind ?? 0]}`);
  assert.equal(events, ['agent EVENT_KIND_AGENT_STARTED', 'bus:cam EVENT_KIND_FAULT'], 'the device it cannot reach is reported upstream at once');
  assert.equal(p.fusionSaw, ['event', 'event'], 'fusion sees every record');
  const health = agent.healthSnapshot();
  assert.ok(health?.components?.some((component) => component.name === 'uplink'));
  assert.is(health?.vitals?.position?.fixQuality, v1.FixQuality.FIX_QUALITY_CONFIGURED);
  await agent.stop();
  assert.ok(p.outboxes[0]?.closed);
  assert.is(p.uplinks[0]?.stopped, 1);
});

test('a reload that only touches devices keeps the outbox and the link; one that touches the uplink restarts them', async () => {
  const p = parts();
  const agent = new Agent(loaded(base, 'h1'), p, silentLogger());
  await agent.start();
  await agent.reload(loaded(base.replace("url: 'http://127.0.0.1:9/snap.jpg'", "url: 'http://127.0.0.1:10/snap.jpg'"), 'h2'));
  assert.is(p.outboxes.length, 1);
  assert.is(p.uplinks.length, 1);
  assert.is(p.uplinks[0]?.stopped, 0);
  await agent.records?.drain();
  assert.ok(p.outboxes[0]?.records.some((record) => record.event?.kind === v1.EventKind.EVENT_KIND_CONFIG_RELOADED));
  await agent.reload(loaded(base.replace('mqtt://127.0.0.1:1', 'mqtt://127.0.0.1:2'), 'h3'));
  assert.is(p.outboxes.length, 2);
  assert.is(p.uplinks.length, 2);
  assert.is(p.uplinks[0]?.stopped, 1);
  assert.ok(p.outboxes[0]?.closed);
  assert.is(p.uplinks[1]?.started, 1);
  await agent.reload(loaded(base.replace('mqtt://127.0.0.1:1', 'mqtt://127.0.0.1:2'), 'h3'));
  assert.is(p.uplinks.length, 2, 'an unchanged config is not reloaded');
  await agent.stop();
});

test('the diagnostics API serves health, outbox and the redacted config, behind its token', async () => {
  const port = await freePort();
  const yaml = `${base}diagnostics: { listen: '127.0.0.1:${port}', token: 'a-long-enough-token' }\nuplink_password_placeholder: x\n`.replace('uplink_password_placeholder: x\n', '').replace("broker: 'mqtt://127.0.0.1:1' }", "broker: 'mqtt://127.0.0.1:1', password: hunter2hunter2 }");
  const agent = new Agent(loaded(yaml, 'h1'), parts(), silentLogger());
  await agent.start();
  try {
    const url = `http://127.0.0.1:${port}`;
    const refused = await fetch(`${url}/api/health`);
    assert.is(refused.status, 401);
    const headers = { authorization: 'Bearer a-long-enough-token' };
    const health = (await (await fetch(`${url}/api/health`, { headers })).json()) as { components: { name: string; state: string }[] };
    assert.ok(health.components.some((component) => component.name === 'bus:cam' && component.state === 'COMPONENT_STATE_FAULT'));
    const config = (await (await fetch(`${url}/api/config`, { headers })).json()) as { uplink: { password: string; broker: string } };
    assert.is(config.uplink.password, '(redacted)');
    assert.is(config.uplink.broker, 'mqtt://127.0.0.1:1');
    const outbox = (await (await fetch(`${url}/api/outbox`, { headers })).json()) as { storeId: string };
    assert.is(outbox.storeId, '42');
    assert.is((await fetch(`${url}/api/nope`, { headers })).status, 404);
  } finally {
    await agent.stop();
  }
});

test('a diagnostics address reachable from the network without a token is a config error', () => {
  const { problems } = parseConfig(`${base}diagnostics: { listen: '0.0.0.0:8088' }\n`, 'p.yaml', {});
  assert.match(problems[0]?.message ?? '', /needs a token/);
});

test.run();
