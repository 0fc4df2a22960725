import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('config validate names each trigger that is not a sensor, located, with the sensors there are and the nearest one', async () => {
  const file = join(tempDir(), 'post.yaml');
  writeFileSync(
    file,
    `post: { id: bp-1 }
uplink: { broker: 'mqtt://127.0.0.1:1883' }
buses:
  gate-cam: { type: camera, url: 'http://10.0.0.20/snap.jpg' }
  gpio: { type: gpio, chip: gpiochip0 }
sensors:
  gate-beams: { type: beam-pair, bus: gpio, beams: { a: GPIO17, b: GPIO27 }, distance_m: 1.5 }
  gate-pictures:
    type: camera
    bus: gate-cam
    triggers: [gate-beams, gate-beam, geophone]
`,
  );
  const result = await runCli(['config', 'validate', file]);
  assert.is(result.code, 1);
  assert.equal(result.stdout.trim().split('\n'), [
    `${file}:11:28: sensors.gate-pictures.triggers[1]: no sensor named "gate-beam"; did you mean "gate-beams"? (sensors: gate-beams, gate-pictures)`,
    `${file}:11:39: sensors.gate-pictures.triggers[2]: no sensor named "geophone" (sensors: gate-beams, gate-pictures)`,
    `${file}: 2 problems`,
  ]);
});

test('config validate: a camera bus with two sources, or none, is one located problem', async () => {
  const file = join(tempDir(), 'post.yaml');
  writeFileSync(file, `post: { id: bp-1 }\nuplink: { broker: 'mqtt://127.0.0.1:1883' }\nbuses:\n  cam:\n    type: camera\n    url: 'http://10.0.0.20/snap.jpg'\n    rtsp: 'rtsp://10.0.0.20/live'\n  other: { type: camera }\n`);
  const result = await runCli(['config', 'validate', file]);
  assert.is(result.code, 1);
  assert.match(result.stdout, /:7:\d+: buses\.cam\.rtsp: only one of url, onvif, rtsp \(found url and rtsp\)/);
  assert.match(result.stdout, /buses\.other: one of url, onvif, rtsp: where the frames come from/);
});

test.run();
