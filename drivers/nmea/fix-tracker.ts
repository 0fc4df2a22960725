import type { Fix, NavMode } from './fix.js';
import type { FixQualityName, Gga, Gsa, NmeaMessage, Rmc, Vtg, Zda } from './messages.js';
import { correctWeekRollover } from './rollover.js';

const DAY_MS = 86_400_000;
const POSITION_QUALITIES: ReadonlySet<FixQualityName> = new Set(['gps', 'dgps', 'pps', 'rtk', 'float-rtk']);

export interface FixTrackerOptions {
  /** UTC ms; receiver dates before it are moved forward by 1024 GPS weeks (rollover.ts). */
  rolloverPivotMs: number;
  onFix: (fix: Fix) => void;
}

/**
 * Assembles a fix from each epoch's sentences.
 *
 * An epoch is the burst a receiver sends for one instant: sentences that carry a time (GGA,
 * RMC, ZDA) name it, the others (GSA, GSV, VTG) belong to the epoch they arrive in. An epoch
 * ends when a sentence with another time arrives, or, so that a fix is not held back a whole
 * second, when the sentence type that ended the previous epoch arrives again (gpsd calls it
 * the cycle ender; it is learnt, because every receiver orders its burst differently), or on
 * `flush()` (end of a capture, or the line going quiet).
 *
 * The date comes from RMC or ZDA; epochs without one (GGA-only receivers) carry the last date
 * forward, across midnight. Satellites in view come from GSV, which many receivers send only
 * every few epochs, so the last count per talker is kept.
 */
export class FixTracker {
  private epoch: NmeaMessage[] = [];
  private epochTimeOfDay: number | undefined;
  private ender: NmeaMessage['kind'] | undefined;
  private lastEmittedTimeOfDay: number | undefined;
  private lastDate: { dateMs: number; timeOfDayMs: number } | undefined;
  private readonly inView = new Map<string, number>();
  private lastNavMode: 1 | 2 | 3 | undefined;

  constructor(private readonly options: FixTrackerOptions) {}

  push(message: NmeaMessage): void {
    if (message.kind === 'GSV') this.inView.set(message.talker, message.satellitesInView);
    const time = 'timeOfDayMs' in message ? message.timeOfDayMs : undefined;
    if (time !== undefined && this.epochTimeOfDay !== undefined && time !== this.epochTimeOfDay) this.close(true);
    if (time !== undefined && this.epochTimeOfDay === undefined) this.epochTimeOfDay = time;
    this.epoch.push(message);
    if (this.epochTimeOfDay !== undefined && message.kind === this.ender && (message.kind !== 'GSV' || message.messageNumber === message.messageCount)) this.close(false);
  }

  /** Ends the epoch under way (the capture ended, or the receiver went quiet). */
  flush(): void {
    if (this.epochTimeOfDay === undefined) return;
    const messages = this.epoch;
    const timeOfDay = this.epochTimeOfDay;
    this.epoch = [];
    this.epochTimeOfDay = undefined;
    this.emit(messages, timeOfDay);
  }

  /** Forgets everything (the receiver was unplugged: its next burst starts afresh). */
  reset(): void {
    this.epoch = [];
    this.epochTimeOfDay = undefined;
    this.ender = undefined;
    this.lastEmittedTimeOfDay = undefined;
    this.lastDate = undefined;
    this.inView.clear();
    this.lastNavMode = undefined;
  }

  private close(learn: boolean): void {
    const messages = this.epoch;
    const timeOfDay = this.epochTimeOfDay;
    this.epoch = [];
    this.epochTimeOfDay = undefined;
    if (timeOfDay === undefined) return;
    if (learn) this.ender = enderOf(messages);
    this.emit(messages, timeOfDay);
  }

  private emit(messages: NmeaMessage[], timeOfDay: number): void {
    if (timeOfDay === this.lastEmittedTimeOfDay) {
      // The learnt ender came before the end of its epoch: this is the rest of an epoch already
      // reported. Stop trusting the ender rather than report the instant twice.
      this.ender = undefined;
      return;
    }
    this.lastEmittedTimeOfDay = timeOfDay;
    this.options.onFix(this.assemble(messages, timeOfDay));
  }

