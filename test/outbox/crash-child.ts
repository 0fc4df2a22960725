/**
 * The process the crash test kills: it enqueues, leases, acks and releases in a loop and
 * prints, with a synchronous write, each seq the moment its enqueue resolved (`E seq token`) and
 * each ack before it is made (`A first last`). Usage: crash-child <store path> <run number> [readings|journal] [reopen]:
 * with `readings`, it enqueues only readings, stored with `readings_sync: normal`; with `journal`,
 * only readings with `readings_sync: full`, which go to the staging journal; with `reopen`, it
 * closes and reopens the store every other round, so its acks are written (at close) and settled
 * segments start new generations in place while kills land.
 */
import { writeSync } from 'node:fs';
import { SqliteOutbox, outboxOptionsFrom } from '../../agent/outbox/index.js';

const [path, run, ...modes] = process.argv.slice(2);
if (path === undefined || run === undefined) throw new Error('usage: crash-child <store path> <run number> [readings|journal] [reopen]');
const journal = modes.includes('journal');
const normal = modes.includes('readings');
const readings = normal || journal;
const reopen = modes.includes('reopen');

// Segments of 64 records: kills land while segments are created and dropped.
const openStore = (): SqliteOutbox => SqliteOutbox.open(path, { ...outboxOptionsFrom({
    path,
    max_bytes: 256e6,
    max_records: 1e6,
    ttl: { alarm: 30 * 86_400_000, status: 7 * 86_400_000, bulk: 2 * 86_400_000 },
    compact_status: false,
    group_commit: 2,
    readings_sync: normal ? 'normal' : 'full',
    staging_journal: journal,
    lease: 50,
    memory_queue: 1000,
    drop_report_interval: 60_000,
  }), segment: { records: 64, bytes: 1e9 } });
let outbox = openStore();
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};
say(`ready ${outbox.storeId}`);

let made = 0;
function records(count: number) {
  return Array.from({ length: count }, () => {
    const token = `${run}-${made++}`;
    if (readings) return { reading: { sensor: token, channels: [{ name: 'v' }], samples: [{ offsetMs: 0, values: [made] }] } };
    return made % 7 === 0 ? { snapshot: { camera: token, data: new Uint8Array(300) } } : { detection: { id: token } };
  });
}

async function enqueueOne(): Promise<void> {
  const batch = records(1 + Math.floor(Math.random() * 8));
  const seqs = await outbox.enqueue(batch);
  say(seqs.map((seq, index) => `E ${seq} ${batch[index]?.detection?.id ?? batch[index]?.snapshot?.camera ?? batch[index]?.reading?.sensor}`).join('\n'));
}

for (let round = 1; ; round++) {
  if (reopen && round % 2 === 0) {
    await outbox.close();
    outbox = openStore();
  }
  await Promise.all([enqueueOne(), enqueueOne(), enqueueOne()]);
  const lease = outbox.nextBatch({ maxBytes: 8_000, maxRecords: 20 });
  if (lease === undefined) continue;
  if (Math.random() < 0.2) {
    outbox.release(lease);
    continue;
  }
  const seqs = lease.records.map((record) => record.seq);
  const first = Math.min(...seqs);
  const last = Math.max(...seqs);
  say(`A ${first} ${last}`);
  outbox.ack([{ first, last }]);
}
