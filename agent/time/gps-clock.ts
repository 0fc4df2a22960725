import { v1, type outpost } from '../../wire/index.js';
import type { Logger } from '../../kernel/logger.js';
import type { TimeSource } from '../runtime/records.js';
import type { Fix } from '../../drivers/nmea/fix.js';

export interface GpsClockOptions {
  /** What stamps records without a GPS lock: the system clock with its NTP/RTC quality. */
  fallback: TimeSource;
  /** A clock that never steps, ms (the GPS time is carried forward on it between fixes). */
  monotonic?: () => number;
  /** Consecutive valid fixes whose times advance with the monotonic clock before GPS time is trusted. */
  settleFixes?: number;
  /** How far a fix's time may stray from the previous fix's time carried forward (serial latency jitter). */
  agreeMs?: number;
  /** Without a new valid fix for this long, the lock is lost (the receiver went silent). */
  holdoverMs?: number;
  /** Within this offset the system clock agrees with GPS and is used as it is. */
  maxOffsetMs?: number;
  log?: Logger;
}

export interface GpsClockStatus {
  locked: boolean;
  /** GPS time minus system time, ms, at the last reading (includes the NMEA delivery latency). */
  offsetMs: number | undefined;
  /** Since the last valid fix, ms; undefined before the first. */
  fixAgeMs: number | undefined;
  /** The system clock disagrees with GPS by more than `maxOffsetMs`: records carry GPS time. */
  correcting: boolean;
  /** GPS is more than a day off an NTP-synchronised clock: a date fault (rollover), NTP is kept. */
  distrusted: boolean;
}

const defaults = { settleFixes: 3, agreeMs: 1500, holdoverMs: 5000, maxOffsetMs: 1000 };

/** GPS more than this far off an NTP-synchronised clock has its date wrong (week rollover), not NTP. */
const DATE_FAULT_MS = 86_400_000;

/**
 * The post's clock when a GPS receiver is configured as its time source.
 *
 * GPS time is trusted ("locked") once `settleFixes` consecutive valid fixes carry times that
 * advance as the monotonic clock does (within `agreeMs`): this rejects the garbage dates a
 * receiver reports while it starts (the cold-boot capture jumps between 2006, 2010 and 1999),
 * and a single invalid fix or a silent receiver (`holdoverMs`) ends the lock at once.
 *
 * While locked, records are stamped TIME_QUALITY_GPS. The offset between GPS time (carried
 * forward from the last fix on the monotonic clock) and the system clock decides which clock
 * gives the number: within `maxOffsetMs` (NMEA arrives some hundreds of ms after its instant,
 * so the offset is never zero) the system clock is kept, because it has ms resolution and does
 * not jump at each fix; beyond it the system clock is wrong (an RTC without battery, no NTP)
 * and the GPS time itself is used, so records are right even when the board's clock is not.
 * One exception: GPS more than a day off a clock that NTP keeps has its date wrong (a week
 * rollover the pivot did not catch); then NTP time and quality are kept, and a warning logged.
 * Precision is that of NMEA time, about a second; this is not a PPS discipline.
 *
 * Without a lock, the fallback's own quality (NTP or RTC) is reported.
 */
export class GpsDisciplinedClock implements TimeSource {
  private readonly options: Required<Omit<GpsClockOptions, 'log'>> & { log: Logger | undefined };
  private anchor: { gpsMs: number; monoMs: number } | undefined;
  private streak = 0;
  private lastOffset: number | undefined;
  private verdict: 'agrees' | 'correcting' | 'distrusted' = 'agrees';
  private latest: Fix | undefined;

  constructor(options: GpsClockOptions) {
    this.options = {
      fallback: options.fallback,
      monotonic: options.monotonic ?? (() => performance.now()),
      settleFixes: options.settleFixes ?? defaults.settleFixes,
      agreeMs: options.agreeMs ?? defaults.agreeMs,
      holdoverMs: options.holdoverMs ?? defaults.holdoverMs,
      maxOffsetMs: options.maxOffsetMs ?? defaults.maxOffsetMs,
      log: options.log,
    };
  }

