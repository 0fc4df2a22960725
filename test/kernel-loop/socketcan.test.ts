import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { silentLogger } from '../../kernel/logger.js';
import { SocketcanBus } from '../../drivers/can/socketcan/bus.js';
import { realKernel } from '../../drivers/can/socketcan/interface.js';
import type { CanFrame } from '../../drivers/can/types.js';
import { waitFor } from '../support/net.js';
import { DEBIAN_PYTHON } from '../support/process.js';
import { testUnless } from '../support/skip.js';
import { figure } from './figure.js';
import { addVcan, addVxcanPair, interfaceName, ip, kernelCanMissing } from './can-links.js';

/**
 * The SocketCAN bus on the kernel's own CAN stack (vcan and vxcan under qemu), through the
 * socketcan package's native addon: what test/can/socketcan.test.ts can only fake on a kernel
 * without CAN. Each test makes its own interfaces, so taking one down disturbs nothing else.
 */
const missing = kernelCanMissing();

function bus(name: string, iface: string): SocketcanBus {
  return new SocketcanBus({ name, iface, log: silentLogger(), kernel: realKernel, retry: { minMs: 50, maxMs: 200 } });
}

async function started(...buses: SocketcanBus[]): Promise<void> {
  for (const one of buses) {
    await one.start();
    assert.is(one.health().status, 'ok', one.health().message);
  }
}

testUnless(test, missing, 'a burst of 10,000 frames crosses vcan complete and in order', async () => {
  const iface = addVcan(interfaceName('vcanb'));
  const a = bus('bus:a', iface);
  const b = bus('bus:b', iface);
  await started(a, b);
  try {
    const seen: number[] = [];
    b.onFrame((frame) => seen.push(frame.data.readUInt32BE(0)));
    const total = 10_000;
    const begun = process.hrtime.bigint();
    for (let n = 0; n < total; n += 1) {
      const data = Buffer.alloc(8);
      data.writeUInt32BE(n, 0);
      await a.send({ id: 0x100 + (n % 0x100), extended: false, remote: false, data });
      // Stay within the receiving socket's buffer (about 200 frames): the burst is as fast as the reader keeps up.
      if (n % 100 === 99) await waitFor(`frame ${n} received`, () => seen.length > n - 100, 10_000, 1);
    }
    await waitFor(`all ${total} frames`, () => seen.length >= total, 30_000, 5);
    const seconds = Number(process.hrtime.bigint() - begun) / 1e9;
    figure(`can_burst_frames: ${total} frames`);
    figure(`can_burst_rate: ${Math.round(total / seconds)} frames/s`);
    assert.is(seen.length, total);
    assert.ok(seen.every((value, index) => value === index), 'in order, none lost or repeated');
    assert.is(b.health().counters?.frames_rx, total);
  } finally {
    await a.stop();
    await b.stop();
  }
});

testUnless(test, missing, 'a vxcan pair carries standard, extended and remote frames from one interface to the other, filtered', async () => {
  const [left, right] = addVxcanPair(interfaceName('vxl'), interfaceName('vxr'));
  const a = bus('bus:left', left);
  const b = bus('bus:right', right);
  await started(a, b);
  try {
    const all: CanFrame[] = [];
    const extendedOnly: CanFrame[] = [];
    b.onFrame((frame) => all.push(frame));
    b.onFrame((frame) => extendedOnly.push(frame), [{ id: 0x18fef100, mask: 0x1fffff00, extended: true }]);
    await a.send({ id: 0x18fef1fe, extended: true, remote: false, data: Buffer.from('0102', 'hex') });
    await a.send({ id: 0x7df, extended: false, remote: true, data: Buffer.alloc(0), length: 8 });
    await a.send({ id: 0x18fef2fe, extended: true, remote: false, data: Buffer.from('03', 'hex') });
    await waitFor('three frames on the far side', () => all.length >= 3, 5000);
    assert.equal(
      all.map((f) => [f.id, f.extended, f.remote, f.length]),
      [
        [0x18fef1fe, true, false, 2],
        [0x7df, false, true, 8],
        [0x18fef2fe, true, false, 1],
      ],
    );
    assert.equal(extendedOnly.map((f) => f.id), [0x18fef1fe]);
    assert.ok(Math.abs((all[0]?.timeMs ?? 0) - Date.now()) < 10_000, 'kernel receive timestamps are wall-clock ms');
  } finally {
    await a.stop();
    await b.stop();
  }
});

testUnless(test, missing, "the kernel's error frames reach the bus: bus-off is a fault until traffic returns", async () => {
  const iface = addVcan(interfaceName('vcane'));
  const a = bus('bus:a', iface);
  const b = bus('bus:b', iface);
  await started(a, b);
  try {
    const errors: CanFrame[] = [];
    b.onFrame((frame) => frame.error && errors.push(frame));
    // python-can (Debian's, a separate peer) writes a raw error frame: CAN_ERR_FLAG | CAN_ERR_BUSOFF.
    const script = `import can\nwith can.Bus(channel='${iface}', interface='socketcan') as bus:\n    bus.send(can.Message(arbitration_id=0x40, is_error_frame=True, is_extended_id=False, data=[0] * 8))\n`;
    execFileSync(DEBIAN_PYTHON, ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitFor('the error frame', () => errors.length >= 1, 5000);
    assert.is(errors[0]?.id, 0x40);
    assert.is(b.health().status, 'fault');
    assert.match(b.health().message ?? '', /bus off/);
    await a.send({ id: 0x100, extended: false, remote: false, data: Buffer.from('01', 'hex') });
    await waitFor('health back to ok with traffic', () => b.health().status === 'ok', 5000);
  } finally {
    await a.stop();
    await b.stop();
  }
});

testUnless(test, missing, 'an interface taken down under the bus is a fault; brought up again, the bus reopens and frames flow', async () => {
  const iface = addVcan(interfaceName('vcand'));
  const a = bus('bus:a', iface);
  const b = bus('bus:b', iface);
  await started(a, b);
  try {
    const frames: CanFrame[] = [];
    b.onFrame((frame) => frames.push(frame));
    ip('link', 'set', iface, 'down');
    await waitFor('both buses to fault', () => a.health().status === 'fault' && b.health().status === 'fault', 5000);
    assert.match(b.health().message ?? '', new RegExp(`${iface}`));
    ip('link', 'set', iface, 'up');
    await waitFor('both buses to reopen', () => a.health().status === 'ok' && b.health().status === 'ok', 10_000);
    assert.ok((b.health().counters?.reopens ?? 0) >= 1);
    await a.send({ id: 0x321, extended: false, remote: false, data: Buffer.from('cafe', 'hex') });
    await waitFor('a frame after the interface came back', () => frames.some((f) => f.id === 0x321), 5000);
  } finally {
    await a.stop();
    await b.stop();
  }
});

test.run();
