import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyFragment, nmeaChecksum, parseSentence, SentenceSplitter, withChecksum } from '../../drivers/nmea/sentence.js';

function split(...chunks: (string | Buffer)[]): { fragment: string; overflowed: boolean }[] {
  const out: { fragment: string; overflowed: boolean }[] = [];
  const splitter = new SentenceSplitter((fragment, overflowed) => out.push({ fragment, overflowed }));
  for (const chunk of chunks) splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
  splitter.finish();
  return out;
}

test('checksum is the XOR between $ and *, two upper-case hex digits', () => {
  assert.is(nmeaChecksum('GPGSA,A,3,17,28,06,01,30,20,26,13,,,,,1.8,1.1,1.5'), '33');
  assert.is(withChecksum('$GPVTG,,T,,M,,N,,K,N'), '$GPVTG,,T,,M,,N,,K,N*2C');
});

test('a good sentence gives talker, type and fields; lower-case checksum digits are accepted', () => {
  const framed = parseSentence('$GNZDA,181141.00,19,06,2015,00,00*7C');
  assert.ok(framed.ok);
  if (!framed.ok) return;
  assert.is(framed.sentence.talker, 'GN');
  assert.is(framed.sentence.type, 'ZDA');
  assert.equal(framed.sentence.fields, ['181141.00', '19', '06', '2015', '00', '00']);
  assert.ok(parseSentence('$GNZDA,181141.00,19,06,2015,00,00*7c').ok);
  const proprietary = parseSentence('$PGRME,1.7,M,2.4,M,3.0,M*2D');
  assert.ok(proprietary.ok && proprietary.sentence.talker === 'P' && proprietary.sentence.type === 'GRME');
});

test('bad checksum, missing checksum, non-ASCII and overlong fragments are rejected with the reason', () => {
  assert.equal(parseSentence('$GNZDA,181141.00,19,06,2015,00,00*7D'), { ok: false, reason: 'checksum', raw: '$GNZDA,181141.00,19,06,2015,00,00*7D' });
  assert.is((parseSentence('$GPGSV,3,2,11,25,32,097') as { reason: string }).reason, 'partial');
  assert.is((parseSentence('$PLCS,REV,PLN012054S07,070312,145743') as { reason: string }).reason, 'partial');
  assert.is((parseSentence('$GPRMC,000346.03,A,4808\u0000\u0000') as { reason: string }).reason, 'non_ascii');
  assert.is((parseSentence(withChecksum(`$GPTXT,${'x'.repeat(200)}`)) as { reason: string }).reason, 'too_long');
  assert.is((classifyFragment(',,,,,,,,,,,,,*1E', false) as { reason: string }).reason, 'partial');
  assert.is((classifyFragment('\u00ff\u00fe', false) as { reason: string }).reason, 'non_ascii');
});

test('the splitter cuts on CR, LF and on a new $, across chunk boundaries', () => {
  const out = split('$GPGSA,A,1,,,,,,,,,,,,,,,*1E$GPRMC,235949.00,V,0000.0000,N,00000.0000,E,,,161206,,,N*44\r\n$GPVT', 'G,,T,,M,,N,,K,N*2C\r\n');
  assert.equal(
    out.map((o) => o.fragment),
    ['$GPGSA,A,1,,,,,,,,,,,,,,,*1E', '$GPRMC,235949.00,V,0000.0000,N,00000.0000,E,,,161206,,,N*44', '$GPVTG,,T,,M,,N,,K,N*2C'],
  );
  assert.ok(out.every((o) => parseSentence(o.fragment).ok));
});

test('the splitter keeps non-ASCII bytes visible, drops blank fragments, and bounds noise without a line end', () => {
  const out = split(Buffer.from([0x24, 0x47, 0x50, 0x00, 0xff, 0x20, 0x0d, 0x0a, 0x20, 0x20, 0x0d]));
  assert.is(out.length, 1);
  assert.is(classifyFragment(out[0]!.fragment, out[0]!.overflowed).ok, false);
  assert.is((classifyFragment(out[0]!.fragment, false) as { reason: string }).reason, 'non_ascii');
  const noise = split('x'.repeat(10_000), '\n$GPVTG,,T,,M,,N,,K,N*2C\n');
  assert.is(noise.length, 2);
  assert.ok(noise[0]!.overflowed);
  assert.ok(noise[0]!.fragment.length <= 161);
  assert.ok(parseSentence(noise[1]!.fragment).ok);
});

test.run();
