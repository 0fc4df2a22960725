import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyTrigger } from '../../agent/detection/classifier.js';
import { seismicClassifierSchema } from '../../agent/detection/config.js';
import { findImpulses, triggerFeatures } from '../../agent/detection/features.js';
import { SeismicChain, type SeismicTrigger } from '../../agent/detection/seismic-chain.js';
import { addFootsteps, addVehicle, seededRandom, syntheticEvent, type SyntheticKind } from '../../agent/detection/synthetic.js';

const classifier = seismicClassifierSchema.parse({});
const rate = 200;
const settings = { rate, bandpass: [10, 40] as const, order: 4, staS: 0.5, ltaS: 10, on: 3.5, off: 1, maxLengthS: 30, classifier };

function run(signal: Float64Array, chunk = 256): SeismicTrigger[] {
  const found: SeismicTrigger[] = [];
  const chain = new SeismicChain(settings, (trigger) => found.push(trigger));
  for (let at = 0; at < signal.length; at += chunk) chain.push(signal.subarray(at, at + chunk));
  chain.flush();
  return found;
}

test('features of known signals: a sine, a spike train, silence', () => {
  const sine = Float64Array.from({ length: 2000 }, (_, i) => 100 * Math.sin((2 * Math.PI * 15 * i) / rate));
  const f = triggerFeatures(sine, rate, [10, 40]);
  assert.ok(Math.abs(f.kurtosis - 1.5) < 0.01, `kurtosis of a sine is 1.5, got ${f.kurtosis}`);
  assert.ok(Math.abs(f.dominantFrequencyHz - 15) < 0.4, `dominant ${f.dominantFrequencyHz}`);
  assert.ok(Math.abs(f.peak - 100) < 0.01);
  assert.ok(Math.abs(f.energy - 2000 * 5000) / (2000 * 5000) < 0.01, 'energy of a sine is N·A²/2');
  assert.ok(f.tonality > 10);
  const steps = new Float64Array(10 * rate);
  addFootsteps(steps, { rate, startS: 0.5, steps: 8, cadenceHz: 2, amplitude: 500, random: seededRandom(1), ringHz: 20, decayS: 0.03 });
  const impulses = findImpulses(steps, rate);
  assert.is(impulses.length, 8, 'one impulse per footfall');
  const g = triggerFeatures(steps, rate, [10, 40]);
  assert.ok(Math.abs(g.cadenceHz - 2) < 0.1, `cadence ${g.cadenceHz}`);
  assert.ok(g.regularity > 0.8);
  assert.ok(g.kurtosis > 6, `footfalls are impulsive, kurtosis ${g.kurtosis}`);
  const quiet = triggerFeatures(new Float64Array(100), rate, [10, 40]);
  assert.equal([quiet.peak, quiet.energy, quiet.kurtosis, quiet.cadenceHz], [0, 0, 0, 0]);
});

test('the rules: cadence, impulses and kurtosis make a person; long, smooth and tonal make a vehicle', () => {
  const person = { peak: 1, energy: 1, dominantFrequencyHz: 20, kurtosis: 9, impulseCount: 8, cadenceHz: 1.9, regularity: 0.9, tonality: 3 };
  assert.is(classifyTrigger(person, 4, 8, 3.5, classifier).class, 'PERSON');
  assert.is(classifyTrigger({ ...person, cadenceHz: 3.2 }, 4, 8, 3.5, classifier).class, 'UNKNOWN', 'too fast for walking');
  assert.is(classifyTrigger({ ...person, impulseCount: 2 }, 4, 8, 3.5, classifier).class, 'UNKNOWN', 'two knocks are not a walk');
  assert.is(classifyTrigger({ ...person, cadenceHz: 3.2 }, 4, 8, 3.5, { ...classifier, person_cadence_hz: [1.4, 3.5] }).class, 'PERSON', 'thresholds come from the config');
  const sure = classifyTrigger({ ...person, impulseCount: 12, regularity: 1 }, 4, 8, 3.5, classifier).confidence;
  const unsure = classifyTrigger({ ...person, impulseCount: 3, regularity: 0.2 }, 4, 8, 3.5, classifier).confidence;
  assert.ok(sure > unsure, 'more, steadier steps: more confidence');
  const vehicle = { peak: 1, energy: 1, dominantFrequencyHz: 14, kurtosis: 2, impulseCount: 1, cadenceHz: 0, regularity: 0, tonality: 30 };
  assert.is(classifyTrigger(vehicle, 8, 6, 3.5, classifier).class, 'VEHICLE');
  assert.is(classifyTrigger(vehicle, 2, 6, 3.5, classifier).class, 'UNKNOWN', 'too short for a passing vehicle');
  assert.is(classifyTrigger({ ...vehicle, tonality: 2 }, 8, 6, 3.5, classifier).class, 'UNKNOWN', 'broadband rumble is not an engine');
});

