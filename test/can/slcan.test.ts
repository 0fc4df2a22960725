import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../kernel/logger.js';
import { SerialLink } from '../../drivers/serial/index.js';
import { SlcanBus } from '../../drivers/can/slcan/bus.js';
import { parseDbc } from '../../drivers/can/signals/dbc.js';
import { SignalSet } from '../../drivers/can/signals/signal-set.js';
import type { CanFrame } from '../../drivers/can/types.js';
import { OutpostError } from '../../kernel/errors.js';
import { ptyPair, type PtyPair } from '../support/pty.js';
import { startPeer, DEBIAN_PYTHON, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';

const peerScript = fileURLToPath(new URL('./peers/slcan_adapter.py', import.meta.url));
const dbcText = readFileSync(fileURLToPath(new URL('../fixtures/can/mast.dbc', import.meta.url)), 'utf8');

interface Rig {
  pair: PtyPair;
  adapter: Adapter;
  bus: SlcanBus;
  frames: CanFrame[];
}

/** The python-can adapter process and what it printed. */
class Adapter {
  constructor(readonly peer: Peer) {}

  static async start(port: string): Promise<Adapter> {
    const peer = startPeer(DEBIAN_PYTHON, [peerScript, port]);
    await peer.waitForOutput(/"ready"/);
    return new Adapter(peer);
  }

  control(op: Record<string, unknown>): void {
    this.peer.child.stdin?.write(`${JSON.stringify(op)}\n`);
  }

  async done(what: string, count = 1): Promise<void> {
    await waitFor(`the adapter to finish ${what}`, () => this.events().filter((event) => event.done === what).length >= count);
  }

  events(): Record<string, unknown>[] {
    return this.peer
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  commands(): string[] {
    return this.events().flatMap((event) => (typeof event.command === 'string' ? [event.command] : []));
  }

  received(): { id: number; ext: boolean; rtr: boolean; dlc: number; data: string }[] {
    return this.events().flatMap((event) => (event.rx === undefined ? [] : [event.rx as { id: number; ext: boolean; rtr: boolean; dlc: number; data: string }]));
  }
}

async function rig(): Promise<Rig> {
  const pair = await ptyPair(tempDir());
  const adapter = await Adapter.start(pair.b);
  const link = new SerialLink({ path: pair.a, baud: 115_200, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 }, name: 'bus:mast' });
  const bus = new SlcanBus(link, { name: 'bus:mast', bitrate: 500_000, log: silentLogger(), statusIntervalMs: 100, retry: { minMs: 50, maxMs: 200 } });
  const frames: CanFrame[] = [];
  bus.onFrame((frame) => frames.push(frame));
  const r = { pair, adapter, bus, frames };
  try {
    await bus.start();
    await waitFor('the SLCAN bus to open', () => bus.health().status === 'ok');
  } catch (error) {
    await teardown(r);
    throw error;
  }
  return r;
}

async function teardown(r: Rig): Promise<void> {
  await r.bus.stop();
  r.adapter.peer.child.stdin?.end();
  await r.adapter.peer.stop();
  await r.pair.stop();
}

const slcan = suite('slcan against python-can');

slcan('opens the adapter with close, bitrate, open and closes it on stop', async () => {
  const r = await rig();
  try {
    assert.equal(r.adapter.commands().slice(0, 3), ['C', 'S6', 'O']);
    assert.is(r.bus.health().counters?.reopens, 0, 'the first open is not a reopen');
  } finally {
    await r.bus.stop();
    await waitFor('the close command', () => r.adapter.commands().at(-1) === 'C');
    r.adapter.peer.child.stdin?.end();
    await r.adapter.peer.stop();
    await r.pair.stop();
  }
});

slcan('receives standard, extended and remote frames python-can sent', async () => {
  const r = await rig();
  try {
    r.adapter.control({ op: 'send', id: 0x123, data: 'deadbeef' });
    r.adapter.control({ op: 'send', id: 0x1abcdef0, ext: true, data: '0102030405060708' });
    r.adapter.control({ op: 'send', id: 0x7ff, rtr: true, dlc: 4 });
    r.adapter.control({ op: 'send', id: 0x18ff00aa, ext: true, rtr: true, dlc: 0 });
    r.adapter.control({ op: 'send', id: 0x000, data: '' });
    await waitFor('five frames', () => r.frames.length >= 5);
    const seen = r.frames.map((f) => ({ id: f.id, extended: f.extended, remote: f.remote, length: f.length, data: f.data.toString('hex') }));
    assert.equal(seen, [
      { id: 0x123, extended: false, remote: false, length: 4, data: 'deadbeef' },
      { id: 0x1abcdef0, extended: true, remote: false, length: 8, data: '0102030405060708' },
      { id: 0x7ff, extended: false, remote: true, length: 4, data: '' },
      { id: 0x18ff00aa, extended: true, remote: true, length: 0, data: '' },
      { id: 0x000, extended: false, remote: false, length: 0, data: '' },
    ]);
  } finally {
    await teardown(r);
  }
});

slcan('sends standard, extended and remote frames that python-can decodes', async () => {
  const r = await rig();
  try {
    await r.bus.send({ id: 0x321, extended: false, remote: false, data: Buffer.from('a1b2', 'hex') });
    await r.bus.send({ id: 0x10000001, extended: true, remote: false, data: Buffer.from('00ff00ff00ff00ff', 'hex') });
    await r.bus.send({ id: 0x100, extended: false, remote: true, data: Buffer.alloc(0), length: 8 });
    await r.bus.send({ id: 0x1fffffff, extended: true, remote: true, data: Buffer.alloc(0), length: 2 });
    await waitFor('python-can to decode four frames', () => r.adapter.received().length >= 4);
    assert.equal(r.adapter.received(), [
      { id: 0x321, ext: false, rtr: false, dlc: 2, data: 'a1b2' },
      { id: 0x10000001, ext: true, rtr: false, dlc: 8, data: '00ff00ff00ff00ff' },
      { id: 0x100, ext: false, rtr: true, dlc: 8, data: '' },
      { id: 0x1fffffff, ext: true, rtr: true, dlc: 2, data: '' },
    ]);
    assert.is(r.bus.health().counters?.frames_tx, 4);
    try {
      await r.bus.send({ id: 0x800, extended: false, remote: false, data: Buffer.alloc(1) });
      assert.unreachable('an 11-bit frame with id 0x800 must be refused');
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.is((error as OutpostError).code, 'can.bad-frame');
    }
  } finally {
    await teardown(r);
  }
});

slcan('a burst of 1000 frames each way arrives complete and in order', async () => {
  const r = await rig();
  try {
    r.adapter.control({ op: 'burst', count: 1000, id: 0x200 });
    await waitFor('1000 frames from python-can', () => r.frames.length >= 1000, 60_000);
    assert.equal(
      r.frames.map((f) => f.data.readUInt32BE(0)),
      Array.from({ length: 1000 }, (_, n) => n),
    );
    await Promise.all(
      Array.from({ length: 1000 }, (_, n) => {
        const data = Buffer.alloc(4);
        data.writeUInt32BE(n);
        return r.bus.send({ id: 0x1f0000 + (n % 16), extended: true, remote: false, data });
      }),
    );
    await waitFor('python-can to decode 1000 frames', () => r.adapter.received().length >= 1000, 60_000);
    assert.equal(
      r.adapter.received().map((m) => Number.parseInt(m.data, 16)),
      Array.from({ length: 1000 }, (_, n) => n),
    );
    assert.is(r.bus.health().counters?.bad_lines, 0);
  } finally {
    await teardown(r);
  }
});

slcan('decodes signals (DBC, Intel and Motorola) to the values python-can sent', async () => {
  const r = await rig();
  try {
    const signals = new SignalSet(parseDbc(dbcText, 'mast.dbc').messages.flatMap((m) => m.signals));
    const values: Record<string, number> = {};
    r.bus.onFrame(
      (frame) => {
        for (const decoded of signals.decode(frame)) values[decoded.signal.name] = decoded.value;
      },
      signals.filters(),
    );
    r.adapter.control({ op: 'signals', values: { speed: 87.3, temp: -12.5, voltage: 27.61, tilt: -3.4 } });
    await waitFor('four decoded signals', () => Object.keys(values).length >= 4);
    assert.ok(Math.abs((values.WheelSpeed ?? NaN) - 87.3) < 1e-9, `WheelSpeed ${values.WheelSpeed}`);
    assert.ok(Math.abs((values.MotorTemp ?? NaN) - -12.5) < 1e-9, `MotorTemp ${values.MotorTemp}`);
    assert.ok(Math.abs((values.BusVoltage ?? NaN) - 27.61) < 1e-9, `BusVoltage ${values.BusVoltage}`);
    assert.ok(Math.abs((values.Tilt ?? NaN) - -3.4) < 1e-9, `Tilt ${values.Tilt}`);
  } finally {
    await teardown(r);
  }
});

slcan('drops garbage and truncated lines, and keeps receiving', async () => {
  const r = await rig();
  try {
    const garbage = Buffer.concat([
      Buffer.from('t12'), // cut short by a USB hiccup, then the next line
      Buffer.from('\r'),
      Buffer.from('t1232AA\r'), // DLC 2, one byte
      Buffer.from('t12G1AA\r'), // not hex
      Buffer.from('t1239AABBCCDDEEFF00112233\r'), // DLC 9
      Buffer.from('T1234567\r'), // extended id cut
      Buffer.from('hello world\r'),
      Buffer.from('\x00\xff\xfe'.repeat(20), 'latin1'),
      Buffer.from('\r'),
    ]);
    r.adapter.control({ op: 'raw', hex: garbage.toString('hex') });
    await r.adapter.done('raw');
    r.adapter.control({ op: 'send', id: 0x42, data: '0102' });
    await waitFor('the frame after the garbage', () => r.frames.find((f) => f.id === 0x42));
    assert.is(r.frames.length, 1, 'no garbage became a frame');
    assert.ok((r.bus.health().counters?.bad_lines ?? 0) >= 6, `bad lines counted: ${r.bus.health().counters?.bad_lines}`);
    assert.is(r.bus.health().status, 'ok');
  } finally {
    await teardown(r);
  }
});

slcan('reports adapter status flags as an error frame and degraded health', async () => {
  const r = await rig();
  try {
    const errors: CanFrame[] = [];
    r.bus.onFrame((frame) => frame.error && errors.push(frame));
    r.adapter.control({ op: 'status', flags: 0x24 });
    await waitFor('an error frame', () => errors.length > 0);
    assert.is(r.bus.health().status, 'degraded');
    assert.match(r.bus.health().message ?? '', /error warning, error passive/);
    r.adapter.control({ op: 'status', flags: 0 });
    await waitFor('health back to ok', () => r.bus.health().status === 'ok');
  } finally {
    await teardown(r);
  }
});

slcan('the adapter vanishing and returning: fault, refused sends, then reopened', async () => {
  const r = await rig();
  try {
    r.adapter.peer.child.stdin?.end();
    await r.adapter.peer.stop();
    await r.pair.stop();
    await waitFor('a fault', () => r.bus.health().status === 'fault');
    assert.match(r.bus.health().message ?? '', /gone/);
    try {
      await r.bus.send({ id: 1, extended: false, remote: false, data: Buffer.alloc(0) });
      assert.unreachable('send must fail while the adapter is gone');
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.ok((error as OutpostError).disconnect);
    }
    await r.pair.start();
    r.adapter = await Adapter.start(r.pair.b);
    await waitFor('the bus to reopen', () => r.bus.health().status === 'ok', 20_000);
    assert.equal(r.adapter.commands().slice(0, 3), ['C', 'S6', 'O']);
    r.adapter.control({ op: 'send', id: 0x555, data: '55' });
    await waitFor('a frame after the return', () => r.frames.find((f) => f.id === 0x555));
    assert.is(r.bus.health().counters?.reopens, 1);
  } finally {
    await teardown(r);
  }
});

slcan('an adapter refusing the bitrate, or not speaking SLCAN, is a fault saying so, and opens once it answers', async () => {
  const pair = await ptyPair(tempDir());
  const adapter = await Adapter.start(pair.b);
  adapter.control({ op: 'refuse', commands: ['S6'] });
  await adapter.done('refuse');
  const link = new SerialLink({ path: pair.a, baud: 115_200, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 }, name: 'bus:mast' });
  const bus = new SlcanBus(link, { name: 'bus:mast', bitrate: 500_000, log: silentLogger(), replyTimeoutMs: 200, retry: { minMs: 50, maxMs: 100 } });
  try {
    await bus.start();
    await waitFor('a refusal fault', () => /refused to open at 500000 bit\/s/.test(bus.health().message ?? ''));
    assert.is(bus.health().status, 'fault');
    adapter.control({ op: 'mute' });
    await adapter.done('mute');
    await waitFor('a silence fault', () => /does not answer SLCAN commands/.test(bus.health().message ?? ''));
    assert.match(bus.health().message ?? '', /no answer to "C" within 200 ms/);
    adapter.control({ op: 'mute', mute: false });
    adapter.control({ op: 'refuse', commands: [] });
    await waitFor('the bus to open', () => bus.health().status === 'ok', 10_000);
  } finally {
    await bus.stop();
    adapter.peer.child.stdin?.end();
    await adapter.peer.stop();
    await pair.stop();
  }
});

slcan.run();
