import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OutpostError } from '../../kernel/errors.js';
import { AtCommandError, AtEngine } from '../../drivers/at/engine.js';
import { loadTranscript, memoryLinkPair, ModemSimulator } from './modem-sim.js';

function rig(transcript: string, timeoutMs = 1000) {
  const { host, modem } = memoryLinkPair();
  const sim = new ModemSimulator(modem, loadTranscript(transcript));
  const engine = new AtEngine({ link: host, timeoutMs });
  const urcs: string[] = [];
  engine.onUrc((line) => urcs.push(line));
  return { host, modem, sim, engine, urcs };
}

async function rejection(promise: Promise<unknown>): Promise<OutpostError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, OutpostError);
    return error as OutpostError;
  }
  throw new Error('expected a rejection');
}

test('echo on (Quectel EC25): the echo is dropped, the answer kept, the command written with CR', async () => {
  const r = rig('quectel-ec25-echo.txt');
  const csq = await r.engine.command('AT+CSQ');
  assert.equal(csq.lines, ['+CSQ: 18,99']);
  assert.is(csq.final.kind, 'ok');
  const ati = await r.engine.command('ATI');
  assert.equal(ati.lines, ['Quectel', 'EC25', 'Revision: EC25EFAR06A06M4G']);
  assert.equal(r.host.written, ['AT+CSQ\r', 'ATI\r']);
  assert.equal(r.urcs, []);
});

test('URCs mid-answer (SIM7600) go to the URC listeners; the answers stay whole', async () => {
  const r = rig('sim7600-urcs.txt');
  const csq = await r.engine.command('AT+CSQ');
  assert.equal(csq.lines, ['+CSQ: 23,99']);
  const creg = await r.engine.command('AT+CREG?');
  assert.equal(creg.lines, ['+CREG: 2,2']);
  const cereg = await r.engine.command('AT+CEREG?');
  assert.equal(cereg.lines, ['+CEREG: 2,5,"00C3","0000B6A1",7']);
  const ati = await r.engine.command('ATI');
  assert.equal(ati.lines, ['Manufacturer: SIMCOM INCORPORATED', 'Model: SIMCOM_SIM7600E-H', 'Revision: SIM7600M22_V1.1', 'IMEI: 861234567890123', '+GCAP: +CGSM']);
  assert.equal(r.urcs, ['RING', '+CREG: 1,"00C3","0000B6A1",7', '+CMTI: "SM",3', 'RING']);
  assert.is(r.engine.counters.urcs, 4);
});

test('a URC with no command in flight is unsolicited too', async () => {
  const r = rig('sim7600-urcs.txt');
  await r.sim.inject('\r\n+CREG: 5\r\n');
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(r.urcs, ['+CREG: 5']);
});

test('ERROR, +CME ERROR (number and words) and +CMS ERROR reject with the code, the words and a hint', async () => {
  const r = rig('no-sim.txt');
  const plain = await rejection(r.engine.command('AT+CEREG?'));
  assert.instance(plain, AtCommandError);
  assert.is(plain.code, 'at.error');
  assert.match(plain.describe(), /^memory:host: AT\+CEREG\? answered ERROR; the device does not know this command/);
  const cme = (await rejection(r.engine.command('AT+CPIN?'))) as AtCommandError;
  assert.is(cme.code, 'at.cme_error');
  assert.is(cme.final.code, 10);
  assert.match(cme.describe(), /AT\+CPIN\? answered \+CME ERROR: 10 \(SIM not inserted\); check the SIM card/);
  const words = (await rejection(r.engine.command('AT+COPS?'))) as AtCommandError;
  assert.is(words.final.reason, 'SIM not inserted');
  const cms = (await rejection(r.engine.command('AT+CMGS="+4915100000000"'))) as AtCommandError;
  assert.is(cms.code, 'at.cms_error');
  assert.is(r.engine.counters.errors, 4);
  // The engine carries on after errors.
  assert.equal((await r.engine.command('AT+CSQ')).lines, ['+CSQ: 99,99']);
});

test('a silent modem times out with what was received; the next command still runs', async () => {
  const r = rig('quectel-ec25-echo.txt', 150);
  r.sim.silent = true;
  const timeout = await rejection(r.engine.command('AT+CSQ'));
  assert.is(timeout.code, 'at.timeout');
  assert.ok(timeout.retryable);
  assert.match(timeout.message, /no final result code to AT\+CSQ within 150 ms \(received nothing\)/);
  r.sim.silent = false;
  assert.equal((await r.engine.command('AT+CSQ')).lines, ['+CSQ: 18,99']);
  assert.is(r.engine.counters.timeouts, 1);
});

test('a late answer to a timed-out command is dropped, not taken for the next command\'s answer', async () => {
  const r = rig('quectel-ec25-echo.txt', 100);
  r.sim.delayMs = 180;
  const timeout = await rejection(r.engine.command('AT+CSQ'));
  assert.is(timeout.code, 'at.timeout');
  r.sim.delayMs = 0;
  const creg = await r.engine.command('AT+CREG?');
  assert.equal(creg.lines, ['+CREG: 2,1,"2604","6DA5A09",7']);
  assert.ok(r.engine.counters.late_lines >= 2, 'the late +CSQ line and its OK');
  assert.equal(r.urcs, []);
});

test('one command at a time: queued commands wait for the one in flight to finish', async () => {
  const r = rig('quectel-ec25-echo.txt');
  const finished: string[] = [];
  const seenWhenSent: number[] = [];
  r.modem.onData(() => seenWhenSent.push(finished.length));
  const commands = ['AT+CSQ', 'AT+CREG?', 'AT+CEREG?', 'ATI'];
  const results = await Promise.all(commands.map((c) => r.engine.command(c).then((res) => (finished.push(c), res))));
  assert.equal(finished, commands);
  assert.equal(seenWhenSent, [0, 1, 2, 3], 'each command reached the modem only after the previous one finished');
  assert.equal(results[1]?.lines, ['+CREG: 2,1,"2604","6DA5A09",7']);
});

test('a link lost mid-command rejects it as a disconnect; close() rejects what waits', async () => {
  const r = rig('quectel-ec25-echo.txt', 5000);
  r.sim.silent = true;
  const pending = r.engine.command('AT+CSQ');
  await new Promise((resolve) => setTimeout(resolve, 5));
  r.host.setState('lost');
  const lost = await rejection(pending);
  assert.is(lost.code, 'at.link_lost');
  assert.ok(lost.disconnect);
  r.host.setState('open');
  const inFlight = r.engine.command('AT+CSQ');
  const queued = r.engine.command('ATI');
  await new Promise((resolve) => setTimeout(resolve, 5));
  r.engine.close();
  assert.is((await rejection(inFlight)).code, 'at.closed');
  assert.is((await rejection(queued)).code, 'at.closed');
  assert.is((await rejection(r.engine.command('AT'))).code, 'at.closed');
});

test.run();
