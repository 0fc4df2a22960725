import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { constants, openSync, writeSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { ReadStream } from 'node:tty';
import { openSerialLink } from '../../drivers/serial/factory.js';
import type { ByteLink, LinkState } from '../../drivers/serial/types.js';
import { OutpostError } from '../../kernel/errors.js';
import { PtyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { freePort, waitFor } from '../support/net.js';

/**
 * The ByteLink contract (drivers/serial/types.ts), run against every transport the serial
 * driver has: a serial port (a socat PTY pair) and raw serial over TCP. Invariants checked:
 * 1. start() resolves while the device is absent: state `lost`, health `fault` with the reason.
 * 2. The link opens by itself once the device appears (retry with backoff).
 * 3. Bytes cross both ways unchanged, binary included.
 * 4. When the device vanishes the state goes `lost`, write rejects with `disconnect: true`, and
 *    when it returns the same subscribers receive data again (nobody resubscribes).
 * 5. stop() leaves state `closed` and health `stopped`, releases the device, and is safe twice.
 */

/** The device end of a transport, as a test drives it. */
interface DevicePeer {
  /** What the link is opened on. */
  path: string;
  /** The device appears (plugged in, server listening). */
  plug(): Promise<void>;
  /** The device vanishes (unplugged, server gone). */
  unplug(): Promise<void>;
  /** Waits until the link is attached to the device end (PTY: opened; TCP: connected). */
  attached(): Promise<void>;
  send(bytes: Buffer): void;
  /** Everything the device received since it was last plugged. */
  received(): Buffer;
  /** Whether the device end saw the link go away. */
  released(): boolean;
}

function ptyPeer(): DevicePeer {
  const pair = new PtyPair(tempDir(), 'conf');
  let fd: number | undefined;
  let reader: ReadStream | undefined;
  let got: Buffer[] = [];
  return {
    path: pair.a,
    async plug() {
      await pair.start();
      got = [];
      fd = openSync(pair.b, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
      reader = new ReadStream(fd);
      reader.on('data', (chunk: Buffer) => got.push(chunk));
      reader.on('error', () => undefined);
    },
    async unplug() {
      reader?.destroy();
      reader = undefined;
      fd = undefined;
      await pair.stop();
    },
    attached: async () => undefined,
    send(bytes) {
      writeSync(fd as number, bytes);
    },
    received: () => Buffer.concat(got),
    // A PTY's far end cannot tell whether the other end is open: the serial port test checks it through stop alone.
    released: () => true,
  };
}

function tcpPeer(port: number): DevicePeer {
  let server: Server | undefined;
  let socket: Socket | undefined;
  let got: Buffer[] = [];
  let ended = false;
  return {
    path: `tcp://127.0.0.1:${port}`,
    async plug() {
      got = [];
      server = createServer((accepted) => {
        socket = accepted;
        ended = false;
        accepted.on('data', (chunk) => got.push(chunk));
        accepted.on('close', () => (ended = true));
        accepted.on('error', () => undefined);
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async unplug() {
      socket?.destroy();
      socket = undefined;
      await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
      server = undefined;
    },
    attached: () => waitFor('the link connects to the device server', () => socket !== undefined).then(() => undefined),
    send(bytes) {
      socket?.write(bytes);
    },
    received: () => Buffer.concat(got),
    released: () => ended,
  };
}

const transports: { name: string; peer: () => Promise<DevicePeer> }[] = [
  { name: 'serial port (socat PTY pair)', peer: async () => ptyPeer() },
  { name: 'raw serial over TCP', peer: async () => tcpPeer(await freePort()) },
];

const binary = Buffer.from([0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 0x0d, 0x0a, 0x24]);

for (const transport of transports) {
  const it = suite(`ByteLink over ${transport.name}`);

  it('1-2: start resolves with the device absent (lost, fault); the link opens by itself when it appears', async () => {
    const peer = await transport.peer();
    const link: ByteLink = openSerialLink({ path: peer.path, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
    try {
      await link.start();
      assert.is(link.state, 'lost');
      const health = link.health();
      assert.is(health.status, 'fault');
      assert.ok((health.message ?? '').length > 0, 'health says why');
      await peer.plug();
      await waitFor('the link opens by itself', () => link.state === 'open');
      assert.is(link.health().status, 'ok');
    } finally {
      await link.stop();
      await peer.unplug();
    }
  });

  it('3-5: bytes both ways unchanged; loss and return keep the subscribers; stop releases, twice is safe', async () => {
    const peer = await transport.peer();
    await peer.plug();
    const link: ByteLink = openSerialLink({ path: peer.path, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
    const states: LinkState[] = [];
    link.onState((state) => states.push(state));
    let got: Buffer[] = [];
    link.onData((chunk) => got.push(chunk));
    try {
      await link.start();
      assert.is(link.state, 'open');
      await peer.attached();
      await link.write(binary);
      await waitFor('the device receives the bytes', () => peer.received().length >= binary.length);
      assert.equal([...peer.received()], [...binary]);
      peer.send(binary);
      await waitFor('the link receives the bytes', () => Buffer.concat(got).length >= binary.length);
      assert.equal([...Buffer.concat(got)], [...binary]);

      await peer.unplug();
      await waitFor('the loss is noticed', () => link.state === 'lost');
      try {
        await link.write('x');
        assert.unreachable('a write while lost must reject');
      } catch (error) {
        assert.instance(error, OutpostError);
        assert.ok((error as OutpostError).disconnect, 'the rejection says the link is gone');
      }
      await peer.plug();
      await waitFor('the link returns', () => link.state === 'open');
      await peer.attached();
      got = [];
      const again = Buffer.from('after return');
      peer.send(again);
      await waitFor('the same subscriber hears the returned device', () => Buffer.concat(got).length >= again.length);
      assert.is(Buffer.concat(got).toString(), 'after return');
      assert.ok(states.includes('lost') && states.lastIndexOf('open') > states.indexOf('lost'));
    } finally {
      await link.stop();
      await link.stop();
    }
    assert.is(link.state, 'closed');
    assert.is(link.health().status, 'stopped');
    await waitFor('the device sees the link released', () => peer.released());
    await peer.unplug();
  });

  it.run();
}
