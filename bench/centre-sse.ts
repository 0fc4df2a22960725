/**
 * SSE fan-out: what 100 clients on /api/stream cost the centre while posts send 100 records/s.
 * The centre runs as its own process (`outpost centre`, the real CLI, embedded broker, SQLite);
 * this process publishes envelopes as posts would and holds the clients, so its own CPU is not
 * counted. The centre's CPU time comes from /proc/PID/stat over rounds without clients and with
 * them, alternated (A B A B) so a change in the machine's load falls on both. Every client must
 * receive every record of a round, or the figure is not printed. Prints `name: value unit`.
 *
 *   npx tsx bench/centre-sse.ts [--clients N] [--rate RECORDS_PER_S] [--seconds S] [--rounds N]
 */
import { readFileSync } from 'node:fs';
import { get, type ClientRequest } from 'node:http';
import { parseArgs } from 'node:util';
import { readingsEnvelope, startCentreProcess } from '../test/centre/centre-process.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
});
const CLIENTS = Number(args.clients);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
/** Records per envelope: a post's batch; ten envelopes a second at the default rate. */
const PER_ENVELOPE = 10;
const POSTS = 10;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const centre = await startCentreProcess();
const pid = centre.peer.child.pid as number;
const publisher = await centre.client();
let sent = 0;
const seqs = new Map<number, number>();
// Paced by the clock, not by the timer's count: a late tick sends what is due.
const feedStart = performance.now();
const feeder = setInterval(() => {
  const due = Math.floor(((performance.now() - feedStart) / 1000) * RATE);
  while (sent + PER_ENVELOPE <= due) {
    const post = (sent / PER_ENVELOPE) % POSTS;
    const first = seqs.get(post) ?? 1;
    seqs.set(post, first + PER_ENVELOPE);
    const postId = `bp-${String(post).padStart(3, '0')}`;
    publisher.publish(`outpost/v1/${postId}/up`, Buffer.from(readingsEnvelope(postId, 1n, Array.from({ length: PER_ENVELOPE }, (_, index) => first + index))), { qos: 1 });
    sent += PER_ENVELOPE;
  }
}, 20);

interface Client {
  request: ClientRequest;
  events: number;
}

/** `count` clients on /api/stream, resolved once each has its stream's opening comment. */
async function connect(count: number): Promise<Client[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Client>((resolve, reject) => {
          const client: Client = { request: get(`${centre.api}/api/stream`, { headers: { accept: 'text/event-stream' } }), events: 0 };
          client.request.once('error', reject);
          client.request.once('response', (response) => {
            let tail = '';
            response.setEncoding('utf8');
            response.on('data', (text: string) => {
              const chunk = tail + text;
              client.events += chunk.split('event: record\n').length - 1;
              tail = chunk.slice(-14);
              if (tail.includes('event: record\n')) tail = '';
              resolve(client);
            });
          });
        }),
    ),
  );
}

/** The centre's share of one core over `SECONDS`, and how many records were stored in it. */
async function measure(): Promise<{ percent: number; stored: number }> {
  const storedBefore = (await centre.stats()).stored;
  const cpuBefore = cpuSeconds(pid);
  const start = performance.now();
  await sleep(SECONDS * 1000);
  const percent = ((cpuSeconds(pid) - cpuBefore) / ((performance.now() - start) / 1000)) * 100;
  return { percent, stored: (await centre.stats()).stored - storedBefore };
}

try {
  await centre.stats();
  // Warm up: the JIT, the database's pages, the broker's session.
  await sleep(5000);
  const idle: number[] = [];
  const busy: number[] = [];
  let delivered = 0;
  let expected = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    idle.push((await measure()).percent);
    const clients = await connect(CLIENTS);
    await sleep(2000);
    const counted = clients.map((client) => client.events);
    const { percent, stored } = await measure();
    // A record stored near a round's edge may be counted by one side and not the other: allow one envelope.
    const short = clients.filter((client, index) => Math.abs(client.events - (counted[index] as number) - stored) > PER_ENVELOPE);
    if (short.length > 0) throw new Error(`${short.length} of ${CLIENTS} clients did not get every record of the round (${stored} stored)`);
    busy.push(percent);
    delivered += clients.reduce((sum, client, index) => sum + client.events - (counted[index] as number), 0);
    expected += stored * CLIENTS;
    for (const client of clients) client.request.destroy();
    await sleep(1000);
  }
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(`sse_clients: ${CLIENTS} clients`);
  console.log(`sse_records_per_s: ${RATE} records/s`);
  console.log(`sse_events_delivered: ${delivered} events (${expected} records × clients stored in the rounds)`);
  console.log(`sse_centre_cpu_without_clients: ${mean(idle).toFixed(1)} %`);
  console.log(`sse_centre_cpu_with_clients: ${mean(busy).toFixed(1)} %`);
  console.log(`sse_fanout_cpu_percent: ${(mean(busy) - mean(idle)).toFixed(1)} %`);
} finally {
  clearInterval(feeder);
  publisher.end(true);
  await centre.peer.stop();
}
