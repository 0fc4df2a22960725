import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSync, closeSync, readSync, writeSync, constants } from 'node:fs';
import { OutpostError } from '../../kernel/errors.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { rtuCodec } from '../../drivers/modbus/adu.js';
import { crc16 } from '../../drivers/modbus/crc.js';
import { ModbusLine } from '../../drivers/modbus/line.js';
import { ptyPair, type PtyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { testUnless } from '../support/skip.js';
import { waitFor } from '../support/net.js';

/** Like a slave: waits until a whole request (8 bytes for a read) has arrived on `fd` (opened non-blocking). */
async function requestArrives(fd: number): Promise<Buffer> {
  const buffer = Buffer.alloc(64);
  let got = 0;
  return waitFor('a request on the wire', () => {
    try {
      got += readSync(fd, buffer, got, buffer.length - got, null);
    } catch {
      // EAGAIN: nothing yet
    }
    return got >= 8 ? buffer.subarray(0, got) : undefined;
  });
}
import { pymodbusMissing, startModbusPeer, type ModbusPeer } from './peer.js';

const BAUD = 38400;

function rtuLine(path: string, timeoutMs = 300, retries = 0): ModbusLine {
  const link = new SerialLink({ path, baud: BAUD, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
  return new ModbusLine({ name: 'bus:rs485-a', link, codec: rtuCodec, timeoutMs, retries, turnaroundMs: 5 });
}

let pair: PtyPair | undefined;
let server: ModbusPeer | undefined;

test.before(async () => {
  if (pymodbusMissing !== undefined) return;
  pair = await ptyPair(tempDir(), 'rs485');
  server = await startModbusPeer(
    { mode: 'rtu', device: pair.b, baud: BAUD },
    {
      1: { holding: [101, 102, 103, 104], input: [11, 12] },
      2: { holding: [201, 202, 203, 204], coil: [1, 1, 0] },
      3: { holding: [301, 302, 303, 304] },
    },
    // The slave takes 15 ms to answer: a second request sent meanwhile would collide on the wire.
    15,
  );
});

test.after(async () => {
  await server?.stop();
  await pair?.stop();
});

testUnless(test, pymodbusMissing, 'three units on one RTU line polled at once: every answer right, requests strictly one after another', async () => {
  const line = rtuLine(pair!.a);
  try {
    await line.start();
    const before = server!.requests().length;
    const reads = [];
    for (let round = 0; round < 4; round++) {
      for (const unit of [1, 2, 3]) reads.push(line.read(unit, 'holding', round, 1).then((r) => ({ unit, round, r })));
    }
    reads.push(line.read(2, 'coil', 0, 3).then((r) => ({ unit: 2, round: -1, r })));
    const results = await Promise.all(reads);
    for (const { unit, round, r } of results) {
      if (round < 0) assert.equal(r, { bits: [true, true, false] });
      else assert.equal(r, { words: [unit * 100 + round + 1] }, `unit ${unit} register ${round}`);
    }
    // The server prints each request on stdout, which may trail the answers on the wire.
    await waitFor('the server log', () => server!.requests().length - before >= 13);
    const served = server!.requests().slice(before);
    // The server saw exactly our requests, in the order they were queued: nothing was garbled or merged.
    assert.equal(
      served.map((s) => `${s.unit}:${s.table}:${s.address}`),
      [...[0, 1, 2, 3].flatMap((round) => [1, 2, 3].map((unit) => `${unit}:holding:${round}`)), '2:coil:0'],
    );
    for (const unit of [1, 2, 3]) assert.is(line.unitCounters(unit).timeouts, 0);
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'a silent unit on the RTU line times out while its neighbours keep answering', async () => {
  const line = rtuLine(pair!.a, 150, 1);
  try {
    await line.start();
    const results = await Promise.allSettled([line.read(7, 'holding', 0, 1), line.read(1, 'input', 0, 2), line.read(7, 'holding', 0, 1), line.read(3, 'holding', 3, 1)]);
    assert.is(results[0].status, 'rejected');
    assert.is(((results[0] as PromiseRejectedResult).reason as OutpostError).code, 'modbus.timeout');
    assert.equal((results[1] as PromiseFulfilledResult<unknown>).value, { words: [11, 12] });
    assert.equal((results[3] as PromiseFulfilledResult<unknown>).value, { words: [304] });
    assert.is(line.unitCounters(7).timeouts, 4);
    assert.is(line.unitCounters(7).responses, 0);
    assert.is(line.unitCounters(1).responses, 1);
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'an illegal data address from an RTU slave is named', async () => {
  const line = rtuLine(pair!.a);
  try {
    await line.start();
    const error = await line.read(2, 'holding', 40, 2).then(
      () => undefined,
      (e: unknown) => e as OutpostError,
    );
    assert.is(error?.code, 'modbus.exception');
    assert.match(error?.describe() ?? '', /^unit 2 on bus:rs485-a: illegal data address at holding 40\.\.41/);
  } finally {
    await line.stop();
  }
});

test('garbled answers (bad CRC) are reported as CRC errors, not as silence', async () => {
  const dir = tempDir();
  const wire = await ptyPair(dir, 'noisy');
  const line = rtuLine(wire.a, 200, 0);
  const device = openSync(wire.b, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
  try {
    await line.start();
    const answer = Buffer.from([5, 3, 2, 0x12, 0x34, 0, 0]);
    answer.writeUInt16LE(crc16(answer, 0, 5) ^ 0x0101, 5);
    const pending = line.read(5, 'holding', 0, 1).then(
      () => undefined,
      (e: unknown) => e as OutpostError,
    );
    await requestArrives(device);
    writeSync(device, answer);
    const error = await pending;
    assert.is(error?.code, 'modbus.crc');
    assert.match(error?.describe() ?? '', /garbled answers.*baud rate, parity/);
    assert.is(line.unitCounters(5).crc_errors, 1);

    // A good frame after noise and a stray answer from another unit is still found.
    const good = Buffer.from([5, 3, 2, 0x12, 0x34, 0, 0]);
    good.writeUInt16LE(crc16(good, 0, 5), 5);
    const stray = Buffer.from([9, 3, 2, 0, 1, 0, 0]);
    stray.writeUInt16LE(crc16(stray, 0, 5), 5);
    const second = line.read(5, 'holding', 0, 1);
    assert.equal([...(await requestArrives(device))], [5, 3, 0, 0, 0, 1, 0x85, 0x8e]);
    writeSync(device, Buffer.concat([Buffer.from([0xff, 0x00]), stray, good]));
    assert.equal(await second, { words: [0x1234] });
  } finally {
    closeSync(device);
    await line.stop();
    await wire.stop();
  }
});

test.run();
