import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineSplitter, LineTooLong, type LineSplitterOptions } from '../../kernel/line-splitter.js';

const CR = 0x0d;
const LF = 0x0a;
const BELL = 0x07;

/** A splitter that records its lines (latin1, with the byte that ended each) and its faults. */
function recording(options: Partial<Omit<LineSplitterOptions, 'onLine' | 'onOverlong'>> = {}) {
  const lines: string[] = [];
  const ends: (number | undefined)[] = [];
  const faults: LineTooLong[] = [];
  const splitter = new LineSplitter({
    ...options,
    onLine: (line, end) => {
      lines.push(line.toString('latin1'));
      ends.push(end);
    },
    onOverlong: (fault) => faults.push(fault),
  });
  return { splitter, lines, ends, faults };
}

const stream = Buffer.from('$GPGGA,123\r\nOK\n\nERROR\rlast line\r\n', 'latin1');
const expected = ['$GPGGA,123', 'OK', '', 'ERROR', 'last line'];

test('CR, LF and CR LF each end one line; an empty line between two ends is a line', () => {
  const h = recording();
  h.splitter.push(stream);
  assert.equal(h.lines, expected);
  assert.equal(h.ends, [CR, LF, LF, CR, CR]);
});

test('a line split across two chunks at every byte position comes out whole, once', () => {
  for (let cut = 0; cut <= stream.length; cut += 1) {
    const h = recording();
    h.splitter.push(stream.subarray(0, cut));
    h.splitter.push(stream.subarray(cut));
    assert.equal(h.lines, expected, `cut at byte ${cut}`);
  }
  const h = recording();
  for (const byte of stream) h.splitter.push(Buffer.from([byte]));
  assert.equal(h.lines, expected, 'one byte at a time');
});

test('a CR LF split between chunks ends one line, not two; a lone CR and then a later LF end two', () => {
  const h = recording();
  h.splitter.push(Buffer.from('AT+CSQ\r'));
  assert.equal(h.lines, ['AT+CSQ'], 'the line is out at the CR, without waiting for the LF');
  h.splitter.push(Buffer.from('\n+CSQ: 18,99\r'));
  h.splitter.push(Buffer.from('\r\n'));
  assert.equal(h.lines, ['AT+CSQ', '+CSQ: 18,99', '']);
});

test('a partial line is kept across chunks, even when the caller reuses its buffer', () => {
  const h = recording();
  const buffer = Buffer.from('abc');
  h.splitter.push(buffer);
  buffer.write('xyz');
  h.splitter.push(Buffer.from('def\n'));
  assert.equal(h.lines, ['abcdef']);
});

test('lines are bytes: non-ASCII, NUL and invalid UTF-8 come through unchanged', () => {
  const lines: Buffer[] = [];
  const splitter = new LineSplitter({ onLine: (line) => lines.push(line), onOverlong: () => assert.unreachable('no fault') });
  splitter.push(Buffer.from([0x00, 0xff, 0xc3]));
  splitter.push(Buffer.from([0xa9, 0x80, LF]));
  assert.equal([...(lines[0] ?? [])], [0x00, 0xff, 0xc3, 0xa9, 0x80]);
});

test('an over-long line is one fault with its head and length, dropped up to its end; the next line is whole', () => {
  const h = recording({ maxLength: 8 });
  h.splitter.push(Buffer.from('0123456789abc'));
  h.splitter.push(Buffer.from('defghijklmnopqrstuvwxyz'));
  h.splitter.push(Buffer.from('def\r\nok\r\n'));
  assert.equal(h.lines, ['ok']);
  assert.is(h.faults.length, 1, 'said once, however many chunks it spans');
  const fault = h.faults[0] as LineTooLong;
  assert.instance(fault, LineTooLong);
  assert.is(fault.code, 'line.too-long');
  assert.is(fault.head.toString(), '01234567');
  assert.is(fault.length, 13);
  assert.is(fault.maxLength, 8);
  assert.match(fault.describe(), /longer than 8 bytes .*dropped up to the next line end; check the baud rate/);
});

test('a line of exactly maxLength is a line; one byte more is a fault, in one chunk or across two', () => {
  const h = recording({ maxLength: 4 });
  h.splitter.push(Buffer.from('abcd\nabcde\nab'));
  h.splitter.push(Buffer.from('cde\nok\n'));
  assert.equal(h.lines, ['abcd', 'ok']);
  assert.equal(
    h.faults.map((fault) => [fault.head.toString(), fault.length]),
    [
      ['abcd', 5],
      ['abcd', 5],
    ],
  );
});

test('a start byte ends a non-empty line and begins the next; the over-long limit counts from it', () => {
  const h = recording({ starts: [0x24, 0x21], maxLength: 12 });
  h.splitter.push(Buffer.from('$GPGGA,12$GPRMC,1\r\n$GPGSV,3'));
  h.splitter.push(Buffer.from('!AIVDM,1\r\n$GPGGA,0123456789'));
  h.splitter.push(Buffer.from('$GPZDA\r\n'));
  assert.equal(h.lines, ['$GPGGA,12', '$GPRMC,1', '$GPGSV,3', '!AIVDM,1', '$GPZDA']);
  assert.equal(h.ends, [undefined, CR, undefined, CR, CR]);
  assert.equal(
    h.faults.map((fault) => fault.head.toString()),
    ['$GPGGA,01234'],
    'a new start ends the dropping as a line end does',
  );
});

test('other end bytes and ignored bytes: CR and BELL end SLCAN replies, an LF anywhere is dropped', () => {
  const h = recording({ ends: [CR, BELL], ignored: [LF] });
  h.splitter.push(Buffer.from('z\r\n\x07t12'));
  h.splitter.push(Buffer.from('31\nAA\r\r'));
  assert.equal(h.lines, ['z', '', 't1231AA', '']);
  assert.equal(h.ends, [CR, BELL, CR, CR], 'with LF not an end, CR CR is two lines');
});

test('end() gives the partial line, unless it was being dropped; reset() drops it', () => {
  const h = recording({ maxLength: 4 });
  h.splitter.push(Buffer.from('tail'));
  h.splitter.end();
  h.splitter.push(Buffer.from('toolong'));
  h.splitter.end();
  h.splitter.push(Buffer.from('half'));
  h.splitter.reset();
  h.splitter.push(Buffer.from('\rok\n'));
  assert.equal(h.lines, ['tail', '', 'ok']);
  assert.is(h.faults.length, 1);
});

test('a reset between CR and LF forgets the CR: the LF ends an empty line', () => {
  const h = recording();
  h.splitter.push(Buffer.from('x\r'));
  h.splitter.reset();
  h.splitter.push(Buffer.from('\ny\n'));
  assert.equal(h.lines, ['x', '', 'y']);
});

test('options are checked when the splitter is made', () => {
  const noop = { onLine: () => undefined, onOverlong: () => undefined };
  assert.throws(() => new LineSplitter({ ...noop, maxLength: 0 }), /whole maxLength >= 1, got 0/);
  assert.throws(() => new LineSplitter({ ...noop, ends: [] }), /at least one line-end byte/);
});

test.run();
