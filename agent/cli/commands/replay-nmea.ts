import type { Command } from 'commander';
import { NmeaDecoder, type NmeaCounters } from '../../../drivers/nmea/decoder.js';
import { fixToJson, type Fix } from '../../../drivers/nmea/fix.js';
import { DEFAULT_ROLLOVER_PIVOT, parsePivot } from '../../../drivers/nmea/rollover.js';
import { readInput, UsageError, write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

interface ReplayOptions {
  pivot?: string;
  validOnly?: boolean;
}

/**
 * `outpost replay nmea FILE`: a capture through the agent's own NMEA decoder, one JSON line per
 * epoch. Lines starting with `#` are comments (the GPSD capture format); a `# Date: YYYY-MM-DD`
 * comment is when the capture was recorded, and serves as the week-rollover pivot unless
 * `--pivot` is given, so that old captures replay with their own dates.
 */
export const replayNmeaCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'replay')
      .command('nmea')
      .description('decode an NMEA 0183 capture and print one JSON line per fix (time, lat, lon, altitude, quality, mode, speed, track)')
      .argument('[file]', 'capture file; - or nothing reads stdin')
      .option('--pivot <date>', `week-rollover pivot YYYY-MM-DD: receiver dates before it get 1024 weeks added (default: the capture's "# Date:" comment, else ${DEFAULT_ROLLOVER_PIVOT})`)
      .option('--valid-only', 'print only epochs with a valid position fix')
      .action(async (file: string | undefined, options: ReplayOptions) => {
        const text = (await readInput(file, context.io)).toString('latin1');
        const lines = text.split(/\r?\n/);
        const pivot = pivotFor(options.pivot, lines);
        const fixes: Fix[] = [];
        const decoder = new NmeaDecoder({ rolloverPivotMs: pivot, onFix: (fix) => fixes.push(fix) });
        for (const line of lines) {
          if (line.startsWith('#')) continue;
          decoder.push(`${line}\n`);
        }
        decoder.flush();
        const out = fixes.filter((fix) => options.validOnly !== true || fix.valid).map((fix) => `${JSON.stringify(fixToJson(fix))}\n`);
        await write(context.io.stdout, out.join(''));
        await write(context.io.stderr, `${summary(decoder.counters)}; rollover pivot ${new Date(pivot).toISOString().slice(0, 10)}\n`);
      });
  },
};

function pivotFor(option: string | undefined, lines: readonly string[]): number {
  if (option !== undefined) {
    try {
      return parsePivot(option);
    } catch (error) {
      throw new UsageError(`--pivot: ${(error as Error).message}`);
    }
  }
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const match = /^#\s*Date\s*[:=]\s*(\d{4}-\d{2}-\d{2})\s*$/i.exec(line);
    if (match?.[1] !== undefined) {
      try {
        return parsePivot(match[1]);
      } catch {
        break;
      }
    }
  }
  return parsePivot(DEFAULT_ROLLOVER_PIVOT);
}

function summary(c: NmeaCounters): string {
  const rejected = c.checksum_errors + c.partial + c.non_ascii + c.too_long + c.malformed;
  return `${c.fixes} fixes from ${c.sentences} sentences (${c.ignored} of other types ignored); ${rejected} rejected: ${c.checksum_errors} bad checksum, ${c.partial} partial, ${c.malformed} malformed, ${c.non_ascii} non-ASCII, ${c.too_long} too long`;
}