test('synthetic walkers, vehicles and quiet: the chain calls most of them right and never invents one', () => {
  const tally = (kind: SyntheticKind): Record<string, number> => {
    const counts: Record<string, number> = { PERSON: 0, VEHICLE: 0, UNKNOWN: 0, NONE: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const event = syntheticEvent(kind, rate, seed * 101 + kind.length);
      const found = run(event.signal).filter((trigger) => trigger.onIndex / rate >= event.startS - 1);
      const longest = found.sort((a, b) => b.durationS - a.durationS)[0];
      counts[longest?.classification.class ?? 'NONE'] = (counts[longest?.classification.class ?? 'NONE'] as number) + 1;
    }
    return counts;
  };
  const people = tally('PERSON');
  const vehicles = tally('VEHICLE');
  const quiet = tally('NOISE');
  assert.ok((people.PERSON as number) >= 9, `people: ${JSON.stringify(people)}`);
  assert.is(people.VEHICLE, 0, 'a walker is never a vehicle');
  assert.ok((vehicles.VEHICLE as number) >= 11, `vehicles: ${JSON.stringify(vehicles)}`);
  assert.is(vehicles.PERSON, 0, 'a vehicle is never a walker');
  assert.equal(quiet, { PERSON: 0, VEHICLE: 0, UNKNOWN: 0, NONE: 12 }, 'background alone triggers nothing');
});

test('a walker then a vehicle on one stream: two triggers, in order, each of its kind', () => {
  const random = seededRandom(42);
  const signal = new Float64Array(90 * rate);
  for (let i = 0; i < signal.length; i++) signal[i] = 20 * Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  addFootsteps(signal, { rate, startS: 20, steps: 12, cadenceHz: 1.8, amplitude: 400, random });
  addVehicle(signal, { rate, startS: 55, durationS: 14, fundamentalHz: 14, amplitude: 150, random });
  const found = run(signal, 97);
  assert.equal(found.map((trigger) => trigger.classification.class), ['PERSON', 'VEHICLE']);
  const walkOnsetS = (found[0]?.onIndex ?? 0) / rate;
  assert.ok(walkOnsetS >= 20 && walkOnsetS < 23, `the walk triggers on one of its first footfalls, at ${walkOnsetS} s`);
  assert.ok((found[1]?.onIndex ?? 0) / rate > 55);
});

test('reset after a gap re-primes the chain: the first LTA window is muted again', () => {
  const event = syntheticEvent('PERSON', rate, 7, 20);
  const found: SeismicTrigger[] = [];
  const chain = new SeismicChain(settings, (trigger) => found.push(trigger));
  chain.push(event.signal.subarray(0, 15 * rate));
  chain.reset();
  assert.is(chain.position, 0);
  // Only 5 s of background before the walker now: inside the muted 10 s warm-up, so no trigger.
  chain.push(event.signal.subarray(15 * rate, Math.round((event.startS + event.durationS) * rate)));
  chain.flush();
  assert.equal(found, []);
});

test.run();
