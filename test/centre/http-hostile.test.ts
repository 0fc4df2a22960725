// test lane: waits (the centre's header timeouts run out in real time; alone: 5.0 s of CPU in 25 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect, type Socket } from 'node:net';
import { HTTP_TIMEOUTS } from '../../centre/http-api.js';
import { waitFor } from '../support/net.js';
import { readingsEnvelope, startCentreProcess, type CentreProcess } from './centre-process.js';

/**
 * Hostile clients against the real `outpost centre` process (its fastify server, its timeouts
 * and limits as the CLI sets them): idle sockets, a slowloris, an oversize body.
 */
let centre: CentreProcess;
const sockets: Socket[] = [];

test.before(async () => {
  centre = await startCentreProcess();
});

test.after(async () => {
  for (const socket of sockets) socket.destroy();
  await centre.peer.stop();
});

function open(): Promise<Socket> {
  const { hostname, port } = new URL(centre.api);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends on `socket` until it closes it. */
function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.once('close', () => resolve(answer));
    socket.on('error', () => undefined);
  });
}

/** `promise`, or a rejection naming `what` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

test('5,000 idle sockets do not stop a normal request or ingest, and the server drops them after the header timeout', async () => {
  // Batches: a burst of 5,000 SYNs would overflow the listen backlog and time the test, not the server.
  for (let batch = 0; batch < 25; batch += 1) sockets.push(...(await Promise.all(Array.from({ length: 200 }, () => open()))));
  const closed = sockets.map((socket) => untilClosed(socket));
  const started = performance.now();
  const stats = await centre.get('/api/stats');
  const elapsedMs = performance.now() - started;
  assert.is(stats.status, 200);
  assert.ok(elapsedMs < 2000, `a request among 5,000 idle sockets took ${elapsedMs.toFixed(0)} ms`);

  const before = (await centre.stats()).stored;
  const client = await centre.client();
  await client.publishAsync('outpost/v1/bp-idle/up', Buffer.from(readingsEnvelope('bp-idle', 7n, [1, 2, 3])), { qos: 1 });
  await waitFor('the envelope stored while 5,000 sockets sit idle', async () => (await centre.stats()).stored >= before + 3);
  client.end(true);

  const answers = await within(Promise.all(closed), HTTP_TIMEOUTS.headersMs + 20_000, 'every idle socket closed by the server');
  assert.ok(answers.every((answer) => answer === '' || answer.startsWith('HTTP/1.1 408')), 'dropped, or answered 408 Request Timeout');
  assert.is((await centre.get('/api/stats')).status, 200, 'still serving');
});

test('a slowloris dribbling its headers is cut off by the header timeout', async () => {
  const socket = await open();
  sockets.push(socket);
  const closed = untilClosed(socket);
  const started = performance.now();
  socket.write('GET /api/stats HTTP/1.1\r\nHost: centre\r\n');
  let line = 0;
  const dribble = setInterval(() => {
    if (!socket.destroyed) socket.write(`X-Dribble-${line++}: a\r\n`);
  }, 500);
  try {
    const answer = await closed;
    const elapsedMs = performance.now() - started;
    assert.ok(answer === '' || (answer.startsWith('HTTP/1.1 408') && answer.includes('application/problem+json')), `answered ${JSON.stringify(answer.slice(0, 80))}`);
    assert.ok(elapsedMs >= HTTP_TIMEOUTS.headersMs - 500, `cut off after ${elapsedMs.toFixed(0)} ms, before the header timeout`);
    assert.ok(elapsedMs <= HTTP_TIMEOUTS.headersMs + 5_000, `cut off only after ${elapsedMs.toFixed(0)} ms`);
    assert.ok(line >= 10, `the client kept sending (${line} header lines)`);
  } finally {
    clearInterval(dribble);
  }
});

test('an oversize body is refused with 413 from its Content-Length, before it is sent', async () => {
  const socket = await open();
  sockets.push(socket);
  const closed = untilClosed(socket);
  socket.write('POST /api/login HTTP/1.1\r\nHost: centre\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n{"name":"');
  const answer = await Promise.race([closed, new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))))]);
  assert.match(answer, /^HTTP\/1\.1 413/);
  assert.match(answer, /application\/problem\+json/);
  const streamed = await fetch(`${centre.api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x', password: 'p'.repeat(20_000) }) });
  assert.is(streamed.status, 413);
  assert.match(((await streamed.json()) as { detail: string }).detail, /over 16384 bytes/);
});

test.run();
