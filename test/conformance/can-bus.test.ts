import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { openSlcanBus, openSocketcanBus } from '../../drivers/can/factory.js';
import { interfaceProblem, kernelHasCan } from '../../drivers/can/socketcan/interface.js';
import { openSerialLink } from '../../drivers/serial/factory.js';
import type { CanBus, CanFrame } from '../../drivers/can/types.js';
import { PtyPair } from '../support/pty.js';
import { DEBIAN_PYTHON, startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';

/**
 * The CanBus contract (drivers/can/types.ts), run against every backend: SLCAN (python-can
 * playing the adapter over a PTY pair) and SocketCAN (a vcan interface, with a second socket as
 * the other node; skipped with the reason where the kernel has no CAN). Invariants checked:
 * 1. start() opens the bus: health `ok`.
 * 2. Frames another node sends reach listeners in order with id, extended, remote, length and
 *    data intact; a filter delivers only what matches it; unsubscribing stops delivery.
 * 3. send() puts standard, extended and remote frames on the bus as the other node reads them.
 * 4. stop() leaves health `stopped`; send() afterwards rejects with a retryable OutpostError.
 */

/** Another node on the bus, as a test drives it. */
interface OtherNode {
  bus: CanBus;
  transmit(frame: { id: number; ext?: boolean; rtr?: boolean; dlc?: number; data?: string }): Promise<void>;
  heard(): { id: number; ext: boolean; rtr: boolean; dlc: number; data: string }[];
  close(): Promise<void>;
}

const slcanScript = fileURLToPath(new URL('../can/peers/slcan_adapter.py', import.meta.url));

async function slcanNode(): Promise<OtherNode> {
  const pair = await new PtyPair(tempDir(), 'can').start();
  const adapter: Peer = startPeer(DEBIAN_PYTHON, [slcanScript, pair.b]);
  try {
    await adapter.waitForOutput(/"ready"/);
  } catch (error) {
    // Left running, the adapter and socat hold this process's event loop open: the file would never exit.
    await adapter.stop();
    await pair.stop();
    throw error;
  }
  const events = (): Record<string, unknown>[] =>
    adapter
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const link = openSerialLink({ path: pair.a, baud: 115_200, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 }, name: 'bus:conformance' });
  const bus = openSlcanBus(link, { name: 'bus:conformance', bitrate: 500_000, log: silentLogger(), statusIntervalMs: 0, retry: { minMs: 50, maxMs: 200 } });
  return {
    bus,
    async transmit(frame) {
      adapter.child.stdin?.write(`${JSON.stringify({ op: 'send', ...frame })}\n`);
    },
    heard: () => events().flatMap((event) => (event.rx === undefined ? [] : [event.rx as ReturnType<OtherNode['heard']>[number]])),
    async close() {
      adapter.child.stdin?.end();
      await adapter.stop();
      await pair.stop();
    },
  };
}

const vcan = process.env.OUTPOST_VCAN ?? 'vcan0';

function vcanMissing(): string | undefined {
  if (!kernelHasCan()) return `this kernel has no CAN support; on a board: sudo modprobe vcan; sudo ip link add dev ${vcan} type vcan; sudo ip link set up ${vcan}`;
  const problem = interfaceProblem(vcan, 'conformance');
  return problem === undefined ? undefined : `${problem.describe()} (set OUTPOST_VCAN to use another interface)`;
}

async function socketcanNode(): Promise<OtherNode> {
  const bus = openSocketcanBus({ name: 'bus:conformance', iface: vcan, log: silentLogger(), retry: { minMs: 50, maxMs: 200 } });
  const other = openSocketcanBus({ name: 'bus:other', iface: vcan, log: silentLogger() });
  await other.start();
  const heard: ReturnType<OtherNode['heard']> = [];
  other.onFrame((frame) => heard.push({ id: frame.id, ext: frame.extended, rtr: frame.remote, dlc: frame.length, data: frame.data.toString('hex') }));
  return {
    bus,
    transmit: (frame) => other.send({ id: frame.id, extended: frame.ext ?? false, remote: frame.rtr ?? false, data: Buffer.from(frame.data ?? '', 'hex'), ...(frame.dlc === undefined ? {} : { length: frame.dlc }) }),
    heard: () => heard,
    close: () => other.stop(),
  };
}

