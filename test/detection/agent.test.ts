// test lane: waits (simulated walkers cross the geophone and the beams in real time; alone: 1.9 s of CPU in 10 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { parseConfig } from '../../agent/config/index.js';
import { startBeamWalker } from '../../agent/demo/sim/beams.js';
import { startGeophone } from '../../agent/demo/sim/geophone.js';
import { createFusion } from '../../agent/detection/fusion.js';
import { seededRandom } from '../../agent/detection/synthetic.js';
import { silentLogger } from '../../kernel/logger.js';
import { Agent } from '../../agent/runtime/agent.js';
import { freePort, waitFor } from '../support/net.js';
import { fakeParts } from '../runtime/fakes.js';

test('the agent runs a geophone and a beam pair from config; their detections fuse into an incident in the outbox', async () => {
  const port = await freePort();
  const yaml = `post: { id: bp-det }
buses:
  digitizer: { type: serial, path: 'tcp://127.0.0.1:${port}', reconnect: { min: 100ms, max: 500ms } }
  gpio: { type: gpio, chip: detection-agent-test, backend: simulated }
sensors:
  geophone: { type: seismic, bus: digitizer, sample_rate: 200, bandpass: [10, 40], sta: 0.2, lta: 2 }
  track: { type: beam-pair, bus: gpio, beams: { a: GPIO17, b: GPIO27 }, distance_m: 1.5 }
detection: { fusion: { window: 3s, threshold: 2 } }
uplink: { broker: 'mqtt://127.0.0.1:1' }
health: { interval: 1h }
`;
  const { config, problems } = parseConfig(yaml, 'post.yaml', {});
  assert.ok(config, JSON.stringify(problems));
  const parts = { ...fakeParts(), createFusion };
  // The geophone's walker comes after 4 s; the beam walker 3 to 7 s in, then every 5 to 15 s.
  const geophone = await startGeophone({ port, rate: 200, seed: 4, firstPassageS: 4 });
  const agent = new Agent({ config, file: 'post.yaml', hash: 'h' }, parts, silentLogger());
  let walker: { stop(): void } | undefined;
  try {
    await agent.start();
    walker = startBeamWalker({ chip: 'detection-agent-test', a: 'GPIO17', b: 'GPIO27', everyS: 10, random: seededRandom(7) });
    const outbox = parts.outboxes[0];
    await waitFor('an incident in the outbox', () => outbox?.records.some((record) => record.incident), 40_000);
    const records = outbox?.records ?? [];
    const incident = records.find((record) => record.incident)?.incident;
    const detections = records.flatMap((record) => (record.detection ? [record.detection] : []));
    assert.ok(detections.some((detection) => detection.sensor === 'geophone'), 'a seismic detection');
    assert.ok(detections.some((detection) => detection.sensor === 'track' && detection.beam?.bothBeams), 'a beam pair passage');
    assert.equal([...(incident?.sensors ?? [])].sort(), ['geophone', 'track']);
    assert.is(incident?.coincidenceSum, 2);
    assert.ok((incident?.detectionIds ?? []).every((id) => detections.some((detection) => detection.id === id)), 'members are detections in the outbox');
    assert.ok([v1.Direction.DIRECTION_IN, v1.Direction.DIRECTION_OUT].includes(incident?.direction as number), 'direction from the beam pair');
    assert.is(records.find((record) => record.incident)?.priority, v1.Priority.PRIORITY_ALARM);
  } finally {
    walker?.stop();
    await agent.stop();
    await geophone.stop();
  }
});

test.run();
