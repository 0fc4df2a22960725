import type { Command } from 'commander';
import { replayLines } from '../../detection/replay.js';
import { readTrace } from '../../detection/trace-file.js';
import { seismicSchema } from '../../sensors/seismic/config.js';
import { UsageError, write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

interface ReplayOptions {
  bandpass?: string;
  order?: string;
  sta?: string;
  lta?: string;
  on?: string;
  off?: string;
  maxLen?: string;
  coincidence?: string;
  window: string;
  rate?: string;
  start?: string;
}

/** The seismic sensor's defaults, so that a replay without options shows what a post would do. */
const defaults = seismicSchema.parse({ type: 'seismic', bus: 'replay', sample_rate: 1000 });

function positive(name: string, text: string | undefined, fallback: number, integer = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${text}"`);
  }
  return value;
}

function band(text: string | undefined): [number, number] {
  if (text === undefined) return defaults.bandpass;
  const match = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(text);
  const low = Number(match?.[1]);
  const high = Number(match?.[2]);
  if (match === null || !(low > 0 && low < high)) throw new UsageError(`--bandpass must be LO-HI in Hz with LO < HI, e.g. 10-20, got "${text}"`);
  return [low, high];
}

export const replaySeismicCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'replay')
      .command('seismic')
      .description('run seismic recordings through the post\'s detection chain (band-pass, recursive STA/LTA, trigger, classifier) and print one JSON object per detection, and per incident with --coincidence')
      .argument('<file...>', 'SLIST or TSPAIR ASCII (sensor and rate from the header) or one sample per line (needs --rate); .gz is read too')
      .option('--bandpass <lo-hi>', `band-pass corners in Hz (default ${defaults.bandpass.join('-')})`)
      .option('--order <n>', `Butterworth order (default ${defaults.order})`)
      .option('--sta <s>', `short-term average window, seconds (default ${defaults.sta / 1000})`)
      .option('--lta <s>', `long-term average window, seconds (default ${defaults.lta / 1000})`)
      .option('--on <x>', `STA/LTA ratio that starts a trigger (default ${defaults.on})`)
      .option('--off <y>', `STA/LTA ratio that ends it (default ${defaults.off})`)
      .option('--max-len <s>', `longest trigger, seconds (default ${defaults.max_length / 1000})`)
      .option('--coincidence <sum>', 'also print incidents: detections of different files overlapping in time whose count reaches SUM')
      .option('--window <s>', 'slack around each trigger when looking for coincidence, seconds (0 = strict overlap, as ObsPy)', '0')
      .option('--rate <hz>', 'sample rate of plain one-sample-per-line files')
      .option('--start <iso>', 'time of the first sample of plain files (default 1970-01-01T00:00:00Z)')
      .addHelpText('after', '\nExample (the classic setting for the BW test network):\n  outpost replay seismic --bandpass 10-20 --sta 0.5 --lta 10 --on 3.5 --off 1 --coincidence 3 BW.UH*.slist.gz')
      .action(async (files: string[], options: ReplayOptions) => {
        const on = positive('on', options.on, defaults.on);
        const off = positive('off', options.off, defaults.off);
        if (off > on) throw new UsageError(`--off (${off}) must not exceed --on (${on})`, 'the trigger ends when the ratio falls below --off, so it must be lower');
        const staS = positive('sta', options.sta, defaults.sta / 1000);
        const ltaS = positive('lta', options.lta, defaults.lta / 1000);
        if (staS >= ltaS) throw new UsageError(`--sta (${staS} s) must be shorter than --lta (${ltaS} s)`);
        const windowS = Number(options.window);
        if (!Number.isFinite(windowS) || windowS < 0) throw new UsageError(`--window must be a number of seconds >= 0, got "${options.window}"`);
        let startMs: number | undefined;
        if (options.start !== undefined) {
          startMs = Date.parse(options.start);
          if (Number.isNaN(startMs)) throw new UsageError(`--start must be an ISO-8601 time such as 2026-05-01T12:00:00Z, got "${options.start}"`);
        }
        const rate = options.rate === undefined ? undefined : positive('rate', options.rate, 0);
        const settings = {
          bandpass: band(options.bandpass),
          order: positive('order', options.order, defaults.order, true),
          staS,
          ltaS,
          on,
          off,
          maxLengthS: positive('max-len', options.maxLen, defaults.max_length / 1000),
          classifier: defaults.classifier,
        };
        const coincidence = options.coincidence === undefined ? undefined : { sum: positive('coincidence', options.coincidence, 0), windowS };
        const traces = [];
        for (const file of files) traces.push(await readTrace(file, { rate, startMs }));
        const lines = replayLines(traces, settings, coincidence);
        await write(context.io.stdout, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      });
  },
};