// Inside the kernel VM only SocketCAN runs: SLCAN ran in the host's suite already, and under emulation python-can
// alone takes 12-26 s to import, past the adapter's 15 s to say it is ready.
const insideVm = process.env.OUTPOST_KERNEL_VM === '1';
const backends: { name: string; missing: () => string | undefined; node: () => Promise<OtherNode> }[] = [
  ...(insideVm ? [] : [{ name: 'SLCAN (python-can adapter on a PTY)', missing: () => undefined, node: slcanNode }]),
  { name: `SocketCAN (${vcan})`, missing: vcanMissing, node: socketcanNode },
];

const view = (frame: CanFrame) => ({ id: frame.id, extended: frame.extended, remote: frame.remote, length: frame.length, data: frame.data.toString('hex') });

for (const backend of backends) {
  const it = suite(`CanBus over ${backend.name}`);
  testUnless(it, backend.missing(), '1-4: opens; delivers, filters and unsubscribes; sends what the other node reads; refuses after stop', async () => {
    const node = await backend.node();
    const { bus } = node;
    try {
      await bus.start();
      await waitFor('the bus opens', () => bus.health().status === 'ok');

      const all: CanFrame[] = [];
      const filtered: CanFrame[] = [];
      const off = bus.onFrame((frame) => all.push(frame));
      bus.onFrame((frame) => filtered.push(frame), [{ id: 0x100, mask: 0x700 }]);
      await node.transmit({ id: 0x123, data: 'deadbeef' });
      await node.transmit({ id: 0x1abcdef0, ext: true, data: '0102030405060708' });
      await node.transmit({ id: 0x7ff, rtr: true, dlc: 4 });
      await node.transmit({ id: 0x000, data: '' });
      await waitFor('four frames', () => all.length >= 4);
      assert.equal(all.map(view), [
        { id: 0x123, extended: false, remote: false, length: 4, data: 'deadbeef' },
        { id: 0x1abcdef0, extended: true, remote: false, length: 8, data: '0102030405060708' },
        { id: 0x7ff, extended: false, remote: true, length: 4, data: '' },
        { id: 0x000, extended: false, remote: false, length: 0, data: '' },
      ]);
      assert.equal(filtered.map((frame) => frame.id), [0x123], 'the filter passes only 0x1xx');
      off();
      await node.transmit({ id: 0x101, data: '01' });
      await waitFor('the filtered listener hears it', () => filtered.length >= 2);
      assert.is(all.length, 4, 'an unsubscribed listener hears nothing more');

      await bus.send({ id: 0x321, extended: false, remote: false, data: Buffer.from('a1b2', 'hex') });
      await bus.send({ id: 0x10000001, extended: true, remote: false, data: Buffer.from('00ff00ff00ff00ff', 'hex') });
      await bus.send({ id: 0x100, extended: false, remote: true, data: Buffer.alloc(0), length: 8 });
      await waitFor('the other node reads three frames', () => node.heard().length >= 3);
      assert.equal(node.heard(), [
        { id: 0x321, ext: false, rtr: false, dlc: 2, data: 'a1b2' },
        { id: 0x10000001, ext: true, rtr: false, dlc: 8, data: '00ff00ff00ff00ff' },
        { id: 0x100, ext: false, rtr: true, dlc: 8, data: '' },
      ]);
    } finally {
      await bus.stop();
      await node.close();
    }
    assert.is(bus.health().status, 'stopped');
    try {
      await bus.send({ id: 0x1, extended: false, remote: false, data: Buffer.alloc(0) });
      assert.unreachable('a stopped bus must refuse to send');
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.ok((error as OutpostError).retryable);
    }
  });

  it.run();
}
