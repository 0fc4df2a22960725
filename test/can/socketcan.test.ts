import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../kernel/logger.js';
import { SocketcanBus, type RawChannel, type RawMessage } from '../../drivers/can/socketcan/bus.js';
import { canInterfaces, interfaceProblem, kernelHasCan, realKernel } from '../../drivers/can/socketcan/interface.js';
import type { CanFrame } from '../../drivers/can/types.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';

const iface = process.env.OUTPOST_VCAN ?? 'vcan0';

/** Why the live SocketCAN tests cannot run here, or undefined when a vcan interface is up. */
function vcanMissing(): string | undefined {
  if (!kernelHasCan()) {
    return `this kernel has no CAN support (no CAN_RAW in /proc/net/protocols, no CAN interface); on a board run: sudo modprobe vcan; sudo ip link add dev ${iface} type vcan; sudo ip link set up ${iface}`;
  }
  const problem = interfaceProblem(iface, 'test');
  return problem === undefined ? undefined : `${problem.describe()} (set OUTPOST_VCAN to use another interface)`;
}

function fakeNet(interfaces: Record<string, { type: string; flags: string; operstate: string }>, protocols = '') {
  const root = tempDir();
  for (const [name, files] of Object.entries(interfaces)) {
    mkdirSync(join(root, 'net', name), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, 'net', name, file), `${text}\n`);
  }
  writeFileSync(join(root, 'protocols'), protocols);
  return { netClass: join(root, 'net'), protocols: join(root, 'protocols') };
}

test('interface diagnosis: missing, not CAN, down, usable', () => {
  const board = fakeNet(
    {
      can0: { type: '280', flags: '0x80', operstate: 'down' },
      can1: { type: '280', flags: '0xc1', operstate: 'up' },
      eth0: { type: '1', flags: '0x1003', operstate: 'up' },
    },
    'CAN_RAW    952      0      -1   NI       0   yes  can_raw\n',
  );
  assert.equal(canInterfaces(board), ['can0', 'can1']);
  assert.is(interfaceProblem('can2', 's', board)?.code, 'can.missing');
  assert.match(interfaceProblem('can2', 's', board)?.hint ?? '', /can0, can1/);
  assert.is(interfaceProblem('eth0', 's', board)?.code, 'can.not-can');
  assert.is(interfaceProblem('can0', 's', board)?.code, 'can.down');
  assert.match(interfaceProblem('can0', 's', board)?.hint ?? '', /ip link set can0 up type can bitrate/);
  assert.is(interfaceProblem('can1', 's', board), undefined);
  const bare = fakeNet({ eth0: { type: '1', flags: '0x1003', operstate: 'up' } });
  assert.match(interfaceProblem('can0', 's', bare)?.hint ?? '', /no CAN support/);
});

test('a missing interface is a fault with the reason, retried, never a rejected start', async () => {
  const bus = new SocketcanBus({ name: 'bus:mast', iface: 'can9', log: silentLogger(), kernel: fakeNet({}), retry: { minMs: 10, maxMs: 20 } });
  await bus.start();
  assert.is(bus.health().status, 'fault');
  assert.match(bus.health().message ?? '', /can9 does not exist/);
  await waitFor('a retry', () => (bus.health().counters?.reopens ?? 0) >= 2);
  await bus.stop();
  assert.is(bus.health().status, 'stopped');
});

/** Stands in for the socketcan package's RawChannel: the kernel is absent here, our mapping is not. */
class FakeChannel implements RawChannel {
  sent: { id: number; ext: boolean; rtr: boolean; data: Buffer }[] = [];
  started = false;
  private listeners = new Map<string, (...args: never[]) => void>();
  addListener(event: 'onMessage' | 'onStopped', callback: (...args: never[]) => void): void {
    this.listeners.set(event, callback);
  }
  start(): void {
    this.started = true;
  }
  stop(): void {
    this.started = false;
    (this.listeners.get('onStopped') as (() => void) | undefined)?.();
  }
  send(message: { id: number; ext: boolean; rtr: boolean; data: Buffer }): void {
    this.sent.push(message);
  }
  deliver(message: RawMessage): void {
    (this.listeners.get('onMessage') as ((m: RawMessage) => void) | undefined)?.(message);
  }
}

