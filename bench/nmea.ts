/**
 * NMEA decoding cost: the real captures (test/fixtures/nmea) through the agent's decoder,
 * repeated, beside a bare baseline in the same process (split lines and XOR the checksum, no
 * parsing), and what a 1 Hz receiver costs the agent as a share of one core. Prints
 * `name: value unit` lines.
 *
 *   npx tsx bench/nmea.ts [--rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NmeaDecoder } from '../drivers/nmea/decoder.js';
import { nmeaChecksum } from '../drivers/nmea/sentence.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const ROUNDS = Number(args.rounds);
const dir = join(import.meta.dirname, '../test/fixtures/nmea');
const captures = readdirSync(dir)
  .filter((name) => name.endsWith('.log'))
  .map((name) => Buffer.from(readFileSync(join(dir, name), 'latin1').split('\n').filter((l) => !l.startsWith('#')).join('\n'), 'latin1'));
const bytes = captures.reduce((sum, c) => sum + c.length, 0) * ROUNDS;

function baseline(): number {
  let sentences = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const capture of captures) {
      for (const line of capture.toString('latin1').split(/\r?\n/)) {
        const star = line.lastIndexOf('*');
        if (line.startsWith('$') && star > 0 && nmeaChecksum(line.slice(1, star)) === line.slice(star + 1)) sentences += 1;
      }
    }
  }
  return sentences;
}

function decode(): { sentences: number; fixes: number } {
  let fixes = 0;
  let sentences = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const capture of captures) {
      const decoder = new NmeaDecoder({ rolloverPivotMs: Date.UTC(2000, 0, 1), onFix: () => (fixes += 1) });
      // Serial ports deliver small chunks: feed 64 bytes at a time.
      for (let offset = 0; offset < capture.length; offset += 64) decoder.push(capture.subarray(offset, offset + 64));
      decoder.flush();
      sentences += decoder.counters.sentences + decoder.counters.ignored;
    }
  }
  return { sentences, fixes };
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

baseline();
decode();
const base = timed(baseline);
const ours = timed(decode);
const cpuPerEpochUs = (ours.ms * 1000) / ours.result.fixes;
console.log(`nmea_bytes: ${bytes} B`);
console.log(`baseline_checksum_only: ${Math.round(base.result / (base.ms / 1000))} sentences/s`);
console.log(`decoder_sentences: ${Math.round(ours.result.sentences / (ours.ms / 1000))} sentences/s`);
console.log(`decoder_throughput: ${(bytes / 1e6 / (ours.ms / 1000)).toFixed(1)} MB/s`);
console.log(`decoder_per_epoch: ${cpuPerEpochUs.toFixed(1)} us`);
console.log(`receiver_1hz_cpu_share: ${((cpuPerEpochUs / 1e6) * 100).toFixed(4)} % of one core`);
