import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISCOVERY_GROUP } from '../../drivers/camera/onvif/discovery.js';
import { runCli } from '../support/cli.js';
import { testPatternJpeg } from '../support/apache.js';
import { freePort } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { onvifPeerMissing, startOnvifPeer, type OnvifPeer } from './onvif-peer.js';

const test = suite('outpost probe camera --onvif, --discover');
const missing = onvifPeerMissing();
let peer: OnvifPeer;
let dir: string;
let jpeg: Buffer;

test.before(async () => {
  if (missing !== undefined) return;
  dir = tempDir();
  jpeg = testPatternJpeg(dir, 320, 240);
  peer = await startOnvifPeer({ user: 'admin', password: 'gate-2024', jpeg: join(dir, 'testsrc-320x240.jpg'), clockOffsetS: -7200, discoveryGroup: DISCOVERY_GROUP });
});

test.after(async () => {
  await peer?.peer.stop();
});

testUnless(test, missing, '--onvif: what the camera is, its profiles and addresses, and one frame saved', async () => {
  const output = join(dir, 'onvif.jpg');
  const result = await runCli(['probe', 'camera', '--onvif', peer.deviceUrl, '--user', 'admin', '--profile', 'prof_sub', '-o', output], { env: { CAMERA_PASSWORD: 'gate-2024' } });
  assert.is(result.code, 0, result.stderr);
  // GetSystemDateAndTime gives whole seconds: the camera's offset is known to within one.
  assert.match(
    result.stdout,
    /^camera http:\/\/127\.0\.0\.1:\d+\/onvif\/device_service\n  server: BaseHTTP[^\n]*\n  login: onvif ws-username-token, frames digest MD5\n  device: Outpost Test Optics OTO-220 firmware 4\.2\.1\n  profile: prof_sub "SubStream" JPEG 640×360 \(in use\)\n  profile: prof_main "MainStream" H264 1920×1080\n  snapshot uri: http:\/\/127\.0\.0\.1:\d+\/snap\/prof_sub\.jpg\?channel=1&quality=high\n  stream uri: rtsp:\/\/127\.0\.0\.1:554\/prof_sub\n  frame: 320×240 jpeg, \d+ bytes, in \d+ ms\n  camera clock: 720[01] s behind this machine/,
  );
  assert.ok(readFileSync(output).equals(jpeg));
});

testUnless(test, missing, '--onvif with a wrong password: the SOAP fault, exit 1, no secret printed', async () => {
  const result = await runCli(['probe', 'camera', '--onvif', peer.deviceUrl, '--user', 'admin', '-o', join(dir, 'never.jpg')], { env: { CAMERA_PASSWORD: 'wrong-horse' } });
  assert.is(result.code, 1);
  assert.match(result.stderr, /^outpost: camera: ONVIF GetDeviceInformation at http:\/\/127\.0\.0\.1:\d+\/onvif\/device_service refused the username and password \(SOAP fault SOAP-ENV:Sender\/ter:NotAuthorized: "Sender not Authorized"\); check username and password/);
  assert.not.match(result.stderr, /wrong-horse|\n\s+at /);
});

testUnless(test, missing, '--discover lists the cameras that answer, with the onvif: address to configure', async () => {
  const at = peer.multicastMissing === undefined ? [`${DISCOVERY_GROUP}:${peer.udpPort}`, '--interface', '127.0.0.1'] : [`127.0.0.1:${peer.udpPort}`];
  if (peer.multicastMissing !== undefined) console.log(`# skip multicast: ${peer.multicastMissing}; probing the peer by unicast`);
  const result = await runCli(['probe', 'camera', '--discover', '--discover-at', ...at, '--wait', '1500ms']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^1 ONVIF camera answered a probe to [\d.]+:\d+:\n  Gate camera \(OTO-220\) from 127\.0\.0\.1 at "north fence"\n    onvif: http:\/\/127\.0\.0\.1:\d+\/onvif\/device_service\n    id: urn:uuid:c9790c3a-701b-464d-a189-0060351c8ada\n/);
});

testUnless(test, missing, '--discover where no camera answers: exit 1 with what to check', async () => {
  const result = await runCli(['probe', 'camera', '--discover', '--discover-at', `127.0.0.1:${await freePort()}`, '--wait', '300ms']);
  assert.is(result.code, 1);
  assert.match(result.stderr, /^outpost: camera discovery: no ONVIF camera answered a WS-Discovery probe to 127\.0\.0\.1:\d+ within 300 ms; check the cameras are powered/);
  const usage = await runCli(['probe', 'camera', '--discover', '--onvif', 'http://10.0.0.20/onvif/device_service']);
  assert.is(usage.code, 2);
  assert.match(usage.stderr, /--discover finds cameras; give no URL, --onvif or --bus with it/);
});

test.run();
