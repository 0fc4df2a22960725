import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type Server, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../kernel/logger.js';
import { SapientBridge } from '../../sapient/bridge.js';
import { encodeFrame, FrameReader, type Frame } from '../../sapient/framing.js';
import { DecisionMaker } from '../../sapient/listen.js';
import { encodeSapientMessage, timestampOf } from '../../sapient/messages.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { beamCrossing, bridgeConfig, envelope, health, root } from './helpers.js';

const test = suite('sapient link');
/** A tsx child on a busy machine can take a while to start. */
const PROCESS_WAIT_MS = 60_000;

/** A decision-maker the test drives by hand: it records frames and answers only when told. */
class ScriptedPeer {
  readonly frames: Frame[] = [];
  readonly sockets: Socket[] = [];
  private server: Server | undefined;

  async listen(): Promise<number> {
    const server = createServer((socket) => {
      this.sockets.push(socket);
      const reader = new FrameReader('test node');
      socket.on('data', (chunk: Buffer) => this.frames.push(...reader.push(chunk)));
      socket.on('error', () => undefined);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  contents(): string[] {
    return this.frames.map((frame) => Object.keys(frame.message.toJSON()).find((key) => !['timestamp', 'nodeId', 'destinationId'].includes(key)) ?? '?');
  }

  ack(socket: Socket | undefined = this.sockets.at(-1)): void {
    socket?.write(encodeFrame(encodeSapientMessage({ timestamp: timestampOf(Date.now()), nodeId: '00000000-0000-0000-0000-000000000001', registrationAck: { acceptance: true } })));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function capturedLogger(): { log: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter((text) => text.trim() !== '').forEach((text) => lines.push(JSON.parse(text) as Record<string, unknown>)));
  return { log: createLogger({ destination: stream, pretty: false, level: 'info' }), lines };
}

test('a node sends nothing but its Registration until the RegistrationAck, then its status and queued reports', async () => {
  const peer = new ScriptedPeer();
  const port = await peer.listen();
  const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}` }), capturedLogger().log);
  try {
    bridge.receive('outpost/v1/bp-1/up', envelope('bp-1', [health(), beamCrossing('beam:1')]));
    await waitFor('the registration', () => peer.frames.length >= 1);
    const node = bridge.nodes().get('bp-1');
    await waitFor('the detection queued behind the handshake', () => node?.stats.queued === 1);
    assert.equal(peer.contents(), ['registration'], 'nothing else before the ack');
    assert.is(node?.isRegistered, false);
    peer.ack();
    await waitFor('status and detection after the ack', () => peer.frames.length >= 3);
    assert.equal(peer.contents(), ['registration', 'statusReport', 'detectionReport']);
    assert.is(node?.isRegistered, true);
  } finally {
    await bridge.stop();
    await peer.close();
  }
});

test('a refused registration is not acked: reports stay queued and the node tries again', async () => {
  const peer = new ScriptedPeer();
  const port = await peer.listen();
  const { log, lines } = capturedLogger();
  const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}` }), log);
  try {
    bridge.receive('outpost/v1/bp-2/up', envelope('bp-2', [health(), beamCrossing('beam:2')]));
    await waitFor('the registration', () => peer.frames.length >= 1);
    peer.sockets[0]?.write(encodeFrame(encodeSapientMessage({ timestamp: timestampOf(Date.now()), nodeId: '00000000-0000-0000-0000-000000000001', registrationAck: { acceptance: false, ackResponseReason: ['unknown ICD version'] } })));
    await waitFor('a second connection registering again', () => peer.sockets.length >= 2 && peer.contents().filter((content) => content === 'registration').length >= 2);
    assert.ok(lines.some((line) => /refused the registration/.test(String(line['msg'])) && JSON.stringify(line['reasons']) === '["unknown ICD version"]'), 'the refusal and its reason are logged');
    assert.not.ok(peer.contents().includes('detectionReport'));
  } finally {
    await bridge.stop();
    await peer.close();
  }
});

