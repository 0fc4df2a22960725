import { toNumber, v1, type outpost } from '../../wire/index.js';
import type { PostConfig } from '../config/schema.js';
import type { Logger } from '../../kernel/logger.js';
import type { RecordSink } from '../runtime/records.js';
import { CoincidenceGrouper, type CoincidenceGroup, type Member } from './coincidence.js';
import type { FusionConfig } from './config.js';

interface FusedMember extends Member {
  kind: outpost.v1.DetectionKind;
  confidence: number;
  direction: outpost.v1.Direction;
}

export interface IncidentFusionOptions {
  config: FusionConfig;
  /** Weight of each sensor by name (`weight` in its config); unknown sensors weigh 1. */
  weights: ReadonlyMap<string, number>;
  sink: RecordSink;
  log: Logger;
  /** Wall clock, ms; injectable for tests. */
  now?: () => number;
  /** Arms the closing timer; false leaves closing to `tick()` (tests with a scripted clock). */
  timers?: boolean;
}

const SNAPSHOTS_REMEMBERED = 512;

/** Kinds that say what passed; the others (beam break, motion, unknown) only that something did. */
const SPECIFIC = new Set<number>([v1.DetectionKind.DETECTION_KIND_PERSON, v1.DetectionKind.DETECTION_KIND_VEHICLE, v1.DetectionKind.DETECTION_KIND_ANIMAL]);

/**
 * The post's incident fusion (agent/detection/README.md, "Fusion"): sees every record, groups
 * detections of different sensors whose signals lie within `window` of each other
 * (CoincidenceGrouper), and when a group's summed sensor weight reaches `threshold` emits one
 * Incident once no further member has joined for `window`.
 *
 * - kind: the specific kind (person, vehicle, animal) with the most weight × confidence; if no
 *   member says what passed, the heaviest member's kind (beam break, motion, unknown);
 * - confidence: 1 − Π(1 − c) over the members' best confidence per sensor (independent
 *   witnesses), at most 0.99;
 * - direction: the weighted majority of members that know one (beam pairs), else unspecified.
 */
export class IncidentFusion {
  private readonly grouper: CoincidenceGrouper<FusedMember>;
  private readonly now: () => number;
  private readonly log: Logger;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private sequence = 0;
  /** Snapshot ids by the detection they illustrate, so an incident can list its pictures. */
  private readonly snapshots = new Map<string, string[]>();

  constructor(private readonly options: IncidentFusionOptions) {
    this.grouper = new CoincidenceGrouper(options.config.window, options.config.threshold, options.config.max_duration);
    this.now = options.now ?? Date.now;
    this.log = options.log;
  }

  observe(record: outpost.v1.IRecord): void {
    this.noteSnapshot(record.snapshot);
    const detection = record.detection;
    if (this.stopped || detection === null || detection === undefined) return;
    const sensor = detection.sensor ?? '';
    const onsetMs = toNumber(detection.onsetUnixMs ?? 0);
    const member: FusedMember = {
      id: detection.id ?? '',
      sensor,
      onsetMs,
      endMs: onsetMs + (detection.durationMs ?? 0),
      weight: this.options.weights.get(sensor) ?? 1,
      kind: detection.kind ?? v1.DetectionKind.DETECTION_KIND_UNSPECIFIED,
      confidence: detection.confidence ?? 0,
      direction: detection.direction ?? v1.Direction.DIRECTION_UNSPECIFIED,
    };
    this.emitAll(this.grouper.add(member, this.now()));
    this.arm();
  }

  private noteSnapshot(snapshot: outpost.v1.ISnapshot | null | undefined): void {
    const detectionId = snapshot?.detectionId;
    if (snapshot?.id === undefined || snapshot.id === null || snapshot.id === '' || detectionId === undefined || detectionId === null || detectionId === '') return;
    this.snapshots.set(detectionId, [...(this.snapshots.get(detectionId) ?? []), snapshot.id]);
    // Only detections still open in a group matter; keep the newest few hundred.
    if (this.snapshots.size > SNAPSHOTS_REMEMBERED) this.snapshots.delete(this.snapshots.keys().next().value as string);
  }

