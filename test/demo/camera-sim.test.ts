import { test } from 'uvu';
import * as assert from 'uvu/assert';
import sharp from 'sharp';
import { silentLogger } from '../../kernel/logger.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import { startCameraSimulator } from '../../agent/demo/sim/camera.js';
import { freePort } from '../support/net.js';

test('the demo camera asks for Digest, serves changing JPEGs through the real driver, and shows a walker when one crosses', async () => {
  const port = await freePort();
  const sim = await startCameraSimulator({ host: '127.0.0.1', port, path: '/cgi-bin/snapshot.cgi', username: 'demo', password: 'demo-camera' });
  const config = (password: string) => cameraBusSchema.parse({ type: 'camera', url: `http://127.0.0.1:${port}/cgi-bin/snapshot.cgi`, username: 'demo', password });
  const camera = createCameraBus(config('demo-camera'), { name: 'track-cam', log: silentLogger() });
  const wrong = createCameraBus(config('nope'), { name: 'track-cam', log: silentLogger() });
  try {
    await camera.start();
    const empty = await camera.grab();
    const again = await camera.grab();
    assert.is(camera.info().auth, 'digest MD5');
    assert.not.ok(empty.bytes.equals(again.bytes), 'sensor noise: no two frames alike');
    const meta = await sharp(empty.bytes).metadata();
    assert.equal([meta.format, meta.width, meta.height], ['jpeg', 640, 360]);
    sim.showWalker();
    const walker = await camera.grab();
    const difference = async (a: Buffer, b: Buffer): Promise<number> => {
      const [x, y] = await Promise.all([a, b].map((jpeg) => sharp(jpeg).greyscale().raw().toBuffer()));
      let total = 0;
      for (let index = 0; index < (x as Buffer).length; index++) total += Math.abs(((x as Buffer)[index] as number) - ((y as Buffer)[index] as number));
      return total / (x as Buffer).length;
    };
    assert.ok((await difference(empty.bytes, walker.bytes)) > (await difference(empty.bytes, again.bytes)) + 0.3, 'the walker changes the picture more than noise does');
    await wrong.start();
    assert.match(wrong.health().message ?? '', /refused the username and password/);
  } finally {
    await camera.stop();
    await wrong.stop();
    await sim.stop();
  }
});

test.run();
