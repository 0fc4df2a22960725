import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { correctWeekRollover, DEFAULT_ROLLOVER_PIVOT, parsePivot, ROLLOVER_PERIOD_MS } from '../../drivers/nmea/rollover.js';

test('1024 weeks is the 19.6-year span between the GPS week rollovers', () => {
  assert.is(Date.UTC(1999, 7, 22) + ROLLOVER_PERIOD_MS, Date.UTC(2019, 3, 7));
  assert.is(Date.UTC(1980, 0, 6) + ROLLOVER_PERIOD_MS, Date.UTC(1999, 7, 22));
});

test('dates before the pivot gain 1024 weeks, as many times as needed; later dates are untouched', () => {
  const pivot = parsePivot('2026-01-01');
  assert.equal(correctWeekRollover(Date.UTC(2026, 10, 27, 3, 4, 5), pivot), { unixMs: Date.UTC(2026, 10, 27, 3, 4, 5), periods: 0 });
  // A receiver whose firmware base is before 2007-02-xx reports 2007 in 2026.
  assert.equal(correctWeekRollover(Date.UTC(2007, 3, 13, 12), pivot), { unixMs: Date.UTC(2007, 3, 13, 12) + ROLLOVER_PERIOD_MS, periods: 1 });
  assert.is(correctWeekRollover(Date.UTC(1988, 0, 1), pivot).periods, 2);
});

test('the pivot is a YYYY-MM-DD date; anything else says what to write', () => {
  assert.is(parsePivot(DEFAULT_ROLLOVER_PIVOT), Date.parse(`${DEFAULT_ROLLOVER_PIVOT}T00:00:00Z`));
  assert.throws(() => parsePivot('2026-02-30'), /YYYY-MM-DD/);
  assert.throws(() => parsePivot('yesterday'), /YYYY-MM-DD/);
});

test.run();
