import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SerialLink } from '../../drivers/serial/link.js';
import { runCli } from '../support/cli.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { loadTranscript, ModemSimulator } from './modem-sim.js';

const line = { baud: 115200, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } } as const;

async function simulatedModem(transcript: string) {
  const pair = await ptyPair(tempDir());
  const device = new SerialLink({ path: pair.b, ...line });
  await device.start();
  const sim = new ModemSimulator(device, loadTranscript(transcript));
  return {
    pair,
    sim,
    async close() {
      sim.stop();
      await device.stop();
      await pair.stop();
    },
  };
}

test('probe at on a PTY modem (Quectel, echo on): identity, signal in dBm, registration in words', async () => {
  const modem = await simulatedModem('quectel-ec25-echo.txt');
  try {
    const result = await runCli(['probe', 'at', modem.pair.a]);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /^port {10}.*tty-a at 115200 8N1$/m);
    assert.match(result.stdout, /^identity {6}Quectel EC25 Revision: EC25EFAR06A06M4G$/m);
    assert.match(result.stdout, /^manufacturer {2}Quectel$/m);
    assert.match(result.stdout, /^model {9}EC25$/m);
    assert.match(result.stdout, /^signal {8}-77 dBm \(CSQ 18\)$/m);
    assert.match(result.stdout, /^registration {2}CREG: registered, home network \(area 2604, cell 6DA5A09, LTE\)$/m);
    assert.match(result.stdout, /^ {14}CEREG: registered, home network/m);
    assert.equal(modem.sim.received, ['AT', 'ATI', 'AT+CGMI', 'AT+CGMM', 'AT+CSQ', 'AT+CREG?', 'AT+CEREG?']);
  } finally {
    await modem.close();
  }
});

test('probe at with URCs mid-answer and a modem without SIM: URCs listed apart, errors shown, exit 0', async () => {
  const urc = await simulatedModem('sim7600-urcs.txt');
  try {
    const result = await runCli(['probe', 'at', urc.pair.a]);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /^signal {8}-67 dBm \(CSQ 23\)$/m);
    assert.match(result.stdout, /^unsolicited {3}RING, RING, \+CREG: 1,"00C3","0000B6A1",7, \+CMTI: "SM",3$/m);
  } finally {
    await urc.close();
  }
  const noSim = await simulatedModem('no-sim.txt');
  try {
    const result = await runCli(['probe', 'at', noSim.pair.a]);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /^signal {8}unknown \(CSQ 99\)/m);
    assert.match(result.stdout, /^registration {2}CREG: not registered, not searching$/m);
    assert.match(result.stdout, /^ {14}not supported \(ERROR\)$/m);
  } finally {
    await noSim.close();
  }
});

test('probe at fails clearly when the modem is silent or the port absent', async () => {
  const modem = await simulatedModem('quectel-ec25-echo.txt');
  modem.sim.silent = true;
  try {
    const result = await runCli(['probe', 'at', modem.pair.a, '--timeout', '300ms']);
    assert.is(result.code, 1);
    assert.match(result.stderr, /tty-a at 115200 8N1: no answer to AT within 300 ms; check the power and wiring, try another --baud/);
  } finally {
    await modem.close();
  }
  const absent = await runCli(['probe', 'at', '/dev/ttyNOPE7']);
  assert.is(absent.code, 1);
  assert.match(absent.stderr, /ttyNOPE7/);
});

test('probe at on a port another program holds says busy, naming the port', async () => {
  const modem = await simulatedModem('quectel-ec25-echo.txt');
  const holder = new SerialLink({ path: modem.pair.a, ...line });
  try {
    await holder.start();
    const result = await runCli(['probe', 'at', modem.pair.a]);
    assert.is(result.code, 1);
    assert.match(result.stderr, new RegExp(`serial port ${modem.pair.a}: busy`));
  } finally {
    await holder.stop();
    await modem.close();
  }
});

test.run();
