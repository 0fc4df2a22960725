import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FixedLengthFramer, GapFramer, characterGapMs, type Framer, type GapTimers } from '../../drivers/serial/framing.js';
import { LineSplitter } from '../../kernel/line-splitter.js';

const text = (frames: Buffer[]): string[] => frames.map((f) => f.toString('latin1'));

test('lines (the kernel LineSplitter, a Framer) are joined across chunks and several split from one chunk', () => {
  const frames: Buffer[] = [];
  const framer: Framer = new LineSplitter({ onLine: (f) => frames.push(f), onOverlong: (fault) => assert.unreachable(fault.message) });
  framer.push(Buffer.from('$GPGGA,1'));
  framer.push(Buffer.from('23\r'));
  framer.push(Buffer.from('\nOK\r\n\r\nlast'));
  assert.equal(text(frames), ['$GPGGA,123', 'OK', '']);
  framer.push(Buffer.from('\r\n'));
  assert.equal(text(frames), ['$GPGGA,123', 'OK', '', 'last']);
});

test('an over-long line is dropped up to the next line end and reported', () => {
  const frames: Buffer[] = [];
  const dropped: number[] = [];
  const framer = new LineSplitter({ maxLength: 8, onLine: (f) => frames.push(f), onOverlong: (fault) => dropped.push(fault.length) });
  framer.push(Buffer.from('0123456789abc'));
  framer.push(Buffer.from('def\r\nok\r\n'));
  assert.equal(text(frames), ['ok']);
  assert.equal(dropped, [13]);
});

test('reset drops the partial line', () => {
  const frames: Buffer[] = [];
  const framer = new LineSplitter({ onLine: (f) => frames.push(f), onOverlong: (fault) => assert.unreachable(fault.message) });
  framer.push(Buffer.from('half'));
  framer.reset();
  framer.push(Buffer.from('whole\n'));
  assert.equal(text(frames), ['whole']);
});

test('fixed-length framer cuts records regardless of chunking', () => {
  const frames: Buffer[] = [];
  const framer = new FixedLengthFramer(4, (f) => frames.push(f));
  framer.push(Buffer.from('ab'));
  framer.push(Buffer.from('cdefghij'));
  assert.equal(text(frames), ['abcd', 'efgh']);
  framer.push(Buffer.from('kl'));
  assert.equal(text(frames), ['abcd', 'efgh', 'ijkl']);
  assert.throws(() => new FixedLengthFramer(0, () => undefined), /length >= 1/);
});

/** Timers driven by the test: `advance` fires what is due. */
function manualTimers(): GapTimers & { advance(ms: number): void } {
  let now = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  return {
    set(callback, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.callback();
        }
      }
    },
  };
}

test('gap framer ends a frame after silence, not on chunk boundaries', () => {
  const timers = manualTimers();
  const frames: Buffer[] = [];
  const framer = new GapFramer(5, (f) => frames.push(f), 4096, timers);
  framer.push(Buffer.from([1, 2]));
  timers.advance(3);
  framer.push(Buffer.from([3]));
  timers.advance(3);
  assert.equal(frames.length, 0, 'no frame while bytes keep coming within the gap');
  timers.advance(2);
  assert.equal(frames, [Buffer.from([1, 2, 3])]);
  framer.push(Buffer.from([4]));
  timers.advance(10);
  assert.equal(frames, [Buffer.from([1, 2, 3]), Buffer.from([4])]);
});

test('gap framer cuts at max length and reset drops a partial frame', () => {
  const timers = manualTimers();
  const frames: Buffer[] = [];
  const framer = new GapFramer(5, (f) => frames.push(f), 3, timers);
  framer.push(Buffer.from([1, 2, 3, 4]));
  assert.equal(frames, [Buffer.from([1, 2, 3, 4])]);
  framer.push(Buffer.from([9]));
  framer.reset();
  timers.advance(10);
  assert.equal(frames.length, 1);
});

test('character gap follows the baud rate with a floor for USB adapters', () => {
  assert.ok(Math.abs(characterGapMs(9600) - 4.01) < 0.01);
  assert.is(characterGapMs(115200), 2);
});

test.run();
