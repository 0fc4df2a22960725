import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync } from 'node:fs';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { HttpCamera } from '../../drivers/camera/http-camera.js';
import { apacheMissing, htdigestFile, htpasswdFile, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';

const test = suite('HTTP snapshots from Apache httpd');
const missing = apacheMissing();
let apache: Apache;
let jpeg: Buffer;

function camera(path: string, username?: string, password?: string): HttpCamera {
  return new HttpCamera({
    name: 'bus:cam',
    log: silentLogger(),
    url: new URL(apache.url(path)),
    username,
    password,
    connectTimeoutMs: 2000,
    timeoutMs: 5000,
    maxBytes: 4_000_000,
    retry: { minMs: 60_000, maxMs: 60_000 },
  });
}

function requests(path: string): string[] {
  return apache.accessLog().split('\n').filter((line) => line.startsWith(`GET ${path} `)).map((line) => line.split(' ').at(-1) as string);
}

test.before(async () => {
  if (missing !== undefined) return;
  const dir = tempDir();
  chmodSync(dir, 0o755);
  jpeg = testPatternJpeg(dir);
  const basicUsers = htpasswdFile(dir, 'viewer', 's3cret');
  const digestUsers = htdigestFile(dir, 'camera', 'viewer', 's3cret');
  apache = await startApache({
    files: { 'open/snap.jpg': jpeg, 'basic/snap.jpg': jpeg, 'digest/snap.jpg': jpeg, 'stale/snap.jpg': jpeg, 'page/snap.cgi': '<!DOCTYPE html><html><body>Login</body></html>' },
    config: [
      '<Location /basic>', 'AuthType Basic', 'AuthName camera', `AuthUserFile ${basicUsers}`, 'Require valid-user', '</Location>',
      '<Location /digest>', 'AuthType Digest', 'AuthName camera', 'AuthDigestProvider file', `AuthUserFile ${digestUsers}`, 'AuthDigestAlgorithm MD5', 'Require valid-user', '</Location>',
      '<Location /stale>', 'AuthType Digest', 'AuthName camera', 'AuthDigestProvider file', `AuthUserFile ${digestUsers}`, 'AuthDigestNonceLifetime 1', 'Require valid-user', '</Location>',
      '<Location /page>', 'ForceType text/html', '</Location>',
    ].join('\n'),
  });
});

test.after(async () => {
  await apache?.stop();
});

testUnless(test, missing, 'no auth: the frame is the served JPEG, timed by the post clock', async () => {
  const cam = camera('/open/snap.jpg');
  await cam.start();
  const before = Date.now();
  const frame = await cam.grab();
  assert.ok(frame.bytes.equals(jpeg));
  assert.is(frame.contentType, 'image/jpeg');
  assert.ok(frame.requestedUnixMs >= before && frame.receivedUnixMs >= frame.requestedUnixMs);
  assert.is(cam.info().auth, 'none');
  assert.match(cam.info().server ?? '', /Apache/);
  assert.is(cam.health().status, 'ok');
  await cam.stop();
});

testUnless(test, missing, 'Basic auth', async () => {
  const cam = camera('/basic/snap.jpg', 'viewer', 's3cret');
  await cam.start();
  assert.ok((await cam.grab()).bytes.equals(jpeg));
  assert.is(cam.info().auth, 'basic');
  await cam.stop();
});

testUnless(test, missing, 'Digest MD5: one challenge, then the nonce is reused with nc counting (mod_auth_digest checks nc)', async () => {
  const cam = camera('/digest/snap.jpg', 'viewer', 's3cret');
  await cam.start();
  for (let index = 0; index < 3; index++) assert.ok((await cam.grab()).bytes.equals(jpeg));
  assert.is(cam.info().auth, 'digest MD5');
  // Apache logs a request after answering it: wait for the fifth line before reading the log.
  await waitFor('five requests in the access log', () => requests('/digest/snap.jpg').length >= 5);
  assert.equal(requests('/digest/snap.jpg'), ['401', '200', '200', '200', '200'], 'start probe + three grabs, one 401 in all');
  await cam.stop();
});

testUnless(test, missing, 'Digest stale nonce: Apache says stale=true and the grab succeeds with the new nonce', async () => {
  const cam = camera('/stale/snap.jpg', 'viewer', 's3cret');
  await cam.start();
  const firstAt = Date.now();
  // AuthDigestNonceLifetime is 1 s: wait for the clock to pass it (the condition is the nonce's age).
  await waitFor('the nonce to pass its 1 s lifetime', () => Date.now() - firstAt > 2100, 5000, 50);
  assert.ok((await cam.grab()).bytes.equals(jpeg));
  await waitFor('four requests in the access log', () => requests('/stale/snap.jpg').length >= 4);
  assert.equal(requests('/stale/snap.jpg'), ['401', '200', '401', '200']);
  assert.is(cam.health().status, 'ok');
  await cam.stop();
});

testUnless(test, missing, 'wrong password: a camera.auth fault naming the URL, never the password', async () => {
  for (const [path, auth] of [['/digest/snap.jpg', 'digest'], ['/basic/snap.jpg', 'basic']] as const) {
    const cam = camera(path, 'viewer', 'WRONG-pass');
    await cam.start();
    assert.is(cam.health().status, 'fault', auth);
    const error = await cam.grab().then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof OutpostError);
    assert.is(error.code, 'camera.auth');
    assert.match(error.describe(), new RegExp(`${apache.url(path).replace(/[.]/g, '\\.')} refused the username and password`));
    assert.not.match(error.describe() + (cam.health().message ?? ''), /WRONG-pass/);
    await cam.stop();
  }
});

testUnless(test, missing, 'credentials in the URL are used and never printed', async () => {
  const cam = new HttpCamera({ name: 'bus:cam', log: silentLogger(), url: new URL(apache.url('/digest/missing.jpg').replace('http://', 'http://viewer:s3cret@')), connectTimeoutMs: 2000, timeoutMs: 5000, maxBytes: 1e6, retry: { minMs: 60_000, maxMs: 60_000 } });
  await cam.start();
  const error = await cam.grab().then(() => undefined, (caught: unknown) => caught as OutpostError);
  assert.is(error?.code, 'camera.not_found');
  assert.match(error?.describe() ?? '', /does not exist on the camera \(HTTP 404\)/);
  assert.not.match(`${error?.describe()} ${cam.info().url}`, /s3cret/);
  await cam.stop();
});

testUnless(test, missing, 'an HTML page is refused as not a JPEG, and the camera is a fault until it serves one', async () => {
  const cam = camera('/page/snap.cgi');
  await cam.start();
  assert.is(cam.health().status, 'fault');
  assert.match(cam.health().message ?? '', /answered with a web page \(text\/html.*\), not a JPEG; url must be the camera's snapshot address/);
  const error = await cam.grab().then(() => undefined, (caught: unknown) => caught as OutpostError);
  assert.is(error?.code, 'camera.not_image');
  await cam.stop();
});

testUnless(test, missing, 'a file made by ffmpeg for the fixture is a real JPEG of the asked size', async () => {
  const { default: sharp } = await import('sharp');
  const meta = await sharp(testPatternJpeg(tempDir(), 320, 240)).metadata();
  assert.equal([meta.format, meta.width, meta.height], ['jpeg', 320, 240]);
});

test.run();
