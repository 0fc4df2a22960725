import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Check } from '../../agent/maintenance/diag/index.js';
import { testPatternJpeg } from '../support/apache.js';
import { startCameraServer } from '../support/camera-server.js';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

test('outpost diag asks each camera for a frame: one that sends a JPEG passes, one that sends its web page fails with the fix', async () => {
  const dir = tempDir('diag-camera');
  const jpeg = testPatternJpeg(dir, 320, 240);
  const camera = await startCameraServer({
    answer: (request, response) => {
      if (request.url === '/snap.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>');
    },
  });
  try {
    const config = join(dir, 'post.yaml');
    writeFileSync(config, `post: { id: diag-cam-01 }
buses:
  mast-cam: { type: camera, url: '${camera.url('/snap.jpg')}', timeout: 3s }
  gate-cam: { type: camera, url: '${camera.url('/index.html')}', timeout: 3s }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }
`);
    const json = await runCli(['diag', '--config', config, '--json', '--wait', '3s']);
    assert.is(json.code, 1, json.stderr);
    const checks = (JSON.parse(json.stdout) as { checks: Check[] }).checks;
    const mast = checks.find((check) => check.part === 'camera:mast-cam');
    assert.is(mast?.result, 'pass', JSON.stringify(checks));
    assert.match(mast?.detail ?? '', new RegExp(`^a frame: image/jpeg, ${(jpeg.length / 1024).toFixed(1).replace('.', '\\.')} KiB in \\d+ ms from http://127\\.0\\.0\\.1:\\d+/snap\\.jpg$`));
    const gate = checks.find((check) => check.part === 'camera:gate-cam');
    assert.is(gate?.result, 'fail');
    assert.match(gate?.detail ?? '', /^no frame: .*answered with a web page \(text\/html/);
    assert.match(gate?.fix ?? '', /snapshot address/);

    const text = await runCli(['diag', '--config', config, '--wait', '3s']);
    assert.match(text.stdout, /✔ camera:mast-cam +a frame: image\/jpeg/);
    assert.match(text.stdout, /to fix:[\s\S]*\n {2}camera:gate-cam: url must be the camera's snapshot address/);
  } finally {
    await camera.close();
  }
});

test.run();
