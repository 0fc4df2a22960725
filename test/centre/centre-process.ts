import Long from 'long';
import mqtt from 'mqtt';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { writeEnvelope } from '../../agent/uplink/index.js';
import type { CentreStats } from '../../centre/index.js';
import { freePort } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');

/** `outpost centre` as its own process (the real CLI), on free loopback ports, in a temp dir. */
export interface CentreProcess {
  readonly peer: Peer;
  readonly api: string;
  readonly broker: string;
  readonly db: string;
  stats(): Promise<CentreStats>;
  get(path: string): Promise<{ status: number; body: string }>;
  /** An MQTT client on the centre's embedded broker (no reconnect). */
  client(clientId?: string): Promise<mqtt.MqttClient>;
}

/** Without `secure`, the centre runs with `--insecure`: these tests speak for any post and read the API anonymously. */
export async function startCentreProcess(extraArgs: readonly string[] = [], options: { umask?: string; secure?: boolean; db?: string } = {}): Promise<CentreProcess> {
  const http = await freePort();
  const db = options.db ?? join(tempDir(), 'centre.db');
  const args = ['--import', 'tsx', 'agent/cli/main.ts', 'centre', '--embedded-broker', '127.0.0.1:0', '--http', `127.0.0.1:${http}`, '--db', db, ...(options.secure === true ? [] : ['--insecure']), ...extraArgs];
  const peer =
    options.umask === undefined
      ? startPeer(process.execPath, args, { cwd: root, env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } })
      : startPeer('/bin/sh', ['-c', `umask ${options.umask} && exec "$0" "$@"`, process.execPath, ...args], { cwd: root, env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
  const ready = await peer.waitForOutput(/centre ready: broker (mqtt:\/\/127\.0\.0\.1:\d+)/, 30_000);
  const api = `http://127.0.0.1:${http}`;
  const broker = ready[1] as string;
  const get = async (path: string): Promise<{ status: number; body: string }> => {
    const response = await fetch(`${api}${path}`);
    return { status: response.status, body: await response.text() };
  };
  const clients: mqtt.MqttClient[] = [];
  void peer.exited.then(() => clients.forEach((client) => client.end(true)));
  return {
    peer,
    api,
    broker,
    db,
    get,
    stats: async () => JSON.parse((await get('/api/stats')).body) as CentreStats,
    async client(clientId) {
      const client = mqtt.connect(broker, { reconnectPeriod: 0, ...(clientId === undefined ? {} : { clientId }) });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('error', reject);
      });
      return client;
    },
  };
}

/** A valid envelope of Reading records with these seqs, as a post would send it. */
export function readingsEnvelope(postId: string, storeId: bigint, seqs: readonly (number | bigint)[]): Uint8Array {
  const records = seqs.map((seq) => ({
    bytes: v1.Record.encode({
      seq: typeof seq === 'bigint' ? Long.fromString(seq.toString(), true) : seq,
      timeUnixMs: Date.now(),
      priority: v1.Priority.PRIORITY_STATUS,
      reading: { sensor: 'power', channels: [{ name: 'v', unit: 'V' }], samples: [{ values: [12.5] }] },
    }).finish(),
  }));
  return writeEnvelope({ postId, storeId }, records, Date.now());
}

/**
 * The longest gap between answers while polling `GET /api/stats` back to back until `done`
 * resolves: how long the centre's event loop was blocked, seen from outside.
 */
export async function longestStall(centre: CentreProcess, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => (finished = true));
  let longest = 0;
  let last = performance.now();
  while (!finished) {
    await centre.get('/api/stats');
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return longest;
}
