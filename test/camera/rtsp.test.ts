// test lane: waits (live RTSP streams and a camera that never answers, in real time; alone: 4.6 s of CPU in 22 s)
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import { RtspSnapshot } from '../../drivers/camera/rtsp/rtsp-snapshot.js';
import type { Camera } from '../../drivers/camera/types.js';
import { runCli } from '../support/cli.js';
import { freePort, waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { testUnless } from '../support/skip.js';
import { ffmpegCommandLines, rtspPeerMissing, startRtspPeer, type RtspPeer } from './rtsp-peer.js';
import { onvifPeerMissing, startOnvifPeer } from './onvif-peer.js';
import { testPatternJpeg } from '../support/apache.js';

const test = suite('RTSP cameras: one frame through ffmpeg from a GStreamer RTSP server');
const missing = rtspPeerMissing();
let server: RtspPeer;
const cameras: Camera[] = [];

function camera(rtsp: string, extra: Record<string, unknown> = {}): Camera {
  const config = cameraBusSchema.parse({ type: 'camera', rtsp, username: 'viewer', password: 'pa ss/w0rd', timeout: '8s', connect_timeout: '2s', reconnect: { min: '1m', max: '1m' }, ...extra });
  const bus = createCameraBus(config, { name: 'track-cam', log: silentLogger() });
  cameras.push(bus);
  return bus;
}

async function failure(grab: Promise<unknown>): Promise<OutpostError> {
  const error = await grab.then(() => undefined, (caught: unknown) => caught);
  assert.instance(error, OutpostError);
  return error as OutpostError;
}

/** A TCP server that accepts and never says a word: a camera whose RTSP service hangs. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => silent.close(() => resolve()));
    },
  };
}

test.before(async () => {
  if (missing !== undefined) return;
  server = await startRtspPeer('viewer', 'pa ss/w0rd');
});

test.after.each(async () => {
  for (const bus of cameras.splice(0)) await bus.stop();
});

test.after(async () => {
  await server?.peer.stop();
});

for (const [path, codec] of [['/mjpeg', 'MJPEG'], ['/h264', 'H.264']] as const) {
  testUnless(test, missing, `one frame from an ${codec} stream, as a JPEG of the stream's size`, async () => {
    const bus = camera(server.url(path));
    await bus.start();
    const frame = await bus.grab();
    const meta = await sharp(frame.bytes).metadata();
    assert.equal([meta.format, meta.width, meta.height], ['jpeg', 320, 240]);
    assert.ok(frame.receivedUnixMs >= frame.requestedUnixMs);
    assert.is(bus.info().url, server.url(path));
    assert.is(bus.health().status, 'ok');
  });
}

testUnless(test, missing, 'a wrong password and a wrong path are clear faults; the password is never printed', async () => {
  const wrong = camera(server.url('/mjpeg'), { password: 'not-it' });
  await wrong.start();
  const auth = await failure(wrong.grab());
  assert.is(auth.code, 'camera.auth');
  assert.match(auth.message, /^rtsp:\/\/127\.0\.0\.1:\d+\/mjpeg refused the username and password \(RTSP 401\) \(ffmpeg: rtsp:\/\/127\.0\.0\.1:\d+\/mjpeg: Server returned 401 Unauthorized \(authorization failed\)\)$/);
  const path = camera(server.url('/no-such-stream'));
  await path.start();
  const notFound = await failure(path.grab());
  assert.is(notFound.code, 'camera.not_found');
  assert.match(notFound.message, /\/no-such-stream does not exist on the camera \(RTSP 404\)/);
  assert.is(path.health().status, 'fault');
  assert.not.match(`${auth.message} ${notFound.message} ${JSON.stringify(path.health())}`, /not-it|pa ss|pa%20ss|w0rd/);
});

testUnless(test, missing, 'nothing listening, and a server that accepts and never answers: faults within the limits, no hang', async () => {
  const refused = camera(`rtsp://127.0.0.1:${await freePort()}/live`);
  await refused.start();
  const error = await failure(refused.grab());
  assert.is(error.code, 'camera.unreachable');
  assert.match(error.message, /the connection was refused/);
  const silent = await silentServer();
  try {
    const stalled = camera(`rtsp://127.0.0.1:${silent.port}/live`, { connect_timeout: '1s', timeout: '4s' });
    const started = performance.now();
    await stalled.start();
    const stall = await failure(stalled.grab());
    assert.ok(['camera.timeout', 'camera.rtsp'].includes(stall.code), stall.code);
    // start() and grab() each try once, and each try ends by its 4 s timeout at the latest.
    assert.ok(performance.now() - started < 12_000, 'start and grab each end within their limit');
  } finally {
    await silent.close();
  }
});

testUnless(test, missing, 'stopping the camera kills the ffmpeg in flight; the grab fails at once, not after its timeout', async () => {
  const silent = await silentServer();
  try {
    const source = new RtspSnapshot({ url: new URL(`rtsp://127.0.0.1:${silent.port}/live`), connectTimeoutMs: 30_000, timeoutMs: 30_000, maxBytes: 1e6 });
    const grab = failure(source.grab());
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    source.close();
    const error = await grab;
    assert.is(error.code, 'camera.stopped');
    assert.ok(performance.now() - started < 2_000);
  } finally {
    await silent.close();
  }
});

testUnless(test, missing, 'the password is not in ffmpeg\'s command line: it reads the URL from a 0600 file, deleted when the camera stops', async () => {
  const silent = await silentServer();
  try {
    const source = new RtspSnapshot({ url: new URL(`rtsp://127.0.0.1:${silent.port}/live`), username: 'viewer', password: 'Hidden-Pa55', connectTimeoutMs: 30_000, timeoutMs: 30_000, maxBytes: 1e6 });
    const grab = failure(source.grab());
    const [line] = await waitFor('ffmpeg running', () => (ffmpegCommandLines().length > 0 ? ffmpegCommandLines() : undefined));
    assert.ok(line?.includes('-f concat -i '), line);
    assert.not.match(line ?? '', /Hidden|Pa55|viewer/);
    const script = (line ?? '').split(' -i ')[1]?.split(' ')[0] ?? '';
    assert.is(statSync(script).mode & 0o777, 0o600);
    assert.is(statSync(join(script, '..')).mode & 0o777, 0o700);
    assert.match(readFileSync(script, 'utf8'), /file 'rtsp:\/\/viewer:Hidden-Pa55@127\.0\.0\.1:\d+\/live'/);
    source.close();
    assert.is((await grab).code, 'camera.stopped');
    assert.not.ok(existsSync(script), 'the file is gone once the camera stops');
  } finally {
    await silent.close();
  }
});

testUnless(test, missing, 'the server killed in the middle of a grab: a fault, and the next grab works once it is back', async () => {
  const own = await startRtspPeer('viewer', 'pa ss/w0rd');
  const bus = camera(own.url('/h264'));
  await bus.start();
  const grab = failure(bus.grab());
  await own.peer.waitForOutput(/client connected\n[\s\S]*client connected\n/);
  await own.peer.kill();
  const error = await grab;
  assert.ok(['camera.unreachable', 'camera.timeout', 'camera.rtsp'].includes(error.code), `${error.code}: ${error.message}`);
  assert.is(bus.health().status, 'fault');
});

testUnless(test, missing, 'without ffmpeg the fault says to install it', async () => {
  const source = new RtspSnapshot({ url: new URL(server.url('/mjpeg')), connectTimeoutMs: 1000, timeoutMs: 3000, maxBytes: 1e6, ffmpeg: '/nonexistent/ffmpeg' });
  const error = await failure(source.grab());
  assert.is(error.code, 'camera.ffmpeg_missing');
  assert.match(error.describe(), /\/nonexistent\/ffmpeg is not installed; install ffmpeg \(apt-get install ffmpeg\)/);
});

testUnless(test, missing, '`outpost probe camera rtsp://…` saves one frame; a wrong password exits 1 with the reason', async () => {
  const output = join(tempDir(), 'rtsp.jpg');
  const ok = await runCli(['probe', 'camera', server.url('/h264'), '--user', 'viewer', '-o', output], { env: { CAMERA_PASSWORD: 'pa ss/w0rd' } });
  assert.is(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^camera rtsp:\/\/127\.0\.0\.1:\d+\/h264\n  server: not said\n  login: rtsp basic or digest \(by ffmpeg\)\n  frame: 320×240 jpeg, \d+ bytes, in \d+ ms\n/);
  assert.is((await sharp(readFileSync(output)).metadata()).width, 320);
  const wrong = await runCli(['probe', 'camera', server.url('/h264'), '--user', 'viewer', '-o', output], { env: { CAMERA_PASSWORD: 'not-it' } });
  assert.is(wrong.code, 1);
  assert.match(wrong.stderr, /^outpost: camera: rtsp:\/\/127\.0\.0\.1:\d+\/h264 refused the username and password \(RTSP 401\)/);
  assert.not.match(wrong.stderr, /not-it/);
});

testUnless(test, missing ?? onvifPeerMissing(), 'an ONVIF camera without snapshots gives its frames from the profile\'s RTSP stream (GetStreamUri)', async () => {
  const dir = tempDir();
  testPatternJpeg(dir, 64, 48);
  const onvif = await startOnvifPeer({ user: 'viewer', password: 'pa ss/w0rd', jpeg: join(dir, 'testsrc-64x48.jpg'), snapshots: false, announceHost: '203.0.113.10', stream: { port: server.port, path: '/mjpeg' } });
  try {
    const bus = createCameraBus(cameraBusSchema.parse({ type: 'camera', onvif: onvif.deviceUrl, username: 'viewer', password: 'pa ss/w0rd', timeout: '8s', reconnect: { min: '1m', max: '1m' } }), { name: 'ridge-cam', log: silentLogger() });
    cameras.push(bus);
    await bus.start();
    const meta = await sharp((await bus.grab()).bytes).metadata();
    assert.equal([meta.format, meta.width, meta.height], ['jpeg', 320, 240]);
    assert.ok(onvif.log().includes('soap GetSnapshotUri fault not supported'));
    assert.is(bus.info().streamUri, server.url('/mjpeg'));
    assert.match(bus.info().snapshotUri ?? '', /^not given \(.*ActionNotSupported.*\): frames come from the stream$/);
    assert.is(bus.info().auth, 'onvif ws-username-token, frames rtsp basic or digest (by ffmpeg)');
  } finally {
    await onvif.peer.stop();
  }
});

test.run();
