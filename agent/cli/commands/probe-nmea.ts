import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { NmeaDecoder, type NmeaCounters } from '../../../drivers/nmea/decoder.js';
import { fixToJson, type Fix } from '../../../drivers/nmea/fix.js';
import { DEFAULT_ROLLOVER_PIVOT, parsePivot } from '../../../drivers/nmea/rollover.js';
import { UsageError, orderedWriter, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';
import { openProbeLink, parseBaud } from './probe-at.js';
import { durationOption } from '../options.js';

interface ProbeNmeaOptions {
  baud: string;
  timeout: string;
  count?: string;
  json?: boolean;
  raw?: boolean;
  pivot: string;
}

/** A pause this long after a burst ends the epoch (as the gps sensor does). */
const QUIET_FLUSH_MS = 200;

/** One line a technician reads at a glance. */
export function fixLine(fix: Fix): string {
  const time = fix.timeUnixMs === undefined ? `${new Date(fix.timeOfDayMs).toISOString().slice(11, 19)}Z (no date yet)` : new Date(fix.timeUnixMs).toISOString().replace('.000Z', 'Z');
  const satellites = `sats ${fix.satellitesUsed ?? '?'}/${fix.satellitesInView ?? '?'}`;
  if (!fix.valid) return `${time}  NO FIX  ${satellites}${fix.rolloverPeriods > 0 ? '  (date rollover-corrected)' : ''}`;
  const where = `${fix.lat?.toFixed(6)} ${fix.lon?.toFixed(6)}${fix.altitudeM === undefined ? '' : `  alt ${fix.altitudeM} m`}`;
  const motion = fix.speedMps === undefined ? '' : `  ${fix.speedMps.toFixed(1)} m/s${fix.trackDeg === undefined ? '' : ` ${fix.trackDeg}°`}`;
  return `${time}  ${fix.mode ?? 'fix'} ${fix.quality}  ${where}  ${satellites}  hdop ${fix.hdop ?? '?'}${motion}${fix.rolloverPeriods > 0 ? '  (date rollover-corrected)' : ''}`;
}

function counts(c: NmeaCounters): string {
  return `${c.fixes} fixes, ${c.sentences} sentences, ${c.checksum_errors} bad checksums, ${c.partial + c.non_ascii + c.too_long} garbled, ${c.malformed} malformed`;
}

/**
 * `outpost probe nmea PORT`: the receiver's live fix, one line per epoch, until Ctrl-C (or
 * `--count` fixes). Fails when the port cannot be opened, when nothing arrives, or when what
 * arrives is not NMEA (usually a wrong baud rate).
 */
export const probeNmeaCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'probe')
      .command('nmea')
      .description('show a GPS receiver\'s live fix (time, position, quality, satellites) until Ctrl-C')
      .argument('<port>', 'serial port (/dev/ttyACM0, /dev/serial/by-id/...) or tcp://host:port')
      .option('--baud <n>', 'baud rate (NMEA receivers use 4800 or 9600, u-blox often 9600 or 38400)', '9600')
      .option('--timeout <duration>', 'fail when no valid NMEA arrives for this long', '5s')
      .option('--count <n>', 'stop after this many fixes')
      .option('--json', 'print JSON lines (as replay nmea) instead of text')
      .option('--raw', 'also print every sentence as received')
      .option('--pivot <date>', 'GPS week-rollover pivot YYYY-MM-DD', DEFAULT_ROLLOVER_PIVOT)
      .action(async (port: string, options: ProbeNmeaOptions) => {
        const baud = parseBaud(options.baud);
        const timeoutMs = durationOption('--timeout', options.timeout);
        const limit = options.count === undefined ? undefined : Number(options.count);
        if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--count: expected a positive whole number, found "${options.count}"`);
        let pivot: number;
        try {
          pivot = parsePivot(options.pivot);
        } catch (error) {
          throw new UsageError(`--pivot: ${(error as Error).message}`);
        }
        const link = await openProbeLink(port, baud);
        await write(context.io.stderr, `reading NMEA on ${link.description}; Ctrl-C to stop\n`);
        const printing = orderedWriter(context.io.stdout);
        const print = (text: string): void => printing.print(text);
        let lastSentence = Date.now();
        let lastByte: number | undefined;
        let fixes = 0;
        let finish!: (error?: OutpostError) => void;
        const done = new Promise<OutpostError | undefined>((resolve) => (finish = resolve));
        const decoder = new NmeaDecoder({
          rolloverPivotMs: pivot,
          onSentence: (sentence) => {
            lastSentence = Date.now();
            if (options.raw === true) print(`${sentence.raw}\n`);
          },
          onFix: (fix) => {
            if (limit !== undefined && fixes >= limit) return;
            fixes += 1;
            print(`${options.json === true ? JSON.stringify(fixToJson(fix)) : fixLine(fix)}\n`);
            if (limit !== undefined && fixes >= limit) finish();
          },
        });
        let quiet: NodeJS.Timeout | undefined;
        const offData = link.onData((chunk) => {
          lastByte = Date.now();
          decoder.push(chunk);
          if (quiet === undefined) quiet = setTimeout(() => decoder.flush(), QUIET_FLUSH_MS);
          else quiet.refresh();
        });
        const offState = link.onState((state, error) => {
          if (state === 'lost') finish(error ?? new OutpostError('the port went away', { code: 'serial.lost', subject: link.description }));
        });
        const watchdog = setInterval(() => {
          if (Date.now() - lastSentence <= timeoutMs) return;
          const c = decoder.counters;
          if (lastByte === undefined || Date.now() - lastByte > timeoutMs) {
            finish(new OutpostError(`no data within ${timeoutMs} ms`, { code: 'nmea.silent', subject: link.description, hint: 'check the receiver\'s power and wiring, and that this is its port' }));
          } else {
            finish(
              new OutpostError(`data but no valid NMEA sentence within ${timeoutMs} ms (${c.checksum_errors} bad checksums, ${c.partial + c.non_ascii + c.too_long} garbled)`, {
                code: 'nmea.garbled',
                subject: link.description,
                hint: 'try another --baud: 4800, 9600 and 38400 are usual',
              }),
            );
          }
        }, Math.min(250, timeoutMs));
        const stop = stopSignal();
        void stop.signalled.then(() => finish());
        const failure = await done;
        stop.dispose();
        clearInterval(watchdog);
        clearTimeout(quiet);
        offData();
        offState();
        await link.stop();
        await printing.flushed();
        await write(context.io.stderr, `${counts(decoder.counters)}\n`);
        if (failure !== undefined) throw failure;
      });
  },
};
