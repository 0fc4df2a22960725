import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { OutpostError } from '../../kernel/errors.js';
import { silentLogger } from '../../kernel/logger.js';
import { parseConfig, postConfigJsonSchema } from '../../agent/config/index.js';
import { createRegistry, registry, withSchema } from '../../agent/config/registry.js';
import { factoriesOf } from '../../agent/runtime/factories.js';
import type { SensorConfig } from '../../agent/config/schema.js';
import { FakeLink, MemorySink, ScriptedChip } from '../detection/fakes.js';
import { doorContactSensor } from './door-contact/kind.js';
import { doorContactSchema } from './door-contact/config.js';

// A new sensor kind is its own folder (./door-contact: config, sensor, factory, kind) plus one
// line in the runtime's catalogue and one (kind with schema) in the registry's list: here the line is added to a copy of the agent's own lists.
const withDoor = createRegistry(registry.busKinds, [...registry.sensorKinds, withSchema(doorContactSensor, doorContactSchema)]);

const post = (busType: string): string => `post: { id: bp-001 }
buses:
  gpio: { type: gpio, chip: gpiochip0, backend: simulated }
  gps: { type: serial, path: /dev/ttyUSB0 }
sensors:
  door: { type: door-contact, bus: ${busType}, line: 4 }
uplink: { broker: 'mqtt://127.0.0.1:1883' }
outbox: { path: /tmp/outbox.db }
`;

test('the toy kind validates with its one registry line, and only with it', () => {
  const { config, problems } = parseConfig(post('gpio'), 'post.yaml', {}, { registry: withDoor });
  assert.equal(problems, []);
  assert.equal(config?.sensors['door'], { type: 'door-contact', bus: 'gpio', line: 4 } as unknown as SensorConfig);
  const without = parseConfig(post('gpio'), 'post.yaml', {});
  assert.is(without.config, undefined, 'the agent\'s own registry does not know the toy kind');
});

test('the registry derives the bus check and the JSON Schema for the toy kind', () => {
  const wrong = parseConfig(post('gps'), 'post.yaml', {}, { registry: withDoor });
  assert.equal(
    wrong.problems.map((problem) => problem.message),
    ['a door-contact sensor needs a gpio bus, but "gps" is serial'],
  );
  assert.match(JSON.stringify(postConfigJsonSchema(withDoor)), /"door-contact"/);
  assert.not.match(JSON.stringify(postConfigJsonSchema()), /"door-contact"/);
});

test('the registry derives the toy kind\'s factory: it gets a typed GpioChip and runs', async () => {
  const load = factoriesOf(withDoor).sensorFactories['door-contact' as SensorConfig['type']];
  assert.ok(load, 'the factory is derived from the kind');
  const factory = await load();
  const config = { type: 'door-contact', bus: 'gpio', line: 4 } as unknown as SensorConfig;
  const context = (bus: ScriptedChip | FakeLink) => ({
    name: 'door',
    log: silentLogger(),
    sink: new MemorySink(),
    time: { now: () => ({ unixMs: 0, quality: v1.TimeQuality.TIME_QUALITY_RTC }) },
    bus,
    post: parseConfig(post('gpio'), 'post.yaml', {}, { registry: withDoor }).config!,
  });
  const chip = new ScriptedChip();
  const sensor = factory(config, context(chip));
  await sensor.start();
  chip.line(4).edge(1, 10);
  chip.line(4).edge(0, 20);
  chip.line(4).edge(1, 30);
  assert.equal(sensor.health().counters, { openings: 2 });
  await sensor.stop();
  try {
    factory(config, context(new FakeLink()));
    assert.unreachable('a byte link is not a GPIO chip');
  } catch (error) {
    assert.instance(error, OutpostError);
    assert.is((error as OutpostError).code, 'config.bus_type');
    assert.match((error as OutpostError).describe(), /put this sensor on a bus of type gpio/);
  }
});

test.run();