  private assemble(messages: NmeaMessage[], timeOfDay: number): Fix {
    const gga = last<Gga>(messages, 'GGA');
    const rmc = last<Rmc>(messages, 'RMC');
    const vtg = last<Vtg>(messages, 'VTG');
    const zda = last<Zda>(messages, 'ZDA');
    const gsas = messages.filter((m): m is Gsa => m.kind === 'GSA');
    const navModes = gsas.map((g) => g.navMode).filter((m): m is 1 | 2 | 3 => m !== undefined);
    const navMode = navModes.length > 0 ? (Math.max(...navModes) as 1 | 2 | 3) : undefined;
    const lat = gga?.lat ?? rmc?.lat;
    const lon = gga?.lon ?? rmc?.lon;
    const valid =
      (gga !== undefined || rmc !== undefined) &&
      (rmc === undefined || (rmc.valid && rmc.mode !== 'none' && rmc.mode !== 'estimated')) &&
      (gga === undefined || POSITION_QUALITIES.has(gga.quality)) &&
      navMode !== 1 &&
      lat !== undefined &&
      lon !== undefined;
    const time = this.instant(rmc?.dateMs ?? zda?.dateMs, timeOfDay);
    const gsaUsed = gsas.reduce((sum, g) => sum + g.satelliteIds.length, 0);
    const used = Math.max(gga?.satellitesUsed ?? 0, gsaUsed);
    const inView = [...this.inView.values()].reduce((sum, n) => sum + n, 0);
    return {
      timeUnixMs: time?.unixMs,
      timeOfDayMs: timeOfDay,
      rolloverPeriods: time?.periods ?? 0,
      valid,
      quality: gga?.quality ?? (rmc?.valid === true ? (rmc.mode ?? 'gps') : 'none'),
      mode: this.mode(navMode, valid),
      lat,
      lon,
      altitudeM: gga?.altitudeM,
      satellitesUsed: gga?.satellitesUsed === undefined && gsas.length === 0 ? undefined : used,
      satellitesInView: this.inView.size === 0 ? undefined : inView,
      hdop: gga?.hdop ?? gsas[0]?.hdop,
      pdop: gsas[0]?.pdop,
      vdop: gsas[0]?.vdop,
      speedMps: rmc?.speedMps ?? vtg?.speedMps,
      trackDeg: rmc?.trackDeg ?? vtg?.trackDeg,
      talkers: [...new Set(messages.map((m) => m.talker))],
    };
  }

  /** GSA comes only every few epochs from some receivers: a valid epoch without it keeps the last 2D/3D. */
  private mode(navMode: 1 | 2 | 3 | undefined, valid: boolean): NavMode | undefined {
    if (navMode !== undefined) this.lastNavMode = navMode;
    if (!valid) return navMode === undefined ? undefined : 'no-fix';
    const mode = navMode ?? this.lastNavMode;
    return mode === undefined || mode === 1 ? undefined : navModeNames[mode];
  }

  /** The epoch's UTC instant from its own date or the last one carried forward, rollover-corrected. */
  private instant(dateMs: number | undefined, timeOfDay: number): { unixMs: number; periods: number } | undefined {
    let date = dateMs;
    if (date === undefined && this.lastDate !== undefined) {
      // Past midnight when the time of day jumps back by more than half a day.
      date = timeOfDay < this.lastDate.timeOfDayMs - DAY_MS / 2 ? this.lastDate.dateMs + DAY_MS : this.lastDate.dateMs;
    }
    if (date === undefined) return undefined;
    this.lastDate = { dateMs: date, timeOfDayMs: timeOfDay };
    return correctWeekRollover(date + timeOfDay, this.options.rolloverPivotMs);
  }
}

const navModeNames: Record<1 | 2 | 3, NavMode> = { 1: 'no-fix', 2: '2d', 3: '3d' };

function last<T extends NmeaMessage>(messages: readonly NmeaMessage[], kind: T['kind']): T | undefined {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.kind === kind) return message as T;
  }
  return undefined;
}

/** The type that closed this epoch, if it can safely close the next: sent once, and not GSV (sent only every few epochs). */
function enderOf(messages: readonly NmeaMessage[]): NmeaMessage['kind'] | undefined {
  const final = messages[messages.length - 1];
  if (final === undefined || final.kind === 'GSV') return undefined;
  return messages.filter((m) => m.kind === final.kind).length === 1 ? final.kind : undefined;
}
