import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { finalResult, isUnsolicited, modemLines, responsePrefix } from '../../drivers/at/lines.js';
import { identityText, parseCsq, parseQueryValue, parseRegistration, parseRegistrationAnswer } from '../../drivers/at/status.js';
import type { AtResponse } from '../../drivers/at/engine.js';

const answer = (command: string, ...lines: string[]): AtResponse => ({ command, lines, final: { kind: 'ok', text: 'OK' } });

test('final result codes, with +CME/+CMS numbers in words', () => {
  assert.equal(finalResult('OK'), { kind: 'ok', text: 'OK' });
  assert.equal(finalResult('CONNECT 115200')?.kind, 'connect');
  assert.equal(finalResult('NO CARRIER')?.kind, 'no_carrier');
  assert.equal(finalResult('NO DIALTONE')?.kind, 'no_dialtone');
  assert.equal(finalResult('+CME ERROR: 10'), { kind: 'cme_error', text: '+CME ERROR: 10', code: 10, reason: 'SIM not inserted' });
  assert.equal(finalResult('+CME ERROR: SIM not inserted'), { kind: 'cme_error', text: '+CME ERROR: SIM not inserted', reason: 'SIM not inserted' });
  assert.equal(finalResult('+CMS ERROR: 310'), { kind: 'cms_error', text: '+CMS ERROR: 310', code: 310, reason: 'SIM not inserted' });
  assert.equal(finalResult('+CME ERROR: 9999'), { kind: 'cme_error', text: '+CME ERROR: 9999', code: 9999 });
  assert.is(finalResult('+CSQ: 18,99'), undefined);
  assert.is(finalResult('OKAY'), undefined);
});

test('response prefixes of extended commands; none for basic ones', () => {
  assert.is(responsePrefix('AT+CSQ'), '+CSQ');
  assert.is(responsePrefix('at+creg?'), '+CREG');
  assert.is(responsePrefix('AT^SYSINFO'), '^SYSINFO');
  assert.is(responsePrefix('AT+QENG="servingcell"'), '+QENG');
  assert.is(responsePrefix('ATI'), undefined);
});

test('URCs are told apart from answers, registration URCs from registration answers', () => {
  assert.ok(isUnsolicited('RING', '+CSQ'));
  assert.ok(isUnsolicited('+CMTI: "SM",3', '+CEREG'));
  assert.not.ok(isUnsolicited('+CSQ: 18,99', '+CSQ'));
  assert.ok(isUnsolicited('+CREG: 1', '+CREG'), 'stat only: a URC');
  assert.ok(isUnsolicited('+CREG: 1,"00C3","0000B6A1",7', '+CREG'), 'stat and quoted area: a URC');
  assert.not.ok(isUnsolicited('+CREG: 2,1,"2604","6DA5A09",7', '+CREG'), 'n,stat: the answer');
  assert.not.ok(isUnsolicited('+CREG: 0,2', '+CREG'));
  assert.not.ok(isUnsolicited('+CREG: (0-2)', '+CREG'), 'answer to AT+CREG=?');
  assert.not.ok(isUnsolicited('+GCAP: +CGSM', undefined), 'a prefixed line in the answer to ATI');
  assert.ok(isUnsolicited('+CREG: 5', undefined));
  assert.not.ok(isUnsolicited('Quectel', undefined));
});

test('line splitter: CR, LF, CRLF and CR CR LF, across chunks; blank lines dropped', () => {
  const lines: string[] = [];
  const splitter = modemLines(
    (l) => lines.push(l),
    (fault) => assert.unreachable(fault.message),
  );
  for (const chunk of ['AT+CSQ\r\r', '\n+CSQ: 1', '8,99\r\n\r\nOK\r', '\n']) splitter.push(Buffer.from(chunk));
  assert.equal(lines, ['AT+CSQ', '+CSQ: 18,99', 'OK']);
});

test('CSQ to dBm, 99 is unknown; out-of-range values are refused', () => {
  assert.equal(parseCsq(answer('AT+CSQ', '+CSQ: 18,99')), { rssi: 18, dbm: -77, ber: undefined });
  assert.equal(parseCsq(answer('AT+CSQ', '+CSQ: 0,0')), { rssi: 0, dbm: -113, ber: 0 });
  assert.equal(parseCsq(answer('AT+CSQ', '+CSQ: 31,7')).dbm, -51);
  assert.equal(parseCsq(answer('AT+CSQ', '+CSQ: 99,99')).dbm, undefined);
  assert.throws(() => parseCsq(answer('AT+CSQ', '+CSQ: 45,99')), /rssi 0-31 or 99/);
  assert.throws(() => parseCsq(answer('AT+CSQ')), /expected \+CSQ: <rssi>,<ber>, found no information lines/);
});

test('registration answers and URCs in words, with area, cell and access technology', () => {
  assert.equal(parseRegistrationAnswer(answer('AT+CREG?', '+CREG: 2,1,"2604","6DA5A09",7'), '+CREG'), {
    kind: '+CREG',
    stat: 1,
    words: 'registered, home network',
    registered: true,
    area: '2604',
    cell: '6DA5A09',
    act: 7,
  });
  assert.equal(parseRegistrationAnswer(answer('AT+CEREG?', '+CEREG: 0,5'), '+CEREG').words, 'registered, roaming');
  assert.equal(parseRegistrationAnswer(answer('AT+CREG?', '+CREG: 0,3'), '+CREG').registered, false);
  assert.equal(parseRegistration('+CREG: 2', 'urc')?.words, 'not registered, searching');
  assert.equal(parseRegistration('+CEREG: 1,"00C3","0000B6A1",7', 'urc')?.cell, '0000B6A1');
  assert.throws(() => parseRegistrationAnswer(answer('AT+CREG?', '+CREG: 0,42'), '+CREG'), /expected \+CREG: <n>,<stat>/);
});

test('extra queries read the first capture group; identity joins the lines', () => {
  assert.is(parseQueryValue(answer('AT+RSSI?', 'RSSI: -87 dBm'), /RSSI: (-?\d+)/), -87);
  assert.throws(() => parseQueryValue(answer('AT+RSSI?', 'RSSI: n/a'), /RSSI: (-?\d+)/), /expected a line matching/);
  assert.is(identityText(answer('ATI', 'Quectel', 'EC25', 'Revision: EC25EFAR06A06M4G')), 'Quectel EC25 Revision: EC25EFAR06A06M4G');
});

test.run();
