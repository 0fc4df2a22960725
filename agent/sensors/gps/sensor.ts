import type { outpost } from '../../../wire/index.js';
import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink } from '../../runtime/records.js';
import { positionOf } from '../../time/gps-clock.js';
import type { ByteLink, LinkState } from '../../../drivers/serial/types.js';
import { NmeaDecoder } from '../../../drivers/nmea/decoder.js';
import type { Fix } from '../../../drivers/nmea/fix.js';
import { parsePivot } from '../../../drivers/nmea/rollover.js';
import type { GpsConfig } from './config.js';
import { everyOnGrid } from '../../../kernel/grid-timer.js';

/** A pause this long after a burst ends the epoch (receivers send one burst per second). */
const QUIET_FLUSH_MS = 200;

export interface GpsSensorOptions {
  name: string;
  config: GpsConfig;
  link: ByteLink;
  sink: RecordSink;
  log: Logger;
  /** Monotonic ms; injectable for tests. */
  monotonic?: () => number;
}

export const GPS_CHANNELS: readonly outpost.v1.IChannel[] = [
  { name: 'latitude', unit: 'deg' },
  { name: 'longitude', unit: 'deg' },
  { name: 'altitude', unit: 'm' },
  { name: 'fix_valid', unit: '' },
  { name: 'satellites_used', unit: '' },
  { name: 'satellites_in_view', unit: '' },
  { name: 'hdop', unit: '' },
  { name: 'speed', unit: 'm/s' },
];

/**
 * The `gps` sensor: decodes the NMEA stream of a receiver on a serial bus, keeps the latest
 * fix, reports the position as a Reading every `interval`, feeds the post clock (listeners of
 * `onFix`), and says in health whether the receiver talks and has a fix.
 */
export class GpsSensor implements Component {
  readonly name: string;
  private readonly state: HealthState;
  private readonly decoder: NmeaDecoder;
  private readonly listeners = new Set<(fix: Fix) => void>();
  private readonly monotonic: () => number;
  private readonly unsubscribe: (() => void)[] = [];
  private latestFix: Fix | undefined;
  private latestValid: Fix | undefined;
  private lastDataAt: number | undefined;
  private lastValidAt: number | undefined;
  private startedAt = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  /** Stops the report ticks (on the wall-clock grid shared with other sensors). */
  private stopReports: (() => void) | undefined;
  private running = false;
  private hasFix = false;

  constructor(private readonly options: GpsSensorOptions) {
    this.name = `sensor:${options.name}`;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.state = new HealthState();
    this.decoder = new NmeaDecoder({ rolloverPivotMs: parsePivot(options.config.rollover_pivot), onFix: (fix) => this.onDecoded(fix) });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.startedAt = this.monotonic();
    const link = this.options.link;
    this.unsubscribe.push(
      link.onData((chunk) => this.onData(chunk)),
      link.onState((state) => this.onLinkState(state)),
    );
    this.stopReports = everyOnGrid(Math.max(1000, this.options.config.interval), () => this.report());
    this.updateHealth();
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    this.stopReports?.();
    clearTimeout(this.quietTimer);
    this.stopReports = undefined;
    this.quietTimer = undefined;
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    if (this.running) this.updateHealth();
    const counters: Record<string, number> = { ...this.decoder.counters };
    if (this.latestFix?.satellitesInView !== undefined) counters['satellites_in_view'] = this.latestFix.satellitesInView;
    return this.state.snapshot(counters);
  }

  /** Every fix as it is decoded (valid or not); returns the unsubscribe function. */
  onFix(listener: (fix: Fix) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The latest fix decoded, valid or not. */
  get fix(): Fix | undefined {
    return this.latestFix;
  }

  /** The latest valid position, for PostState and Health. */
  position(): outpost.v1.IPosition | undefined {
    return this.latestValid === undefined ? undefined : positionOf(this.latestValid);
  }

  private onData(chunk: Buffer): void {
    this.lastDataAt = this.monotonic();
    this.decoder.push(chunk);
    if (this.quietTimer === undefined) this.quietTimer = setTimeout(() => this.decoder.flush(), QUIET_FLUSH_MS);
    else this.quietTimer.refresh();
  }

  private onLinkState(state: LinkState): void {
    if (state !== 'open') this.decoder.reset();
    this.updateHealth();
  }

  private onDecoded(fix: Fix): void {
    this.latestFix = fix;
    if (fix.valid && !this.hasFix) this.options.log.info({ lat: fix.lat, lon: fix.lon, quality: fix.quality, mode: fix.mode }, 'GPS fix acquired');
    if (!fix.valid && this.hasFix) this.options.log.warn({ quality: fix.quality, satellitesInView: fix.satellitesInView }, 'GPS fix lost');
    this.hasFix = fix.valid;
    if (fix.valid) {
      this.latestValid = fix;
      this.lastValidAt = this.monotonic();
    }
    for (const listener of this.listeners) listener(fix);
  }

  /** One sample of the current fix; NaN and `faulted` for what is unknown. */
  private report(): void {
    const fix = this.latestFix;
    const fresh = fix !== undefined && this.lastDataAt !== undefined && this.monotonic() - this.lastDataAt < this.options.config.silent_after;
    const valid = fresh && fix.valid;
    const values = [
      valid ? fix.lat : undefined,
      valid ? fix.lon : undefined,
      valid ? fix.altitudeM : undefined,
      fresh ? (fix.valid ? 1 : 0) : undefined,
      fresh ? fix.satellitesUsed : undefined,
      fresh ? fix.satellitesInView : undefined,
      valid ? fix.hdop : undefined,
      valid ? fix.speedMps : undefined,
    ];
    const faulted = values.flatMap((value, index) => (value === undefined ? [index] : []));
    this.options.sink.emit({
      reading: {
        sensor: this.options.name,
        channels: [...GPS_CHANNELS],
        samples: [{ offsetMs: 0, values: values.map((value) => value ?? Number.NaN), faulted }],
      },
    });
  }

  private updateHealth(): void {
    const now = this.monotonic();
    const link = this.options.link;
    const { silent_after: silentAfter, no_fix_after: noFixAfter } = this.options.config;
    if (link.state !== 'open') {
      this.state.set('fault', `${link.description} is ${link.state}; the receiver cannot be read (see the bus's health for why)`);
      return;
    }
    const lastData = this.lastDataAt ?? this.startedAt;
    if (now - lastData > silentAfter) {
      this.state.set('fault', `no data from the receiver on ${link.description} for ${seconds(now - lastData)}; check its power and wiring, and the baud rate`);
      return;
    }
    const c = this.decoder.counters;
    if (this.lastDataAt !== undefined && c.sentences === 0 && now - this.startedAt > silentAfter) {
      this.state.set('fault', `data on ${link.description} but no valid NMEA sentence (${c.checksum_errors} bad checksums, ${c.partial + c.non_ascii + c.too_long} garbled); check the baud rate`);
      return;
    }
    const sinceFix = now - (this.lastValidAt ?? this.startedAt);
    if (this.latestFix?.valid !== true && sinceFix > noFixAfter) {
      const inView = this.latestFix?.satellitesInView;
      this.state.set('degraded', `no valid GPS fix for ${seconds(sinceFix)} (${inView === undefined ? 'no satellites reported' : `${inView} satellites in view`}); check that the antenna sees the open sky`);
      return;
    }
    this.state.set('ok');
  }
}

function seconds(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
