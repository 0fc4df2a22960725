/**
 * The cost of writing one deflated envelope of the side-by-side job's shape (10 readings of 20
 * uint16 registers, one per device, as one tick sends them), this build's writeEnvelope against
 * another build's (its dist/wire/envelope-writer.js), alternating rounds in one process. Prints
 * `name: value unit` lines: CPU per envelope and the envelope's bytes for each.
 *
 *   npx tsx bench/envelope-deflate.ts [--base /work/wt/base] [--envelopes 20000] [--rounds 4] [--readings 10]
 *
 * The bytes must be equal: a kept zlib stream must not change what goes on the radio link.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { v1 } from '../wire/index.js';
import { withSeq } from '../wire/framing.js';
import { writeEnvelope } from '../wire/envelope-writer.js';
import { deflaterPath } from '../wire/raw-deflater.js';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: '/work/wt/base' },
    envelopes: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '4' },
    readings: { type: 'string', default: '10' },
  },
});
type Writer = typeof writeEnvelope;
const base = (await import(pathToFileURL(resolve(args.base, 'dist/wire/envelope-writer.js')).href)) as { writeEnvelope: Writer };
const ENVELOPES = Number(args.envelopes);

function records(tick: number): { bytes: Uint8Array }[] {
  return Array.from({ length: Number(args.readings) }, (_, device) => {
    const channels = Array.from({ length: 20 }, (_, r) => ({ name: `r${r}` }));
    const values = Array.from({ length: 20 }, (_, r) => (tick * 31 + device * 7 + r * 13) % 65536);
    const body = v1.Record.encode({ reading: { sensor: `plc-${device + 1}`, channels, samples: [{ offsetMs: 0, values }] } }).finish();
    return { bytes: withSeq(tick * 10 + device + 1, body) };
  });
}

const batches = Array.from({ length: 16 }, (_, tick) => records(tick + 1000));
const header = { postId: 'bench-01', storeId: 0x1234_5678_9abc_def0n };

function run(write: Writer): number {
  const start = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < ENVELOPES; i++) bytes += write(header, batches[i & 15]!, 1_765_000_000_000 + i, 'deflate').length;
  const used = process.cpuUsage(start);
  if (bytes === 0) throw new Error('nothing written');
  return (used.user + used.system) / ENVELOPES;
}

let same = true;
for (const batch of batches) {
  const a = base.writeEnvelope(header, batch, 1_765_000_000_000, 'deflate');
  const b = writeEnvelope(header, batch, 1_765_000_000_000, 'deflate');
  if (!Buffer.from(a).equals(Buffer.from(b))) same = false;
}
const baseUs: number[] = [];
const ourUs: number[] = [];
run(base.writeEnvelope);
run(writeEnvelope);
for (let round = 0; round < Number(args.rounds); round++) {
  baseUs.push(run(base.writeEnvelope));
  ourUs.push(run(writeEnvelope));
}
const entryBytes = batches[0]!.reduce((sum, r) => sum + r.bytes.length + 3, 0);
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
console.log(`deflater_path: ${deflaterPath()}`);
console.log(`record_entry_bytes: ${entryBytes} bytes`);
console.log(`envelope_bytes_base: ${base.writeEnvelope(header, batches[0]!, 1_765_000_000_000, 'deflate').length} bytes`);
console.log(`envelope_bytes_this: ${writeEnvelope(header, batches[0]!, 1_765_000_000_000, 'deflate').length} bytes`);
console.log(`envelopes_byte_identical: ${same ? 1 : 0} bool`);
console.log(`cpu_per_envelope_base: ${median(baseUs).toFixed(2)} us   (rounds ${baseUs.map((x) => x.toFixed(1)).join(' / ')})`);
console.log(`cpu_per_envelope_this: ${median(ourUs).toFixed(2)} us   (rounds ${ourUs.map((x) => x.toFixed(1)).join(' / ')})`);
