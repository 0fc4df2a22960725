import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type Socket } from 'node:net';
import { v1 } from '../../wire/index.js';
import { parseConfig } from '../../agent/config/index.js';
import { Agent } from '../../agent/runtime/agent.js';
import { silentLogger } from '../../kernel/logger.js';
import { startCameraServer } from '../support/camera-server.js';
import { onCleanup } from '../support/cleanup.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { fakeParts } from '../runtime/fakes.js';

test('a stalled camera and a 200 MB camera on a running agent: faults with clear messages, the agent alive and its memory bounded', async () => {
  const sockets: Socket[] = [];
  const stalled = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
  onCleanup(() => stalled.close());
  const huge = await startCameraServer({
    answer: (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(1 << 20, 0xff);
      const pump = (): void => {
        while (!response.destroyed) if (!response.write(chunk)) return void response.once('drain', pump);
      };
      pump();
    },
  });
  const dir = tempDir();
  const yaml = `post: { id: bp-bad-cam }
buses:
  stalled-cam: { type: camera, url: 'http://127.0.0.1:${(stalled.address() as { port: number }).port}/snap.jpg', timeout: 500ms, reconnect: { min: 100ms, max: 200ms } }
  huge-cam: { type: camera, url: '${huge.url('/snap.jpg')}', max_image: 4MB, reconnect: { min: 100ms, max: 200ms } }
sensors:
  stalled-pictures: { type: camera, bus: stalled-cam, schedule: 200ms, store: { path: '${dir}/a' } }
  huge-pictures: { type: camera, bus: huge-cam, schedule: 200ms, store: { path: '${dir}/b' } }
uplink: { broker: 'mqtt://127.0.0.1:1' }
health: { interval: 1h }
`;
  const { config, problems } = parseConfig(yaml, 'post.yaml', {});
  assert.ok(config, JSON.stringify(problems));
  const parts = fakeParts();
  const agent = new Agent({ config, file: 'post.yaml', hash: 'h' }, parts, silentLogger());
  const rssBefore = process.memoryUsage().rss;
  await agent.start();
  try {
    const health = (name: string) => agent.components().find((component) => component.name === name)?.health();
    await waitFor('the stalled camera retried a few times', () => (health('bus:stalled-cam')?.counters?.['grab_failures'] ?? 0) >= 5, 20_000);
    await waitFor('the huge camera refused a few times', () => (health('bus:huge-cam')?.counters?.['grab_failures'] ?? 0) >= 5, 20_000);
    assert.match(health('sensor:stalled-pictures')?.message ?? '', /^camera stalled-cam: bus:stalled-cam: no complete answer within 500 ms from http:\/\/127\.0\.0\.1:\d+\/snap\.jpg/);
    assert.match(health('sensor:huge-pictures')?.message ?? '', /^camera huge-cam: bus:huge-cam: http:\/\/127\.0\.0\.1:\d+\/snap\.jpg sent more than max_image \(4000000 bytes\)/);
    assert.is(health('sensor:stalled-pictures')?.status, 'fault');
    assert.ok(process.memoryUsage().rss - rssBefore < 150_000_000, `rss grew by ${Math.round((process.memoryUsage().rss - rssBefore) / 1e6)} MB`);
    const snapshot = agent.healthSnapshot();
    assert.ok(snapshot?.components?.some((component) => component.name === 'sensor:huge-pictures' && component.state === v1.ComponentState.COMPONENT_STATE_FAULT), 'health reports it upstream');
  } finally {
    const stopping = Date.now();
    await agent.stop();
    assert.ok(Date.now() - stopping < 5000, 'the agent stops promptly');
    for (const socket of sockets) socket.destroy();
    stalled.close();
    await huge.close();
  }
});

test.run();
