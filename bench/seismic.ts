/**
 * The seismic chain's cost and the classifier's accuracy. Prints `name: value unit` lines.
 *
 * - Throughput: samples per second through the whole live chain (band-pass, recursive STA/LTA,
 *   trigger, features and classification of every trigger) on one core, fed in one-second
 *   chunks of a 500 Hz synthetic stream with a walker or a vehicle every 40 s, beside a bare
 *   baseline in the same process (the band-pass alone), and what a three-component 500 Hz
 *   geophone costs as a share of one core.
 * - Confusion table: synthetic walkers, vehicles and background (agent/detection/synthetic.ts)
 *   at 200 Hz, band 10–40 Hz, the sensor's default thresholds; each example counted under the
 *   class of its longest trigger, or `none`.
 *
 *   npx tsx bench/seismic.ts [--seconds N] [--examples N]   (stream length in seconds at 500 Hz; examples per class)
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { butterworthBandpass, SosFilter } from '../agent/detection/dsp/index.js';
import { SeismicChain, type ChainSettings } from '../agent/detection/seismic-chain.js';
import { addFootsteps, addNoise, addVehicle, seededRandom, syntheticEvent, type SyntheticKind } from '../agent/detection/synthetic.js';
import { seismicSchema } from '../agent/sensors/seismic/config.js';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '20000' }, examples: { type: 'string', default: '40' } } });
const SECONDS = Number(args.seconds);
const EXAMPLES = Number(args.examples);

const defaults = seismicSchema.parse({ type: 'seismic', bus: 'bench', sample_rate: 500, bandpass: [10, 40] });
const settingsAt = (rate: number): ChainSettings => ({
  rate,
  bandpass: defaults.bandpass,
  order: defaults.order,
  staS: defaults.sta / 1000,
  ltaS: defaults.lta / 1000,
  on: defaults.on,
  off: defaults.off,
  maxLengthS: defaults.max_length / 1000,
  classifier: defaults.classifier,
});

function line(name: string, value: number, unit: string): void {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(3)} ${unit}\n`);
}

/** 120 s of 500 Hz ground motion with three passages, looped to make a long stream. */
function scene(rate: number): Float64Array {
  const random = seededRandom(2026);
  const signal = addNoise(new Float64Array(120 * rate), 20, random);
  addFootsteps(signal, { rate, startS: 20, steps: 14, cadenceHz: 1.9, amplitude: 600, random });
  addVehicle(signal, { rate, startS: 60, durationS: 14, fundamentalHz: 14, amplitude: 250, random });
  addFootsteps(signal, { rate, startS: 100, steps: 10, cadenceHz: 2.2, amplitude: 400, random });
  return signal;
}

function throughput(): void {
  const rate = 500;
  const signal = scene(rate);
  const total = SECONDS * rate;
  let triggers = 0;
  const chain = new SeismicChain(settingsAt(rate), () => {
    triggers += 1;
  });
  const filter = new SosFilter(butterworthBandpass(10, 40, rate, defaults.order));
  const scratch = new Float64Array(rate);
  const run = (body: (chunk: Float64Array) => void): number => {
    const started = process.hrtime.bigint();
    for (let fed = 0; fed < total; fed += rate) {
      const at = fed % signal.length;
      body(signal.subarray(at, at + rate));
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  // Warm the JIT on both paths before timing.
  run((chunk) => filter.process(chunk, scratch));
  run((chunk) => chain.push(chunk));
  triggers = 0;
  const baselineS = run((chunk) => filter.process(chunk, scratch));
  const chainS = run((chunk) => chain.push(chunk));
  const perSecond = total / chainS;
  line('samples', total, 'samples');
  line('chain_throughput', Math.round(perSecond), 'samples/s');
  line('bandpass_only_throughput', Math.round(total / baselineS), 'samples/s');
  line('chain_vs_bandpass_cost', chainS / baselineS, 'x');
  line('triggers', triggers, 'triggers');
  line('three_component_500hz_cpu_share', (100 * 3 * 500) / perSecond, '% of one core');
}

function confusion(): void {
  const rate = 200;
  const classes = ['PERSON', 'VEHICLE', 'UNKNOWN', 'none'] as const;
  for (const kind of ['PERSON', 'VEHICLE', 'NOISE'] as const satisfies readonly SyntheticKind[]) {
    const counts = new Map<string, number>(classes.map((name) => [name, 0]));
    for (let seed = 1; seed <= EXAMPLES; seed++) {
      const event = syntheticEvent(kind, rate, seed * 7919 + kind.length);
      const found: { durationS: number; name: string; onsetS: number }[] = [];
      const chain = new SeismicChain(settingsAt(rate), (trigger) => found.push({ durationS: trigger.durationS, name: trigger.classification.class, onsetS: trigger.onIndex / rate }));
      chain.push(event.signal);
      chain.flush();
      const longest = found.filter((trigger) => trigger.onsetS >= event.startS - 1).sort((a, b) => b.durationS - a.durationS)[0];
      const name = longest?.name ?? 'none';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const name of classes) line(`confusion_${kind.toLowerCase()}_as_${name.toLowerCase()}`, counts.get(name) ?? 0, 'examples');
  }
}

// Machines here are shared: the load says how far the figures are from an idle core's.
line('load_average_1m', loadavg()[0] ?? 0, 'runnable');
throughput();
confusion();
