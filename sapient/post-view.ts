import { v1, type outpost } from '../wire/index.js';

/** The sensor kinds a node definition names (a SAPIENT node type each). */
export type SensorKind = 'seismic' | 'beam' | 'pir' | 'camera' | 'other';

export interface Position {
  lat: number;
  lon: number;
  altM?: number;
  /** Horizontal error in metres where the GPS gives one. */
  errorM?: number;
}

export type FaultLevel = 'warning' | 'error';

export interface Fault {
  /** The component or sensor concerned, e.g. `sensor:geophone`, `outbox`. */
  source: string;
  level: FaultLevel;
  /** A tamper or the environment (outside the post) rather than the post itself. */
  external: boolean;
  text: string;
}

export interface Battery {
  /** 0-100. */
  level: number;
  solar: boolean;
  /** The sensor whose readings gave it (a charge controller, a battery monitor). */
  sensor: string;
}

export interface ViewChange {
  /** A sensor kind or sensor first seen: the node definition (registration) changed. */
  definition: boolean;
  /** Health, faults, power or position changed: a status report is due now. */
  status: boolean;
}

export interface BatteryScale {
  empty_v: number;
  full_v: number;
}

const SOC_CHANNEL = /^(battery_)?(soc|state_of_charge|level|percent)$/;

/** The kind of sensor a detection came from, from its features (or its kind when it has none). */
export function sensorKindOf(detection: outpost.v1.IDetection): SensorKind {
  if (detection.seismic) return 'seismic';
  if (detection.beam) return 'beam';
  if (detection.pir) return 'pir';
  if (detection.kind === v1.DetectionKind.DETECTION_KIND_BEAM_BREAK) return 'beam';
  if (detection.kind === v1.DetectionKind.DETECTION_KIND_MOTION) return 'pir';
  return 'other';
}

/**
 * What the bridge knows about one post, learnt from its records alone (beside the centre the
 * bridge never sees the post's config): its sensors and their kinds, its position, the health of
 * its components, its faults and its battery.
 */
export class PostView {
  readonly sensors = new Map<string, SensorKind>();
  readonly components = new Map<string, { state: outpost.v1.ComponentState; message: string }>();
  readonly faults = new Map<string, Fault>();
  position: Position | undefined;
  battery: Battery | undefined;

  constructor(
    readonly postId: string,
    private readonly scale: BatteryScale,
  ) {}

  observe(record: outpost.v1.IRecord): ViewChange {
    if (record.detection) return { definition: this.addSensor(record.detection.sensor ?? '', sensorKindOf(record.detection)), status: false };
    if (record.snapshot) return { definition: this.addSensor(record.snapshot.camera ?? 'camera', 'camera'), status: false };
    if (record.health) return { definition: false, status: this.observeHealth(record.health) };
    if (record.event) return { definition: false, status: this.observeEvent(record.event) };
    if (record.reading) return { definition: false, status: this.observeReading(record.reading) };
    return { definition: false, status: false };
  }

  kinds(): Set<SensorKind> {
    return new Set(this.sensors.values());
  }

  private addSensor(name: string, kind: SensorKind): boolean {
    if (this.sensors.get(name) === kind) return false;
    this.sensors.set(name, kind);
    return true;
  }

  private observeHealth(health: outpost.v1.IHealth): boolean {
    let changed = false;
    for (const component of health.components ?? []) {
      const name = component.name ?? '';
      const state = component.state ?? v1.ComponentState.COMPONENT_STATE_UNSPECIFIED;
      const message = component.message ?? '';
      const before = this.components.get(name);
      if (before?.state !== state || before.message !== message) changed = true;
      this.components.set(name, { state, message });
    }
    const position = positionOf(health.vitals?.position);
    if (position !== undefined && !samePosition(position, this.position)) {
      this.position = position;
      changed = true;
    }
    return changed;
  }

  private observeEvent(event: outpost.v1.IEvent): boolean {
    const source = event.source ?? '';
    const kind = event.kind ?? v1.EventKind.EVENT_KIND_UNSPECIFIED;
    if (kind === v1.EventKind.EVENT_KIND_RECOVERED) return this.faults.delete(source);
    const external = kind === v1.EventKind.EVENT_KIND_TAMPER || kind === v1.EventKind.EVENT_KIND_ENVIRONMENT;
    if (kind !== v1.EventKind.EVENT_KIND_FAULT && !external) return false;
    const level: FaultLevel = event.severity === v1.Severity.SEVERITY_ALARM || kind === v1.EventKind.EVENT_KIND_FAULT ? 'error' : 'warning';
    const text = `${source}: ${event.message ?? ''}`.trim();
    const before = this.faults.get(source);
    this.faults.set(source, { source, level, external, text });
    return before?.text !== text || before.level !== level;
  }

  private observeReading(reading: outpost.v1.IReading): boolean {
    const channels = reading.channels ?? [];
    const last = reading.samples?.[reading.samples.length - 1]?.values ?? [];
    const value = (index: number): number | undefined => {
      const found = last[index];
      return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
    };
    const solar = channels.some((channel) => /^pv_/.test(channel.name ?? ''));
    let level: number | undefined;
    channels.forEach((channel, index) => {
      const name = channel.name ?? '';
      if (SOC_CHANNEL.test(name) && channel.unit === '%') level = value(index) ?? level;
    });
    if (level === undefined) {
      const index = channels.findIndex((channel) => channel.name === 'battery_voltage' && channel.unit === 'V');
      const volts = index >= 0 ? value(index) : undefined;
      if (volts !== undefined) level = ((volts - this.scale.empty_v) / (this.scale.full_v - this.scale.empty_v)) * 100;
    }
    if (level === undefined) return false;
    const battery = { level: Math.round(Math.min(100, Math.max(0, level))), solar: solar || (this.battery?.solar ?? false), sensor: reading.sensor ?? '' };
    const changed = battery.level !== this.battery?.level || battery.solar !== this.battery.solar;
    this.battery = battery;
    return changed;
  }
}

function positionOf(position: outpost.v1.IPosition | null | undefined): Position | undefined {
  if (position === null || position === undefined) return undefined;
  const quality = position.fixQuality ?? v1.FixQuality.FIX_QUALITY_UNSPECIFIED;
  if (quality === v1.FixQuality.FIX_QUALITY_UNSPECIFIED || quality === v1.FixQuality.FIX_QUALITY_NONE) return undefined;
  const found: Position = { lat: position.latitudeDeg ?? 0, lon: position.longitudeDeg ?? 0 };
  if (typeof position.altitudeM === 'number') found.altM = position.altitudeM;
  // A GPS's horizontal error is roughly HDOP times its ~5 m user range error.
  if (typeof position.hdop === 'number' && position.hdop > 0) found.errorM = position.hdop * 5;
  return found;
}

function samePosition(a: Position, b: Position | undefined): boolean {
  // Under a metre is GPS noise, not a moved post: no status report for it.
  return b !== undefined && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.lon - b.lon) < 1e-5;
}
