import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type Socket } from 'node:net';
import { silentLogger } from '../../kernel/logger.js';
import type { OutpostError } from '../../kernel/errors.js';
import { HttpCamera } from '../../drivers/camera/http-camera.js';
import { startCameraServer } from '../support/camera-server.js';
import { freePort } from '../support/net.js';
import { onCleanup } from '../support/cleanup.js';

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);

function camera(url: string, extra: { username?: string; password?: string; maxBytes?: number; timeoutMs?: number } = {}): HttpCamera {
  return new HttpCamera({ name: 'bus:cam', log: silentLogger(), url: new URL(url), username: extra.username, password: extra.password, connectTimeoutMs: 1000, timeoutMs: extra.timeoutMs ?? 3000, maxBytes: extra.maxBytes ?? 1_000_000, retry: { minMs: 60_000, maxMs: 60_000 } });
}

async function failure(cam: HttpCamera): Promise<OutpostError> {
  return cam.grab().then(
    () => {
      throw new Error('the grab was expected to fail');
    },
    (error: unknown) => error as OutpostError,
  );
}

test('Digest SHA-256 (Apache lacks it: a Node server checks the hashes itself), nonce reused, stale handled', async () => {
  const server = await startCameraServer({ digest: { user: 'viewer', password: 'pw', realm: 'cam', algorithm: 'SHA-256' }, answer: (_request, response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg) });
  const cam = camera(server.url('/ISAPI/Streaming/channels/101/picture?x=1'), { username: 'viewer', password: 'pw' });
  await cam.start();
  assert.ok((await cam.grab()).bytes.equals(jpeg));
  assert.is(cam.info().auth, 'digest SHA-256');
  server.expireNonce();
  assert.ok((await cam.grab()).bytes.equals(jpeg));
  assert.equal(server.statuses, [401, 200, 200, 401, 200]);
  assert.equal(server.ncs, ['00000001', '00000002', '00000001']);
  await cam.stop();
  await server.close();
});

test('a 200 MB "image" declared by Content-Length is refused before its body is read', async () => {
  let sent = 0;
  const server = await startCameraServer({
    answer: (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(200 * 1024 * 1024) });
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = (): void => {
        while (sent < 200 * 1024 * 1024 && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
      };
      response.on('close', () => (sent = Infinity));
      pump();
    },
  });
  const cam = camera(server.url('/snap.jpg'));
  await cam.start();
  assert.is(cam.health().status, 'fault');
  assert.match(cam.health().message ?? '', /sent more than max_image \(1000000 bytes\): it declares 209715200 bytes; point url at a snapshot/);
  await cam.stop();
  await server.close();
});

test('an endless chunked answer is cut off at max_image by counting, with memory bounded', async () => {
  const server = await startCameraServer({
    answer: (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(256 * 1024, 0xff);
      const pump = (): void => {
        while (!response.destroyed) if (!response.write(chunk)) return void response.once('drain', pump);
      };
      pump();
    },
  });
  const rssBefore = process.memoryUsage().rss;
  const cam = camera(server.url('/snap.jpg'), { maxBytes: 8_000_000 });
  await cam.start();
  for (let index = 0; index < 5; index++) assert.is((await failure(cam)).code, 'camera.too_large');
  assert.match(cam.health().message ?? '', /more than that arrived/);
  assert.ok(process.memoryUsage().rss - rssBefore < 120_000_000, `rss grew by ${process.memoryUsage().rss - rssBefore}`);
  await cam.stop();
  await server.close();
});

test('a camera that accepts the connection and never answers: a timeout within the bound, then a fault', async () => {
  const sockets: Socket[] = [];
  const stalled = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
  onCleanup(() => stalled.close());
  const port = (stalled.address() as { port: number }).port;
  const cam = camera(`http://127.0.0.1:${port}/snap.jpg`, { timeoutMs: 800 });
  const started = Date.now();
  await cam.start();
  assert.ok(Date.now() - started < 2500, 'start waited no longer than the timeout');
  assert.is(cam.health().status, 'fault');
  assert.match(cam.health().message ?? '', /no complete answer within 800 ms from http:\/\/127\.0\.0\.1:\d+\/snap\.jpg/);
  assert.is((await failure(cam)).code, 'camera.timeout');
  await cam.stop();
  for (const socket of sockets) socket.destroy();
  stalled.close();
});

test('nothing listening: camera.unreachable says the connection was refused', async () => {
  const cam = camera(`http://127.0.0.1:${await freePort()}/snap.jpg?user=admin&pwd=hunter2`);
  await cam.start();
  const error = await failure(cam);
  assert.is(error.code, 'camera.unreachable');
  assert.match(error.describe(), /cannot reach http:\/\/127\.0\.0\.1:\d+\/snap\.jpg\?user=\*\*\*&pwd=\*\*\*: the connection was refused/);
  assert.not.match(error.describe(), /hunter2|admin/);
  await cam.stop();
});

test('bytes that are not a JPEG are refused with what they start with', async () => {
  const server = await startCameraServer({ answer: (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a', 'hex')) });
  const cam = camera(server.url('/snap.png'));
  await cam.start();
  assert.match(cam.health().message ?? '', /answered 8 bytes of image\/png that are not a JPEG \(they start with 89504e47, a JPEG with ffd8ff\)/);
  await cam.stop();
  await server.close();
});

test('a camera that comes back is used at once by the next grab, without waiting for the retry', async () => {
  let up = false;
  const server = await startCameraServer({ answer: (_request, response) => (up ? response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg) : response.writeHead(503).end()) });
  const cam = camera(server.url('/snap.jpg'));
  await cam.start();
  assert.is(cam.health().status, 'fault');
  assert.match(cam.health().message ?? '', /answered HTTP 503/);
  up = true;
  assert.ok((await cam.grab()).bytes.equals(jpeg));
  assert.is(cam.health().status, 'ok');
  assert.equal(server.statuses, [503, 200], 'the frame that proved it back is the one returned');
  await cam.stop();
  await server.close();
});

test.run();
