import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import type { Camera } from '../../drivers/camera/types.js';
import { apacheMissing, htdigestFile, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
import { startCameraServer, type CameraServer } from '../support/camera-server.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { onvifPeerMissing, startOnvifPeer, type OnvifPeer } from '../camera/onvif-peer.js';
import { rtspPeerMissing, startRtspPeer, type RtspPeer } from '../camera/rtsp-peer.js';

/**
 * The Camera contract (drivers/camera/types.ts), run against every backend and peer: HTTP
 * snapshots from Apache httpd (Digest MD5) and from a Node camera (Digest SHA-256), an ONVIF
 * camera (Python, WS-UsernameToken), and RTSP through ffmpeg from a GStreamer server. Invariants:
 * 1. Before start(), grab() rejects with `camera.stopped`; stop() is safe before start() and twice.
 * 2. After start(), grab() resolves the camera's picture as a JPEG, stamped by the post's clock (requested ≤
 *    received, both within the call); health is `ok`.
 * 3. info().url never carries the password.
 * 4. A camera that goes away: grab() rejects with an OutpostError whose code starts `camera.`,
 *    health is `fault` naming the camera's address; when it comes back the next grab() succeeds and health
 *    is `ok` again, without waiting for the retry.
 * 5. After stop(), health is `stopped` and grab() rejects with `camera.stopped`.
 */

interface Peer {
  /** The bus entry's source: { url }, { onvif } or { rtsp }. */
  source: Record<string, string>;
  /** host:port, which a fault must name. */
  where: string;
  /** Whether a frame is this camera's picture. */
  isPicture(frame: Buffer): Promise<boolean>;
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
    source: { url: apache.url('/snap.jpg') },
    where: `127.0.0.1:${port}`,
    isPicture: async (frame) => frame.equals(jpeg),
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
    source: { url },
    where: `127.0.0.1:${port}`,
    isPicture: async (frame) => frame.equals(jpeg),
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

async function onvifPeer(): Promise<Peer> {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 320, 240);
  const options = { user: 'viewer', password: 's3cret', jpeg: join(dir, 'testsrc-320x240.jpg') };
  let camera: OnvifPeer | undefined = await startOnvifPeer(options);
  const { deviceUrl, httpPort } = camera;
  return {
    source: { onvif: deviceUrl },
    where: `127.0.0.1:${httpPort}`,
    isPicture: async (frame) => frame.equals(jpeg),
    down: async () => {
      await camera?.peer.stop();
      camera = undefined;
    },
    up: async () => {
      camera = await startOnvifPeer({ ...options, port: httpPort });
    },
    close: async () => camera?.peer.stop(),
  };
}

async function rtspPeer(): Promise<Peer> {
  let server: RtspPeer | undefined = await startRtspPeer('viewer', 's3cret');
  const { port } = server;
  return {
    source: { rtsp: server.url('/mjpeg') },
    where: `127.0.0.1:${port}`,
    isPicture: async (frame) => {
      const meta = await sharp(frame).metadata();
      return meta.format === 'jpeg' && meta.width === 320 && meta.height === 240;
    },
    down: async () => {
      await server?.peer.stop();
      server = undefined;
    },
    up: async () => {
      server = await startRtspPeer('viewer', 's3cret', port);
    },
    close: async () => server?.peer.stop(),
  };
}

const implementations: { name: string; skip: string | undefined; peer: () => Promise<Peer> }[] = [
  { name: 'HTTP snapshot, Apache httpd, Digest MD5', skip: apacheMissing(), peer: apachePeer },
  { name: 'HTTP snapshot, Node camera, Digest SHA-256', skip: undefined, peer: nodePeer },
  { name: 'ONVIF, Python camera, WS-UsernameToken and Digest MD5', skip: onvifPeerMissing(), peer: onvifPeer },
  { name: 'RTSP through ffmpeg, GStreamer server, MJPEG', skip: rtspPeerMissing(), peer: rtspPeer },
];

for (const implementation of implementations) {
  const test = suite(`Camera: ${implementation.name}`);
  testUnless(test, implementation.skip, 'the contract\'s invariants', async () => {
    const peer = await implementation.peer();
    const camera: Camera = createCameraBus(cameraBusSchema.parse({ type: 'camera', ...peer.source, username: 'viewer', password: 's3cret', timeout: '3s', reconnect: { min: '1m', max: '1m' } }), { name: 'conformance', log: silentLogger() });
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
      assert.ok(await peer.isPicture(frame.bytes));
      assert.ok(before <= frame.requestedUnixMs && frame.requestedUnixMs <= frame.receivedUnixMs && frame.receivedUnixMs <= after);
      assert.is(camera.health().status, 'ok');
      // 3
      assert.not.match(camera.info().url, /s3cret/);
      // 4
      await peer.down();
      const lost = await camera.grab().then(() => undefined, (error: unknown) => error);
      assert.ok(lost instanceof OutpostError && lost.code.startsWith('camera.'), String(lost));
      assert.is(camera.health().status, 'fault');
      assert.ok((camera.health().message ?? '').includes(peer.where), camera.health().message);
      await peer.up();
      assert.ok(await peer.isPicture((await camera.grab()).bytes));
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
