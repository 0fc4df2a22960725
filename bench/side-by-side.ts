/**
 * Outpost beside Node-RED on the same job (issue 13): runs the shared side-by-side script
 * (shared/bench/side-by-side/run.sh, found in a folder above the project or at
 * $OUTPOST_SIDE_BY_SIDE) from the project root and prints its `name: value unit` lines, the
 * CPU and RSS ratios among them. Arguments pass through: RUNS SECONDS WARM.
 *
 *   npm run bench:side-by-side [-- 3 60 30]      (after npm run build; needs mosquitto, and the
 *                                                npm registry once, to install Node-RED)
 *
 * Then it checks the other half from the run's files: every record the agent made (its
 * outbox's next seq) is at the centre or still in the outbox, and exits 1 when one is missing. It
 * also prints the readings the centre holds per second of the run (10 when no poll was missed).
 *
 *   npm run bench:side-by-side -- --check /tmp/sbs-run.XXXX     (only the check, on an earlier run's files)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../kernel/sqlite.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function findScript(): string | undefined {
  const given = process.env['OUTPOST_SIDE_BY_SIDE'];
  if (given !== undefined) return existsSync(given) ? given : undefined;
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench', 'side-by-side', 'run.sh');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

// `-- --check DIR`: only the delivery check, on the files of an earlier run (run.sh prints `# logs: DIR`).
const checkAt = process.argv.indexOf('--check');
if (checkAt >= 0) {
  const dir = process.argv[checkAt + 1];
  if (dir === undefined || !existsSync(join(dir, 'outbox.db'))) {
    console.error(`--check expects the folder of an earlier run, holding outbox.db and centre.db (run.sh prints it as "# logs: DIR"), found ${dir ?? 'nothing'}`);
    process.exit(2);
  }
  process.exit(checkDelivery(dir) ? 0 : 1);
}

const script = findScript();
if (script === undefined) {
  console.error('expected shared/bench/side-by-side/run.sh in a folder above the project, found none: set OUTPOST_SIDE_BY_SIDE to its path');
  process.exit(2);
}
const run = spawn('bash', [script, ...process.argv.slice(2)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let logs: string | undefined;
for await (const line of createInterface({ input: run.stdout })) {
  console.log(line);
  logs = /^# logs: (.+)$/.exec(line)?.[1] ?? logs;
}
const status = await new Promise<number>((resolve) => run.once('close', (code) => resolve(code ?? 1)));
if (status !== 0 || logs === undefined) process.exit(status || 1);
process.exit(checkDelivery(logs) ? 0 : 1);

/** Every record the agent made is at the centre or still in its outbox; readings every second. */
function checkDelivery(dir: string): boolean {
  const outbox = openDatabase(join(dir, 'outbox.db'), { readonly: true, fileMustExist: true });
  const centre = openDatabase(join(dir, 'centre.db'), { readonly: true, fileMustExist: true });
  try {
    const store = outbox.prepare('SELECT store_id AS storeId, next_seq AS nextSeq FROM store').get() as { storeId: string; nextSeq: number };
    const waiting = new Set((outbox.prepare('SELECT seq FROM records').all() as { seq: number }[]).map((row) => row.seq));
    const atCentre = centre.prepare('SELECT seq FROM records WHERE store_id = ?').all(store.storeId) as { seq: number }[];
    const seqs = new Set(atCentre.map((row) => row.seq));
    let missing = 0;
    for (let seq = 1; seq < store.nextSeq; seq++) if (!seqs.has(seq) && !waiting.has(seq)) missing++;
    const readings = centre.prepare(`SELECT count(*) AS n, min(time_unix_ms) AS first, max(time_unix_ms) AS last FROM records WHERE store_id = ? AND kind = 'reading'`).get(store.storeId) as { n: number; first: number; last: number };
    const seconds = Math.round((readings.last - readings.first) / 1000) + 1;
    console.log(`records_made_by_agent: ${store.nextSeq - 1} count`);
    console.log(`records_at_centre: ${seqs.size} count`);
    console.log(`records_still_in_outbox: ${waiting.size} count`);
    console.log(`records_missing: ${missing} count`);
    console.log(`readings_at_centre_per_second_of_run: ${(readings.n / seconds).toFixed(2)} records/s (10 devices at 1 Hz: 10)`);
    if (missing > 0) console.error(`${missing} record(s) the agent made are neither at the centre nor in its outbox: see ${dir}`);
    return missing === 0;
  } finally {
    outbox.close();
    centre.close();
  }
}