test('frames, remote frames and kernel error frames map onto the contract; bus-off is a fault until traffic returns', async () => {
  const kernel = fakeNet({ can0: { type: '280', flags: '0xc1', operstate: 'up' } }, 'CAN_RAW\n');
  const channels: FakeChannel[] = [];
  const bus = new SocketcanBus({
    name: 'bus:vehicle',
    iface: 'can0',
    log: silentLogger(),
    kernel,
    retry: { minMs: 10, maxMs: 20 },
    open: async () => {
      const channel = new FakeChannel();
      channels.push(channel);
      return channel;
    },
  });
  const frames: CanFrame[] = [];
  bus.onFrame((frame) => frames.push(frame));
  await bus.start();
  try {
    assert.is(bus.health().status, 'ok');
    const channel = channels[0] as FakeChannel;
    assert.ok(channel.started);
    channel.deliver({ id: 0x18fef1fe, ext: true, data: Buffer.from('0102', 'hex'), ts_sec: 1700000000, ts_usec: 250000 });
    channel.deliver({ id: 0x7df, rtr: true, data: Buffer.alloc(8) });
    channel.deliver({ id: 0x40, err: true, data: Buffer.alloc(8) });
    assert.equal(
      frames.map((f) => [f.id, f.extended, f.remote, f.error, f.length, f.data.toString('hex')]),
      [
        [0x18fef1fe, true, false, false, 2, '0102'],
        [0x7df, false, true, false, 8, ''],
        [0x40, false, false, true, 8, '0000000000000000'],
      ],
    );
    assert.is(frames[0]?.timeMs, 1700000000250, 'kernel timestamps are used');
    assert.is(bus.health().status, 'fault');
    assert.match(bus.health().message ?? '', /can0 reports bus off/);
    channel.deliver({ id: 0x100, data: Buffer.alloc(1) });
    assert.is(bus.health().status, 'ok', 'traffic again: the controller recovered');
    await bus.send({ id: 0x7df, extended: false, remote: true, data: Buffer.alloc(0), length: 3 });
    await bus.send({ id: 0x123, extended: false, remote: false, data: Buffer.from('aa', 'hex') });
    assert.equal(channel.sent.map((m) => [m.id, m.ext, m.rtr, m.data.length]), [
      [0x7df, false, true, 3],
      [0x123, false, false, 1],
    ]);
    channel.stop();
    assert.is(bus.health().status, 'fault', 'a stopped channel is a fault');
    await waitFor('a new channel', () => channels.length === 2 && bus.health().status === 'ok');
  } finally {
    await bus.stop();
  }
});

testUnless(test, vcanMissing(), `frames over ${iface}: standard, extended, remote, filters`, async () => {
  const a = new SocketcanBus({ name: 'bus:a', iface, log: silentLogger(), kernel: realKernel });
  const b = new SocketcanBus({ name: 'bus:b', iface, log: silentLogger(), kernel: realKernel });
  await a.start();
  await b.start();
  try {
    const all: CanFrame[] = [];
    const filtered: CanFrame[] = [];
    b.onFrame((frame) => all.push(frame));
    b.onFrame((frame) => filtered.push(frame), [{ id: 0x120, mask: 0x7f0, extended: false }]);
    await a.send({ id: 0x123, extended: false, remote: false, data: Buffer.from('deadbeef', 'hex') });
    await a.send({ id: 0x1abcdef0, extended: true, remote: false, data: Buffer.from('0102030405060708', 'hex') });
    await a.send({ id: 0x7ff, extended: false, remote: true, data: Buffer.alloc(0), length: 4 });
    await a.send({ id: 0x200, extended: false, remote: false, data: Buffer.alloc(0) });
    await waitFor('four frames', () => all.length >= 4);
    assert.equal(
      all.map((f) => [f.id, f.extended, f.remote, f.data.toString('hex')]),
      [
        [0x123, false, false, 'deadbeef'],
        [0x1abcdef0, true, false, '0102030405060708'],
        [0x7ff, false, true, ''],
        [0x200, false, false, ''],
      ],
    );
    assert.equal(filtered.map((f) => f.id), [0x123]);
  } finally {
    await a.stop();
    await b.stop();
  }
});

test.run();
