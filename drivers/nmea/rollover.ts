/**
 * GPS week rollover.
 *
 * The GPS signal counts weeks in 10 bits, so the count wraps every 1024 weeks (about 19.6
 * years: 1999-08-22, 2019-04-07, next 2038-11-21). A receiver turns the week into a date
 * against a base built into its firmware; once its firmware is older than 1024 weeks it
 * reports dates exactly 1024 weeks in the past (the GPS-320FW capture reports 1999-08-22 on
 * 2019-04-07).
 *
 * The correction is the one gpsd and chrony apply: a date before a pivot cannot be true, so
 * 1024 weeks are added until it is not. The pivot must be a date the post's clock certainly
 * lies after; the agent's default is its own release date, and the gps sensor's
 * `rollover_pivot` key moves it (e.g. to replay old captures). With the pivot P, dates are read
 * correctly up to P + 1024 weeks, so the default must move forward with releases.
 */

export const GPS_WEEK_MS = 7 * 24 * 3600 * 1000;
export const ROLLOVER_PERIOD_MS = 1024 * GPS_WEEK_MS;

/** This release of the agent was built after this date; receivers' dates before it are rolled over. */
export const DEFAULT_ROLLOVER_PIVOT = '2026-01-01';

export interface RolloverCorrected {
  unixMs: number;
  /** How many 1024-week periods were added (0 when the date was already plausible). */
  periods: number;
}

export function correctWeekRollover(unixMs: number, pivotMs: number): RolloverCorrected {
  let periods = 0;
  let corrected = unixMs;
  while (corrected < pivotMs) {
    corrected += ROLLOVER_PERIOD_MS;
    periods += 1;
  }
  return { unixMs: corrected, periods };
}

/** `YYYY-MM-DD` → UTC ms; throws RangeError with the expected shape otherwise. */
export function parsePivot(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const ms = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text.trim()) {
    throw new RangeError(`rollover pivot "${text}" is not a date; write YYYY-MM-DD, e.g. ${DEFAULT_ROLLOVER_PIVOT}`);
  }
  return ms;
}
