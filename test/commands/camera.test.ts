import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { testPatternJpeg } from '../support/apache.js';
import { startCameraServer, type CameraServer } from '../support/camera-server.js';
import { type CommandRig, withRunningAgent } from './rig.js';

const { CommandStatus } = v1;
let rig: CommandRig;
let camera: CameraServer | undefined;
let jpeg: Buffer;

withRunningAgent(test, (started) => (rig = started), async ({ dir }) => {
  jpeg = testPatternJpeg(dir, 800, 600);
  camera = await startCameraServer({ answer: (_request, response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg) });
  return `buses:
  gate-cam: { type: camera, url: '${camera.url('/snapshot.jpg')}' }
sensors:
  gate-pictures: { type: camera, bus: gate-cam, schedule: 0, tamper: { check_every: 0 } }
`;
});

test.after(async () => {
  await camera?.close();
});

test('snapshot takes a picture now (its thumbnail goes up as usual), and fetch-file brings the full frame kept under its id', async () => {
  const shot = rig.command('snapshot');
  await rig.publish(rig.signed(shot));
  const taken = JSON.parse((await rig.result(shot.id as string, CommandStatus.COMMAND_STATUS_DONE)).outputText as string) as { id: string; camera: string; fullSizeBytes: number; width: number };
  assert.is(taken.camera, 'gate-cam');
  assert.is(taken.fullSizeBytes, jpeg.length);
  assert.is(taken.width, 800);

  const fetch = rig.command('fetch-file', { arguments: { camera: 'gate-pictures', id: taken.id } });
  await rig.publish(rig.signed(fetch));
  const file = await rig.result(fetch.id as string, CommandStatus.COMMAND_STATUS_DONE);
  assert.is(file.outputType, 'image/jpeg');
  assert.ok(Buffer.from(file.outputBytes as Uint8Array).equals(jpeg), 'the full frame, byte for byte');

  const missing = rig.command('fetch-file', { arguments: { id: 'gate-cam-1-1' } });
  await rig.publish(rig.signed(missing));
  assert.match((await rig.result(missing.id as string, CommandStatus.COMMAND_STATUS_FAILED)).reason as string, /^no full frame "gate-cam-1-1" is kept by camera "gate-pictures"/);
  const wrong = rig.command('snapshot', { arguments: { camera: 'mast' } });
  await rig.publish(rig.signed(wrong));
  assert.match((await rig.result(wrong.id as string, CommandStatus.COMMAND_STATUS_FAILED)).reason as string, /^no camera sensor "mast": camera=gate-pictures/);
});

test.run();
