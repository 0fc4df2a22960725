import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { OutpostError } from '../../kernel/errors.js';
import { silentLogger } from '../../kernel/logger.js';
import { addFootsteps, addNoise, seededRandom } from '../../agent/detection/synthetic.js';
import { seismicSchema, type SeismicConfig } from '../../agent/sensors/seismic/config.js';
import { SampleDecoder } from '../../agent/sensors/seismic/decoder.js';
import { SeismicSensor } from '../../agent/sensors/seismic/sensor.js';
import { FakeLink, MemorySink, ScriptedClock } from './fakes.js';

const rate = 200;

function setup(overrides: Partial<Record<keyof SeismicConfig, unknown>> = {}) {
  const config = seismicSchema.parse({ type: 'seismic', bus: 'digitizer', sample_rate: rate, bandpass: [10, 40], ...overrides });
  const clock = new ScriptedClock();
  const link = new FakeLink();
  const sink = new MemorySink();
  const sensor = new SeismicSensor({ name: 'geo-1', config, link, sink, time: clock.time, log: silentLogger(), monotonic: clock.monotonic, checkEveryMs: 0 });
  return { config, clock, link, sink, sensor };
}

/** Streams `signal` as ASCII lines in one-second chunks, the clock moving with the data. */
function stream(link: FakeLink, clock: ScriptedClock, signal: ArrayLike<number>, from = 0, to = signal.length): void {
  for (let at = from; at < to; at += rate) {
    const end = Math.min(to, at + rate);
    clock.advance(((end - at) / rate) * 1000);
    link.receive(`${Array.from({ length: end - at }, (_, k) => Math.round(signal[at + k] as number)).join('\n')}\n`);
  }
}

function walkScene(seed = 3): Float64Array {
  const random = seededRandom(seed);
  const signal = addNoise(new Float64Array(45 * rate), 15, random);
  return addFootsteps(signal, { rate, startS: 20, steps: 14, cadenceHz: 1.9, amplitude: 500, random });
}

test('decoder: ASCII in pieces, several per line, channels, and every binary width and byte order', () => {
  const ascii = new SampleDecoder({ format: 'ascii', columns: 'samples', channel: 0, counter: false });
  assert.equal(ascii.decode(Buffer.from('12 -3\r\n4')), [{ samples: [12, -3] }]);
  assert.equal(ascii.decode(Buffer.from('5\n\nnoise!\n7,8\n')), [{ samples: [45, 7, 8] }]);
  assert.is(ascii.badLines, 1);
  const channels = new SampleDecoder({ format: 'ascii', columns: 'channels', channel: 2, counter: false });
  assert.equal(channels.decode(Buffer.from('1 2 3\n4 5 6\n7 8\n')), [{ samples: [3, 6] }]);
  assert.is(channels.badLines, 1, 'a line without our column is bad');
  const values = [0, 1, -1, 32767, -32768, 1234];
  for (const format of ['int16le', 'int16be', 'int32le', 'int32be'] as const) {
    const width = format.startsWith('int16') ? 2 : 4;
    const bytes = Buffer.alloc(values.length * width);
    values.forEach((value, k) => {
      if (format === 'int16le') bytes.writeInt16LE(value, k * 2);
      else if (format === 'int16be') bytes.writeInt16BE(value, k * 2);
      else if (format === 'int32le') bytes.writeInt32LE(value * 65536, k * 4);
      else bytes.writeInt32BE(value * 65536, k * 4);
    });
    const decoder = new SampleDecoder({ format, columns: 'samples', channel: 0, counter: false });
    // Cut mid-sample on purpose.
    const got = [...decoder.decode(bytes.subarray(0, 3)), ...decoder.decode(bytes.subarray(3))].flatMap((part) => ('samples' in part ? part.samples : []));
    assert.equal(got, width === 2 ? values : values.map((value) => value * 65536), format);
  }
});

