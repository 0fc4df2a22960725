import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OutpostError } from '../../kernel/errors.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { tcpCodec } from '../../drivers/modbus/adu.js';
import { ModbusLine } from '../../drivers/modbus/line.js';
import { ModbusException } from '../../drivers/modbus/errors.js';
import { decodeRegisters, encodeRegisters, type RegisterLayout } from '../../drivers/modbus/decode.js';
import { testUnless } from '../support/skip.js';
import { freePort, waitFor } from '../support/net.js';
import { pymodbusMissing, startModbusPeer, type ModbusPeer } from './peer.js';

function tcpLine(port: string, timeoutMs = 300, retries = 0): ModbusLine {
  const link = new SerialLink({ path: `tcp://127.0.0.1:${port}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
  return new ModbusLine({ name: 'bus:power', link, codec: tcpCodec(), timeoutMs, retries });
}

async function failure(promise: Promise<unknown>): Promise<OutpostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OutpostError)) throw new Error(`expected an OutpostError, got ${String(error)}`);
  return error;
}

// Every type and word/byte order, laid out in holding registers from 0 (each value at its own address).
const layouts: { layout: RegisterLayout; value: number | string }[] = [];
for (const word_order of ['big', 'little'] as const) {
  for (const byte_order of ['big', 'little'] as const) {
    layouts.push(
      { layout: { type: 'int16', word_order, byte_order }, value: -1234 },
      { layout: { type: 'uint16', word_order, byte_order }, value: 54321 },
      { layout: { type: 'int32', word_order, byte_order }, value: -123456789 },
      { layout: { type: 'uint32', word_order, byte_order }, value: 3_000_000_000 },
      { layout: { type: 'float32', word_order, byte_order }, value: 13.625 },
      { layout: { type: 'string', length: 4, word_order, byte_order }, value: 'MPPT-40' },
      { layout: { type: 'bool', word_order, byte_order }, value: 1 },
    );
  }
}
const placed = layouts.map((entry, i, all) => ({ ...entry, address: all.slice(0, i).reduce((sum, e) => sum + encodeRegisters(e.value, e.layout).length, 0) }));
const holding = layouts.flatMap((entry) => encodeRegisters(entry.value, entry.layout));

let server: ModbusPeer | undefined;

testUnless(test, pymodbusMissing, 'every type and word/byte order decodes from a pymodbus server over TCP', async () => {
  server = await startModbusPeer({ mode: 'tcp' }, { 1: { holding, coil: [1, 0, 1], discrete: [0, 1], input: [7, 8] } });
  const line = tcpLine(server.where);
  try {
    await line.start();
    for (const { layout, value, address } of placed) {
      const count = encodeRegisters(value, layout).length;
      const result = await line.read(1, 'holding', address, count);
      assert.ok('words' in result);
      const decoded = decodeRegisters(result.words, layout);
      const label = `${layout.type} words ${layout.word_order} bytes ${layout.byte_order}`;
      if (typeof value === 'number' && layout.type === 'float32') assert.ok(Math.abs((decoded as number) - value) < 1e-6, label);
      else assert.is(decoded, value, label);
    }
    assert.equal(await line.read(1, 'coil', 0, 3), { bits: [true, false, true] });
    assert.equal(await line.read(1, 'discrete', 0, 2), { bits: [false, true] });
    assert.equal(await line.read(1, 'input', 0, 2), { words: [7, 8] });
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'an exception response is named and counted; the next request still works', async () => {
  const line = tcpLine(server!.where);
  try {
    await line.start();
    const error = await failure(line.read(1, 'input', 100, 2));
    assert.ok(error instanceof ModbusException);
    assert.is(error.code, 'modbus.exception');
    assert.is((error as ModbusException).exception, 2);
    assert.is(error.describe().split(';')[0], 'unit 1 on bus:power: illegal data address at input 100..101');
    assert.equal(await line.read(1, 'input', 0, 1), { words: [7] });
    assert.is(line.unitCounters(1).exceptions, 1);
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'a unit that never answers times out with a wiring hint and does not hold up the other units', async () => {
  const line = tcpLine(server!.where, 200, 1);
  try {
    await line.start();
    const silent = line.read(9, 'holding', 0, 1);
    const healthy = line.read(1, 'input', 0, 2);
    const error = await failure(silent);
    assert.is(error.code, 'modbus.timeout');
    assert.match(error.describe(), /unit 9 on bus:power: no answer within 200 ms; check the unit id/);
    assert.equal(await healthy, { words: [7, 8] });
    assert.is(line.unitCounters(9).timeouts, 2, 'one try and one retry');
    assert.is(line.unitCounters(9).retries, 1);
    assert.is(line.unitCounters(1).timeouts, 0);
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'the answer timeout counts from each request: not from an earlier one, and still after the line sat idle past it', async () => {
  const line = tcpLine(server!.where, 200, 0);
  const silentFor = async (): Promise<number> => {
    const sent = performance.now();
    const error = await failure(line.read(9, 'holding', 0, 1));
    assert.is(error.code, 'modbus.timeout');
    return performance.now() - sent;
  };
  try {
    await line.start();
    // Answered 150 ms before the silent request: a timeout still counted from that exchange would fail it after ~50 ms.
    assert.equal(await line.read(1, 'input', 0, 1), { words: [7] });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const afterRecent = await silentFor();
    assert.ok(afterRecent >= 190 && afterRecent < 1000, `timed out after ${afterRecent.toFixed(0)} ms`);
    // Idle for longer than the timeout (its timer came due with nothing in flight), then silence again.
    assert.equal(await line.read(1, 'input', 0, 1), { words: [7] });
    await new Promise((resolve) => setTimeout(resolve, 350));
    const afterIdle = await silentFor();
    assert.ok(afterIdle >= 190 && afterIdle < 1000, `timed out after ${afterIdle.toFixed(0)} ms`);
    assert.equal(await line.read(1, 'input', 0, 2), { words: [7, 8] });
    assert.is(line.unitCounters(9).timeouts, 2);
  } finally {
    await line.stop();
  }
});

testUnless(test, pymodbusMissing, 'a server that goes away fails requests as disconnected; the line reconnects when it is back', async () => {
  const port = server!.where;
  const line = tcpLine(port);
  try {
    await line.start();
    assert.equal(await line.read(1, 'input', 0, 1), { words: [7] });
    await server!.stop();
    await waitFor('the line to notice', () => !line.linkOpen);
    const error = await failure(line.read(1, 'input', 0, 1));
    assert.is(error.code, 'modbus.disconnected');
    assert.is(line.health().status, 'fault');
    assert.match(line.health().message ?? '', /refused|lost/);
    server = await startModbusPeer({ mode: 'tcp', port: Number(port) }, { 1: { input: [70, 80] } });
    await waitFor('the line to reconnect', () => line.linkOpen);
    assert.equal(await line.read(1, 'input', 0, 2), { words: [70, 80] });
    assert.is(line.health().status, 'ok');
  } finally {
    await line.stop();
  }
});

test('a refused line: healthStatus() says what health() says, without a new object per look; the refusal has no stack', async () => {
  const line = tcpLine(String(await freePort()));
  try {
    await line.start();
    await waitFor('the refusal to show', () => line.health().status === 'fault');
    const status = line.healthStatus();
    const full = line.health();
    assert.is(status.status, full.status);
    assert.is(status.message, full.message);
    assert.is(status.since, full.since);
    assert.match(status.message ?? '', /connection refused/);
    assert.not.ok('counters' in status, 'no counters are built for the watch');
    assert.ok(line.healthStatus() === status, 'the same object while nothing changed');
    const cause = (line as unknown as { options: { link: SerialLink } }).options.link.error;
    assert.is(cause?.code, 'serial.tcp.refused');
    assert.not.match(cause?.stack ?? '', /\n\s+at /, 'a routine refusal carries no stack trace');
  } finally {
    await line.stop();
  }
  assert.is(line.healthStatus().status, 'stopped');
});

test.after(async () => {
  await server?.stop();
});

test.run();
