import { join } from 'node:path';
import type { Test } from 'uvu';
import type { PostFleet } from '../../bench/post-fleet.js';
import { freePort } from '../support/net.js';
import { POSTGRES_PASSWORD, TestPostgres } from '../support/postgres.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';
import { startPeer, type Peer } from '../support/process.js';

const root = join(import.meta.dirname, '..', '..');

/** One `outpost centre` worker process (the real CLI) sharing ingest through Mosquitto and PostgreSQL. */
export class Worker {
  peer: Peer;
  readonly api: string;

  private constructor(
    private readonly args: readonly string[],
    readonly httpPort: number,
    private readonly tree: string,
  ) {
    this.api = `http://127.0.0.1:${httpPort}`;
    this.peer = Worker.spawn(args, tree);
  }

  /**
   * The password reaches it in PGPASSWORD, as a deployment would give it; the URL carries none.
   * `tree`: the source tree to run (another checkout, for a bench's baseline); default this one.
   */
  static async start(broker: string, db: string, role: 'ingest' | 'api' | 'all' = 'all', share = true, tree = root): Promise<Worker> {
    const httpPort = await freePort();
    const mqttSide = role === 'api' ? [] : ['--broker', broker, ...(share ? ['--share-group', 'centre'] : [])];
    // --insecure: the simulated posts have no MQTT passwords, and the SQLite bench worker is measured alike.
    const worker = new Worker(['centre', ...mqttSide, '--db', db, '--http', `127.0.0.1:${httpPort}`, '--worker-role', role, '--insecure'], httpPort, tree);
    await worker.ready();
    return worker;
  }

  /**
   * OUTPOST_WORKER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) goes to each worker's node: NODE_OPTIONS refuses --cpu-prof.
   * OUTPOST_WORKER_BUILT=1 runs the tree's build (`bin/outpost.js`, as a centre is deployed) instead of its sources under tsx.
   */
  private static spawn(args: readonly string[], tree: string): Peer {
    const nodeArgs = (process.env['OUTPOST_WORKER_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg !== '');
    const entry = process.env['OUTPOST_WORKER_BUILT'] === '1' ? ['bin/outpost.js'] : ['--import', 'tsx', 'agent/cli/main.ts'];
    return startPeer(process.execPath, [...nodeArgs, ...entry, ...args], { cwd: tree, env: { ...process.env, OUTPOST_LOG_LEVEL: 'warn', PGPASSWORD: POSTGRES_PASSWORD } });
  }

  async ready(): Promise<void> {
    await this.peer.waitForOutput(/centre ready: /, 60_000);
  }

  /** SIGTERM (acks what it queued, then leaves), then the same worker again. */
  async restart(): Promise<void> {
    await this.peer.stop(10_000);
    this.peer = Worker.spawn(this.args, this.tree);
    await this.ready();
  }

  async stats(): Promise<{ stored: number; storeErrors: number }> {
    return (await (await fetch(`${this.api}/api/stats`)).json()) as { stored: number; storeErrors: number };
  }
}

/** Exactly once, from the database: no (post, store, seq) twice, and each post's seqs 1..last all there. */
export async function storedPerPost(server: TestPostgres, database: string): Promise<{ total: number; twice: number; perPost: Map<string, { count: number; max: number }> }> {
  const [totals] = await server.query<{ total: string; distinct_keys: string }>('SELECT count(*) AS total, count(DISTINCT (post_id, store_id, seq)) AS distinct_keys FROM records', [], database);
  const rows = await server.query<{ post_id: string; count: string; max: string }>('SELECT post_id, count(*) AS count, max(seq) AS max FROM records GROUP BY post_id', [], database);
  const total = Number(totals?.total ?? 0);
  return { total, twice: total - Number(totals?.distinct_keys ?? 0), perPost: new Map(rows.map((row) => [row.post_id, { count: Number(row.count), max: Number(row.max) }])) };
}

/** Reads one worker's SSE stream, counting records per post. */
export function watchStream(api: string): { seen: Set<string>; close: () => void } {
  const seen = new Set<string>();
  const abort = new AbortController();
  void (async () => {
    const response = await fetch(`${api}/api/stream`, { signal: abort.signal });
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(text.slice(0, end))?.[1];
        text = text.slice(end + 2);
        if (data === undefined) continue;
        const record = JSON.parse(data) as { postId: string; storeId: string; seq: string };
        seen.add(`${record.postId}/${record.storeId}/${record.seq}`);
      }
    }
  })().catch(() => undefined);
  return { seen, close: () => abort.abort() };
}

/**
 * What the worker suites share: PostgreSQL and a Mosquitto with deep queues, started once for the
 * suite (unless `missing` says why they cannot be); the workers and the post fleet a test started
 * are stopped after it, even when it fails.
 */
export class WorkerRig {
  private pg: TestPostgres | undefined;
  private mosquitto: Mosquitto | undefined;
  readonly workers: Worker[] = [];
  fleet: PostFleet | undefined;

  constructor(test: Test, missing: string | undefined) {
    test.before(async () => {
      if (missing !== undefined) return;
      this.pg = await TestPostgres.start();
      // Deep queues: a worker that falls behind must be paced, not have QoS 1 messages dropped.
      this.mosquitto = await Mosquitto.start(tempDir(), { extra: ['allow_anonymous true', 'max_queued_messages 100000'] });
    });
    test.after.each(async () => {
      await this.fleet?.stop();
      this.fleet = undefined;
      await Promise.all(this.workers.splice(0).map((worker) => worker.peer.stop()));
    });
    test.after(async () => {
      await this.mosquitto?.stop();
      await this.pg?.stop();
    });
  }

  get server(): TestPostgres {
    return this.pg as TestPostgres;
  }

  get brokerUrl(): string {
    return (this.mosquitto as Mosquitto).url;
  }

  /** A fresh database and `count` workers on it, told its URL without the password (they get it from PGPASSWORD). */
  async startWorkers(database: string, count: number): Promise<Worker[]> {
    const url = (await this.server.createDatabase(database)).replace(/:[^:@/]*@/, '@');
    this.workers.push(...(await Promise.all(Array.from({ length: count }, () => Worker.start(this.brokerUrl, url)))));
    return this.workers;
  }
}
