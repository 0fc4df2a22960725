import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import type { Camera } from '../../drivers/camera/types.js';
import { apacheMissing, htdigestFile, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
import { startCameraServer, type CameraServer } from '../support/camera-server.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

/**
 * The Camera contract (drivers/camera/types.ts), run against every backend and peer: HTTP
 * snapshots from Apache httpd (Digest MD5) and from a Node camera (Digest SHA-256). Invariants:
 * 1. Before start(), grab() rejects with `camera.stopped`; stop() is safe before start() and twice.
 * 2. After start(), grab() resolves a JPEG frame stamped by the post's clock (requested ≤
 *    received, both within the call); health is `ok`.
 * 3. info().url never carries the password.
 * 4. A camera that goes away: grab() rejects with an OutpostError whose code starts `camera.`,
 *    health is `fault` naming the URL; when it comes back the next grab() succeeds and health
 *    is `ok` again, without waiting for the retry.
 * 5. After stop(), health is `stopped` and grab() rejects with `camera.stopped`.
 */

interface Peer {
  url: string;
  jpeg: Buffer;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

async function apachePeer(): Promise<Peer> {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const jpeg = testPatternJpeg(dir, 640, 360);
  const users = htdigestFile(dir, 'camera', 'viewer', 's3cret');
  const options = { files: { 'snap.jpg': jpeg }, config: ['<Location />', 'AuthType Digest', 'AuthName camera', 'AuthDigestProvider file', `AuthUserFile ${users}`, 'Require valid-user', '</Location>'].join('\n') };
  let apache: Apache | undefined = await startApache(options);
  const port = apache.port;
  return {
    url: apache.url('/snap.jpg'),
    jpeg,
    down: async () => {
      await apache?.stop();
      apache = undefined;
    },
    up: async () => {
      apache = await startApache({ ...options, port });
    },
    close: async () => apache?.stop(),
  };
}

async function nodePeer(): Promise<Peer> {
  const jpeg = testPatternJpeg(tempDir(), 320, 240);
  const answer = { answer: (_request: unknown, response: ServerResponse) => void response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg), digest: { user: 'viewer', password: 's3cret', realm: 'cam', algorithm: 'SHA-256' as const } };
  let server: CameraServer | undefined = await startCameraServer(answer);
  const url = server.url('/snap.jpg');
  const port = Number(new URL(url).port);
  return {
    url,
    jpeg,
    down: async () => {
      await server?.close();
      server = undefined;
    },
    up: async () => {
      server = await startCameraServer({ ...answer, port });
    },
    close: async () => server?.close(),
  };
}

const implementations: { name: string; skip: string | undefined; peer: () => Promise<Peer> }[] = [
  { name: 'HTTP snapshot, Apache httpd, Digest MD5', skip: apacheMissing(), peer: apachePeer },
  { name: 'HTTP snapshot, Node camera, Digest SHA-256', skip: undefined, peer: nodePeer },
];

for (const implementation of implementations) {
  const test = suite(`Camera: ${implementation.name}`);
  testUnless(test, implementation.skip, 'the contract\'s invariants', async () => {
    const peer = await implementation.peer();
    const camera: Camera = createCameraBus(cameraBusSchema.parse({ type: 'camera', url: peer.url, username: 'viewer', password: 's3cret', timeout: '3s', reconnect: { min: '1m', max: '1m' } }), { name: 'conformance', log: silentLogger() });
    try {
      // 1
      await camera.stop();
      const early = await camera.grab().then(() => undefined, (error: unknown) => error);
      assert.ok(early instanceof OutpostError && early.code === 'camera.stopped', 'grab before start');
      // 2
      await camera.start();
      const before = Date.now();
      const frame = await camera.grab();
      const after = Date.now();
      assert.ok(frame.bytes.equals(peer.jpeg));
      assert.ok(before <= frame.requestedUnixMs && frame.requestedUnixMs <= frame.receivedUnixMs && frame.receivedUnixMs <= after);
      assert.is(camera.health().status, 'ok');
      // 3
      assert.not.match(camera.info().url, /s3cret/);
      // 4
      await peer.down();
      const lost = await camera.grab().then(() => undefined, (error: unknown) => error);
      assert.ok(lost instanceof OutpostError && lost.code.startsWith('camera.'), String(lost));
      assert.is(camera.health().status, 'fault');
      assert.ok((camera.health().message ?? '').includes(peer.url));
      await peer.up();
      assert.ok((await camera.grab()).bytes.equals(peer.jpeg));
      assert.is(camera.health().status, 'ok');
      // 5
      await camera.stop();
      await camera.stop();
      assert.is(camera.health().status, 'stopped');
      const late = await camera.grab().then(() => undefined, (error: unknown) => error);
      assert.ok(late instanceof OutpostError && late.code === 'camera.stopped', 'grab after stop');
    } finally {
      await camera.stop();
      await peer.close();
    }
  });
  test.run();
}