for (const [name, bytes, expected] of [
  ['an oversized frame', Buffer.from([0xff, 0xff, 0xff, 0x7f, 1, 2, 3]), /announced a 2147483647-byte message, over the 1048576-byte limit/],
  ['a malformed frame', Buffer.concat([Buffer.from([4, 0, 0, 0]), Buffer.from([0x0a, 0xff, 0xff, 0xff])]), /sent 4 bytes that are not a SapientMessage/],
] as const) {
  test(`${name} from the decision-maker is refused with a clear message, the connection dropped, and the node reconnects`, async () => {
    const peer = new ScriptedPeer();
    const port = await peer.listen();
    const { log, lines } = capturedLogger();
    const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}` }), log);
    try {
      bridge.receive('outpost/v1/bp-3/up', envelope('bp-3', [health()]));
      await waitFor('the registration', () => peer.frames.length >= 1);
      const first = peer.sockets[0] as Socket;
      const closed = new Promise<void>((resolve) => first.once('close', () => resolve()));
      first.write(bytes);
      await closed;
      const refusal = lines.find((line) => /refused a frame from the decision-maker/.test(String(line['msg'])));
      assert.ok(refusal, 'the refusal is logged');
      assert.match(String(refusal?.['err']), expected);
      await waitFor('a new connection that registers again', () => peer.sockets.length >= 2 && peer.contents().filter((content) => content === 'registration').length >= 2);
    } finally {
      await bridge.stop();
      await peer.close();
    }
  });
}

test('the decision-maker peer refuses an oversized frame from a node and drops that connection', async () => {
  const lines: string[] = [];
  const decisionMaker = new DecisionMaker({ host: '127.0.0.1', port: 0, maxFrameBytes: 1024, onLine: (line) => lines.push(line) });
  const { port } = await decisionMaker.listen();
  try {
    const { connect } = await import('node:net');
    const socket = connect({ host: '127.0.0.1', port });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(Buffer.from([0x00, 0x10, 0x00, 0x00]));
    await closed;
    assert.match(lines.join('\n'), /refused: .*announced a 4096-byte message, over the 1024-byte limit.*; connection dropped/);
  } finally {
    await decisionMaker.close();
  }
});

function listenProcess(port: number): Peer {
  return startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'sapient', 'listen', '--port', String(port)], { cwd: root, env: { ...process.env, OUTPOST_LOG_LEVEL: 'warn' } });
}

test('after an outage (the listener killed and restarted) the node registers again and delivers the queued reports in order', async () => {
  const port = await freePort();
  let listener = listenProcess(port);
  const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}` }), capturedLogger().log);
  try {
    await listener.waitForOutput(/listening for SAPIENT nodes on 127\.0\.0\.1:\d+/, PROCESS_WAIT_MS);
    bridge.receive('outpost/v1/bp-4/up', envelope('bp-4', [health()]));
    await listener.waitForOutput(/bp-4 status OK/, PROCESS_WAIT_MS);
    const node = bridge.nodes().get('bp-4');
    await listener.kill();
    await waitFor('the node to notice the outage', () => node?.isRegistered === false);
    const sensors = ['beam-1', 'beam-2', 'beam-3', 'beam-4', 'beam-5'];
    bridge.receive('outpost/v1/bp-4/up', envelope('bp-4', sensors.map((sensor, index) => ({ ...beamCrossing(`${sensor}:1`, index), detection: { ...beamCrossing(`${sensor}:1`, index).detection, sensor } }))));
    await waitFor('five reports queued', () => node?.stats.queued === 5);
    listener = listenProcess(port);
    await listener.waitForOutput(/by beam-5/, PROCESS_WAIT_MS);
    const output = listener.output();
    const order = [...output.matchAll(/by (beam-\d)/g)].map((match) => match[1]);
    assert.equal(order, sensors, 'delivered in the order they were queued');
    assert.ok(output.indexOf('registration') < output.indexOf('by beam-1'), 'registered again before reporting');
    assert.is(node?.stats.dropped, 0);
  } finally {
    await bridge.stop();
    await listener.stop();
  }
});

test('past the queue limit the oldest reports are dropped and counted', async () => {
  const port = await freePort();
  const { log, lines } = capturedLogger();
  const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}`, queue_limit: 3 }), log);
  try {
    bridge.receive('outpost/v1/bp-5/up', envelope('bp-5', [1, 2, 3, 4, 5].map((n) => beamCrossing(`beam:${n}`, n))));
    const node = bridge.nodes().get('bp-5');
    assert.is(node?.stats.queued, 3);
    assert.is(node?.stats.dropped, 2);
    assert.ok(lines.some((line) => /queue full/.test(String(line['msg']))));
  } finally {
    await bridge.stop();
  }
});

test.run();
