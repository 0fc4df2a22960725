import type { FixQualityName } from './messages.js';

export type NavMode = 'no-fix' | '2d' | '3d';

/**
 * What a receiver said in one epoch (the burst of sentences it sends for one instant, usually
 * once a second). Fields the receiver did not send in that epoch are undefined.
 */
export interface Fix {
  /** UTC instant of the epoch, ms; undefined until the receiver has sent a date (RMC or ZDA). */
  timeUnixMs: number | undefined;
  /** UTC time of day, ms since midnight (always known: it is what groups an epoch). */
  timeOfDayMs: number;
  /** 1024-week periods added to the receiver's date (see rollover.ts); 0 when none. */
  rolloverPeriods: number;
  /** The receiver says its position is good: RMC status A and/or GGA quality 1-5, GSA not "no fix". */
  valid: boolean;
  quality: FixQualityName;
  mode: NavMode | undefined;
  lat: number | undefined;
  lon: number | undefined;
  /** Above mean sea level, metres. */
  altitudeM: number | undefined;
  satellitesUsed: number | undefined;
  satellitesInView: number | undefined;
  hdop: number | undefined;
  pdop: number | undefined;
  vdop: number | undefined;
  speedMps: number | undefined;
  /** Course over ground, degrees true. */
  trackDeg: number | undefined;
  /** Talker ids heard in the epoch, e.g. ['GN', 'GP', 'GL']. */
  talkers: string[];
}

/** The replay and probe output: one flat JSON object per fix, stable key names. */
export function fixToJson(fix: Fix): Record<string, unknown> {
  return {
    time: fix.timeUnixMs === undefined ? null : new Date(fix.timeUnixMs).toISOString(),
    valid: fix.valid,
    lat: fix.valid && fix.lat !== undefined ? round(fix.lat, 7) : null,
    lon: fix.valid && fix.lon !== undefined ? round(fix.lon, 7) : null,
    altitude_m: fix.valid && fix.altitudeM !== undefined ? fix.altitudeM : null,
    quality: fix.quality,
    mode: fix.mode ?? null,
    satellites_used: fix.satellitesUsed ?? null,
    satellites_in_view: fix.satellitesInView ?? null,
    hdop: fix.hdop ?? null,
    speed_mps: fix.speedMps === undefined ? null : round(fix.speedMps, 3),
    track_deg: fix.trackDeg ?? null,
    ...(fix.rolloverPeriods > 0 ? { rollover_corrected: fix.rolloverPeriods } : {}),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