  /** Feeds every fix the receiver reports, valid or not, as it arrives. */
  observe(fix: Fix): void {
    const monoMs = this.options.monotonic();
    if (!fix.valid || fix.timeUnixMs === undefined) {
      if (this.streak >= this.options.settleFixes) this.options.log?.warn({ fixQuality: fix.quality }, 'GPS fix lost; records fall back to the system clock quality');
      this.streak = 0;
      this.anchor = undefined;
      return;
    }
    this.latest = fix;
    const previous = this.anchor;
    const agrees = previous !== undefined && Math.abs(fix.timeUnixMs - previous.gpsMs - (monoMs - previous.monoMs)) <= this.options.agreeMs;
    const wasLocked = this.streak >= this.options.settleFixes;
    this.streak = agrees ? this.streak + 1 : 1;
    this.anchor = { gpsMs: fix.timeUnixMs, monoMs };
    if (wasLocked && !agrees) this.options.log?.warn({ fixTime: new Date(fix.timeUnixMs).toISOString() }, 'GPS time jumped; waiting for it to settle before trusting it again');
    if (!wasLocked && this.streak >= this.options.settleFixes) this.options.log?.info({ fixTime: new Date(fix.timeUnixMs).toISOString() }, 'GPS time locked; records are stamped with GPS quality');
  }

  now(): { unixMs: number; quality: outpost.v1.TimeQuality } {
    const system = this.options.fallback.now();
    const gpsMs = this.gpsNow();
    if (gpsMs === undefined) return system;
    const offset = gpsMs - system.unixMs;
    this.lastOffset = offset;
    const verdict = Math.abs(offset) <= this.options.maxOffsetMs ? 'agrees' : system.quality === v1.TimeQuality.TIME_QUALITY_NTP && Math.abs(offset) > DATE_FAULT_MS ? 'distrusted' : 'correcting';
    if (verdict !== this.verdict) {
      this.verdict = verdict;
      const days = Math.round(offset / DATE_FAULT_MS);
      if (verdict === 'correcting') this.options.log?.warn({ offsetMs: Math.round(offset) }, 'system clock disagrees with GPS; stamping records with GPS time (check NTP or the RTC battery)');
      else if (verdict === 'distrusted') this.options.log?.warn({ offsetDays: days }, `GPS date is ${days} days off NTP time; keeping NTP (check the gps sensor's rollover_pivot)`);
      else this.options.log?.info({ offsetMs: Math.round(offset) }, 'system clock agrees with GPS');
    }
    if (verdict === 'distrusted') return system;
    return { unixMs: verdict === 'correcting' ? Math.round(gpsMs) : system.unixMs, quality: v1.TimeQuality.TIME_QUALITY_GPS };
  }

  status(): GpsClockStatus {
    const gpsMs = this.gpsNow();
    const fixAge = this.anchor === undefined ? undefined : this.options.monotonic() - this.anchor.monoMs;
    return {
      locked: gpsMs !== undefined,
      offsetMs: gpsMs === undefined ? this.lastOffset : gpsMs - this.options.fallback.now().unixMs,
      fixAgeMs: fixAge,
      correcting: gpsMs !== undefined && this.verdict === 'correcting',
      distrusted: gpsMs !== undefined && this.verdict === 'distrusted',
    };
  }

  /** The latest valid fix as the post's measured position. */
  position(): outpost.v1.IPosition | undefined {
    return this.latest === undefined ? undefined : positionOf(this.latest);
  }

  /** GPS time now, carried forward from the last fix; undefined without a lock. */
  private gpsNow(): number | undefined {
    const anchor = this.anchor;
    if (anchor === undefined || this.streak < this.options.settleFixes) return undefined;
    const elapsed = this.options.monotonic() - anchor.monoMs;
    if (elapsed > this.options.holdoverMs) return undefined;
    return anchor.gpsMs + elapsed;
  }
}

const fixQualities: Partial<Record<Fix['quality'], outpost.v1.FixQuality>> = {
  none: v1.FixQuality.FIX_QUALITY_NONE,
  gps: v1.FixQuality.FIX_QUALITY_GPS,
  pps: v1.FixQuality.FIX_QUALITY_GPS,
  dgps: v1.FixQuality.FIX_QUALITY_DGPS,
  rtk: v1.FixQuality.FIX_QUALITY_RTK,
  'float-rtk': v1.FixQuality.FIX_QUALITY_FLOAT_RTK,
  estimated: v1.FixQuality.FIX_QUALITY_ESTIMATED,
};

/** A fix as the wire's Position (undefined without coordinates). */
export function positionOf(fix: Fix): outpost.v1.IPosition | undefined {
  if (fix.lat === undefined || fix.lon === undefined) return undefined;
  const position: outpost.v1.IPosition = {
    latitudeDeg: fix.lat,
    longitudeDeg: fix.lon,
    fixQuality: fixQualities[fix.quality] ?? v1.FixQuality.FIX_QUALITY_UNSPECIFIED,
    satellites: fix.satellitesUsed ?? 0,
  };
  if (fix.altitudeM !== undefined) position.altitudeM = fix.altitudeM;
  if (fix.hdop !== undefined) position.hdop = fix.hdop;
  return position;
}