  /** Closes the open group if its quiet time has passed; the timer calls it. */
  tick(): void {
    this.emitAll(this.grouper.due(this.now()));
    this.arm();
  }

  /** Emits the group still open (if it counts) and stops the timer. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.emitAll(this.grouper.flush());
  }

  private arm(): void {
    if (this.options.timers === false || this.stopped) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const due = this.grouper.dueAtMs;
    if (due === undefined) return;
    this.timer = setTimeout(() => this.tick(), Math.max(0, due - this.now()) + 1);
    this.timer.unref();
  }

  private emitAll(groups: CoincidenceGroup<FusedMember>[]): void {
    for (const group of groups) {
      const incident = this.incidentOf(group);
      this.log.info({ incident: incident.id, kind: incident.kind, sensors: incident.sensors, coincidence_sum: incident.coincidenceSum }, 'incident');
      this.options.sink.emit({ incident });
    }
  }

  private incidentOf(group: CoincidenceGroup<FusedMember>): outpost.v1.IIncident {
    const best = new Map<string, number>();
    const specific = new Map<number, number>();
    const general = new Map<number, number>();
    const directions = new Map<number, number>();
    for (const member of group.members) {
      best.set(member.sensor, Math.max(best.get(member.sensor) ?? 0, member.confidence));
      const votes = SPECIFIC.has(member.kind) ? specific : general;
      votes.set(member.kind, (votes.get(member.kind) ?? 0) + member.weight * (votes === specific ? member.confidence : 1));
      if (member.direction !== v1.Direction.DIRECTION_UNSPECIFIED) directions.set(member.direction, (directions.get(member.direction) ?? 0) + member.weight);
    }
    let doubt = 1;
    for (const confidence of best.values()) doubt *= 1 - Math.min(1, Math.max(0, confidence));
    const kind = heaviest(specific) ?? heaviest(general) ?? v1.DetectionKind.DETECTION_KIND_UNKNOWN;
    const snapshotIds = group.members.flatMap((member) => this.snapshots.get(member.id) ?? []);
    const incident: outpost.v1.IIncident = {
      id: `incident:${group.startMs}:${++this.sequence}`,
      kind,
      confidence: Math.round(Math.min(0.99, 1 - doubt) * 100) / 100,
      startUnixMs: group.startMs,
      endUnixMs: group.endMs,
      detectionIds: group.members.map((member) => member.id),
      sensors: group.sensors,
      coincidenceSum: group.coincidenceSum,
      direction: heaviest(directions, true) ?? v1.Direction.DIRECTION_UNSPECIFIED,
    };
    if (snapshotIds.length > 0) incident.snapshotIds = snapshotIds;
    return incident;
  }
}

/** The key with the most weight; with `strict`, a tie gives nothing (two beam pairs disagreeing). */
function heaviest(votes: Map<number, number>, strict = false): number | undefined {
  let bestKey: number | undefined;
  let bestWeight = -Infinity;
  let tie = false;
  for (const [key, weight] of votes) {
    if (weight > bestWeight) {
      bestKey = key;
      bestWeight = weight;
      tie = false;
    } else if (weight === bestWeight) tie = true;
  }
  return strict && tie ? undefined : bestKey;
}

/** Sensor weights from the post config: the `weight` key of the sensors that have one. */
export function sensorWeights(post: PostConfig): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [name, sensor] of Object.entries(post.sensors)) {
    if ('weight' in sensor && typeof sensor.weight === 'number') weights.set(name, sensor.weight);
  }
  return weights;
}

/** The Agent's `createFusion` part. */
export function createFusion(context: { post: PostConfig; sink: RecordSink; log: Logger }): IncidentFusion {
  return new IncidentFusion({ config: context.post.detection.fusion, weights: sensorWeights(context.post), sink: context.sink, log: context.log });
}