test('decoder: a sample counter that jumps or restarts is reported where it happens', () => {
  const decoder = new SampleDecoder({ format: 'ascii', columns: 'samples', channel: 0, counter: true });
  assert.equal(decoder.decode(Buffer.from('10 5\n11 6\n14 7\n15 8\n0 9\n')), [
    { samples: [5, 6] },
    { counterBreak: { expected: 12, found: 14 } },
    { samples: [7, 8] },
    { counterBreak: { expected: 16, found: 0 } },
    { samples: [9] },
  ]);
});

test('a walker streamed as ASCII becomes a PERSON detection with its features and a wall-clock onset', async () => {
  const { clock, link, sink, sensor } = setup();
  await sensor.start();
  const signal = walkScene();
  stream(link, clock, signal);
  await sensor.stop();
  const [detection, ...rest] = sink.detections;
  assert.is(rest.length, 0, JSON.stringify(sink.detections));
  assert.is(detection?.kind, v1.DetectionKind.DETECTION_KIND_PERSON);
  assert.is(detection?.sensor, 'geo-1');
  assert.ok((detection?.confidence ?? 0) > 0.5);
  // The first chunk arrived at mono 2000 holding samples 0..199, so sample 0 is at wallBase + 1000.
  const onsetS = ((detection?.onsetUnixMs as number) - (clock.wallBase + 1000)) / 1000;
  assert.ok(onsetS >= 20 && onsetS < 22, `onset ${onsetS} s into the stream, the walk starts at 20 s`);
  assert.is(detection?.id, `geo-1:${String(detection?.onsetUnixMs)}`);
  const features = detection?.seismic;
  assert.ok((features?.impulseCount ?? 0) >= 5);
  assert.ok(Math.abs((features?.cadenceHz ?? 0) - 1.9) < 0.3, `cadence ${features?.cadenceHz}`);
  assert.ok((features?.kurtosis ?? 0) > 4);
  assert.ok((features?.peakStaLta ?? 0) > 3.5);
  assert.ok((features?.energy ?? 0) > 0);
  assert.ok((detection?.durationMs ?? 0) > 2000);
  assert.is(sensor.health().counters?.person, 1);
});

test('silence longer than gap_tolerance: an event, degraded health, then recovery and a re-primed chain', async () => {
  const { clock, link, sink, sensor } = setup({ gap_tolerance: '2s' });
  await sensor.start();
  const signal = walkScene();
  stream(link, clock, signal, 0, 15 * rate);
  assert.is(sensor.health().status, 'ok');
  clock.advance(1500);
  sensor.tick();
  assert.is(sink.events.length, 0, 'within the tolerance nothing is said');
  clock.advance(1000);
  sensor.tick();
  const [gap] = sink.events;
  assert.is(gap?.kind, v1.EventKind.EVENT_KIND_FAULT);
  assert.is(gap?.attributes?.reason, 'gap');
  assert.match(gap?.message ?? '', /geo-1: no samples for 2\.5 s/);
  assert.is(sensor.health().status, 'degraded');
  assert.match(sensor.health().message ?? '', /no samples from the digitizer/);
  sensor.tick();
  assert.is(sink.events.length, 1, 'one event per gap, not one per check');
  // Data again: only 5 s before the walker now, inside the muted LTA warm-up of the re-primed chain.
  stream(link, clock, signal, 15 * rate, 30 * rate);
  assert.is(sink.events[1]?.kind, v1.EventKind.EVENT_KIND_RECOVERED);
  assert.is(sensor.health().status, 'ok');
  assert.equal(sink.detections, [], 'a re-primed chain does not trigger inside its warm-up');
  assert.is(sensor.health().counters?.gaps, 1);
  await sensor.stop();
});

