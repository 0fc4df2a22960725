import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { apacheMissing, htdigestFile, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
import { freePort } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const test = suite('outpost probe camera');
const missing = apacheMissing();
let apache: Apache;
let jpeg: Buffer;
let dir: string;

test.before(async () => {
  if (missing !== undefined) return;
  dir = tempDir();
  chmodSync(dir, 0o755);
  jpeg = testPatternJpeg(dir, 800, 600);
  const users = htdigestFile(dir, 'camera', 'viewer', 's3cret');
  apache = await startApache({
    files: { 'cgi-bin/snapshot.jpg': jpeg, 'index.html': '<html><body>Camera login</body></html>' },
    config: ['<Location /cgi-bin>', 'AuthType Digest', 'AuthName camera', 'AuthDigestProvider file', `AuthUserFile ${users}`, 'Require valid-user', '</Location>'].join('\n'),
  });
});

test.after(async () => {
  await apache?.stop();
});

testUnless(test, missing, 'a frame is saved, with what the camera is, its login, size and timing', async () => {
  const output = join(dir, 'frame.jpg');
  const result = await runCli(['probe', 'camera', apache.url('/cgi-bin/snapshot.jpg'), '--user', 'viewer', '-o', output], { env: { CAMERA_PASSWORD: 's3cret' } });
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /camera http:\/\/127\.0\.0\.1:\d+\/cgi-bin\/snapshot\.jpg\n  server: Apache[^\n]*\n  login: digest MD5\n  frame: 800×600 jpeg, \d+ bytes, in \d+ ms\n  camera clock: agrees with this machine/);
  assert.ok(readFileSync(output).equals(jpeg));
});

testUnless(test, missing, '--bus probes a camera of a post config', async () => {
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: bp-1 }\nbuses:\n  gate-cam: { type: camera, url: '${apache.url('/cgi-bin/snapshot.jpg')}', username: viewer, password: '\${CAMERA_PASSWORD}' }\nuplink: { broker: 'mqtt://127.0.0.1:1883' }\n`);
  const result = await runCli(['probe', 'camera', '--bus', 'gate-cam', '--config', config, '-o', join(dir, 'bus.jpg')], { env: { CAMERA_PASSWORD: 's3cret' } });
  assert.is(result.code, 0, result.stderr);
  assert.ok(readFileSync(join(dir, 'bus.jpg')).equals(jpeg));
  const wrong = await runCli(['probe', 'camera', '--bus', 'gate', '--config', config], { env: { CAMERA_PASSWORD: 's3cret' } });
  assert.match(wrong.stderr, /no bus named "gate" in .*post\.yaml \(buses: gate-cam\)/);
});

testUnless(test, missing, 'clear messages: wrong password, wrong URL, unreachable host, not a JPEG; exit 1, no secret printed', async () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [[apache.url('/cgi-bin/snapshot.jpg'), '--user', 'viewer'], { CAMERA_PASSWORD: 'wrong-pw' }, /^outpost: camera: http:\/\/127\.0\.0\.1:\d+\/cgi-bin\/snapshot\.jpg refused the username and password \(HTTP 401\); check username and password/],
    [[apache.url('/snap.cgi')], {}, /^outpost: camera: http:\/\/127\.0\.0\.1:\d+\/snap\.cgi does not exist on the camera \(HTTP 404\); check the path in url/],
    [[`http://127.0.0.1:${await freePort()}/snap.jpg`, '--timeout', '2s'], {}, /^outpost: camera: cannot reach http:\/\/127\.0\.0\.1:\d+\/snap\.jpg: the connection was refused \(nothing listens on that port\); check the camera is powered/],
    [[apache.url('/index.html')], {}, /^outpost: camera: http:\/\/127\.0\.0\.1:\d+\/index\.html answered with a web page \(text\/html, \d+ bytes\), not a JPEG; url must be the camera's snapshot address/],
    [['ftp://10.0.0.1/x.jpg'], {}, /expected an http:\/\/ or https:\/\/ snapshot URL/],
  ];
  for (const [args, env, expected] of cases) {
    const result = await runCli(['probe', 'camera', ...args, '-o', join(dir, 'never.jpg')], { env });
    assert.is(result.code, args[0]?.startsWith('ftp') === true ? 2 : 1, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, expected);
    assert.not.match(result.stderr, /wrong-pw|\n\s+at /);
  }
});

test.run();
