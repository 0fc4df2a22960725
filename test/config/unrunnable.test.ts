import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { busKind, type Bus } from '../../kernel/bus.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { formatProblem, parseConfig } from '../../agent/config/index.js';
import { createRegistry, registry, withSchema } from '../../agent/config/registry.js';

// A bus kind whose schema is known but which has no factory in this build, added to a copy of
// the agent's own lists (every kind the agent ships can run).
const radarBus = withSchema(busKind<'radar', { type: 'radar'; url: string }, Bus<'Radar'>>({ type: 'radar', contract: 'Radar' }), z.strictObject({ type: z.literal('radar'), url: z.string() }));
const withRadar = createRegistry([...registry.busKinds, radarBus], registry.sensorKinds);

const withRadarBus = `post: { id: bp-001 }
buses:
  radar: { type: radar, url: 'http://127.0.0.1:9/' }
uplink: { broker: 'mqtt://127.0.0.1:1883' }
`;

test('validation refuses a bus kind this build cannot run, naming the bus and the way out', () => {
  const { problems } = parseConfig(withRadarBus, 'post.yaml', {}, { registry: withRadar, refuseUnrunnable: true });
  assert.equal(problems.map(formatProblem), ['post.yaml:3:18: buses.radar.type: bus type radar is not supported by this build of the agent (it has no Radar driver yet); remove the bus, or check `outpost --version` and upgrade the agent']);
});

test('the runtime still loads such a config, so one bus it cannot run never stops a post', () => {
  assert.equal(parseConfig(withRadarBus, 'post.yaml', {}, { registry: withRadar }).problems, []);
});

test('config validate accepts a camera bus: this build runs cameras', async () => {
  const file = join(tempDir(), 'post.yaml');
  writeFileSync(file, withRadarBus.replace("radar: { type: radar, url: 'http://127.0.0.1:9/' }", "cam: { type: camera, url: 'http://127.0.0.1:9/snap.jpg' }"));
  const result = await runCli(['config', 'validate', file]);
  assert.is(result.code, 0, result.stdout + result.stderr);
});

test.run();