test('samples arriving slower than the clock allows are a gap, not a silent time shift', async () => {
  const { clock, link, sink, sensor } = setup({ gap_tolerance: '1s' });
  await sensor.start();
  const chunk = `${Array.from({ length: rate }, () => '3').join('\n')}\n`;
  // Each second brings half a second of samples: by the fourth chunk 1.5 s are missing.
  for (let k = 0; k < 4; k++) {
    clock.advance(k === 0 ? 1000 : 2000);
    link.receive(chunk);
  }
  const gap = sink.events.find((event) => event?.attributes?.reason === 'gap');
  assert.ok(gap !== undefined, JSON.stringify(sink.events));
  assert.match(gap?.message ?? '', /samples fewer than 200\/s/);
  await sensor.stop();
});

test('a digitizer clock 0.5 % slow for 20 minutes is followed, not reported as gaps; onsets stay on time', async () => {
  const { clock, link, sink, sensor } = setup({ gap_tolerance: '2s' });
  await sensor.start();
  const random = seededRandom(9);
  const minutes = 20;
  // 199 samples for every wall-clock second instead of 200: 6 s behind after 20 min without correction.
  const signal = addNoise(new Float64Array(minutes * 60 * 199), 15, random);
  const walkAtSample = (minutes * 60 - 40) * 199;
  addFootsteps(signal, { rate: 199, startS: walkAtSample / 199, steps: 14, cadenceHz: 1.9, amplitude: 500, random });
  for (let at = 0; at < signal.length; at += 199) {
    clock.advance(1000);
    link.receive(`${Array.from(signal.subarray(at, at + 199), (value) => Math.round(value)).join('\n')}\n`);
  }
  await sensor.stop();
  assert.equal(sink.events, [], 'no gap events for drift');
  const [detection] = sink.detections;
  // The walk started (minutes·60 − 40) s of wall time after the first chunk's start (wallBase + 1000).
  const expected = clock.wallBase + 1000 + (minutes * 60 - 40) * 1000;
  const error = Math.abs((detection?.onsetUnixMs as number) - expected);
  assert.ok(error < 1500, `onset within 1.5 s of the truth after 20 min of drift, off by ${error} ms`);
});

test('a counter jump and a digitizer restart are events; a lost link is a fault until it returns', async () => {
  const { clock, link, sink, sensor } = setup({ counter: true });
  await sensor.start();
  clock.advance(10);
  link.receive('1 5\n2 6\n5 7\n0 8\n');
  assert.equal(
    sink.events.map((event) => event?.attributes?.reason),
    ['gap', 'restart'],
  );
  assert.match(sink.events[0]?.message ?? '', /counter jumped from 3 to 5: 2 lines lost/);
  assert.match(sink.events[1]?.message ?? '', /restarted at 0/);
  link.setState('lost', new OutpostError('connection reset', { code: 'serial.lost', disconnect: true }));
  assert.is(sensor.health().status, 'fault');
  assert.match(sensor.health().message ?? '', /tcp:\/\/fake-digitizer:4001 is down: connection reset; check the cable/);
  assert.is(sink.events[2]?.attributes?.reason, 'link_lost');
  link.setState('opening');
  assert.match(sensor.health().message ?? '', /is down: connection reset/, 'the reason stays through the retries');
  link.setState('open');
  clock.advance(10);
  link.receive('0 1\n1 2\n');
  assert.is(sensor.health().status, 'ok');
  assert.is(sink.events.length, 3, 'the counter starting over after a reconnect is not another restart');
  await sensor.stop();
  assert.is(link.listeners, 0, 'stop unsubscribes');
  assert.is(sensor.health().status, 'stopped');
});

test('garbage on the line is counted, never thrown', async () => {
  const { clock, link, sensor } = setup();
  await sensor.start();
  clock.advance(10);
  link.receive('\x00\xff\xfe garbage\n12\n13\n');
  link.receive(Buffer.alloc(5000, 0x41));
  assert.is(sensor.health().counters?.bad_lines, 2);
  assert.is(sensor.health().counters?.samples, 2);
  await sensor.stop();
});

test.run();
