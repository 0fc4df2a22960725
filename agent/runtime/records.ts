import type { outpost } from '../../wire/index.js';

/** Exactly one record body, as the `oneof body` of outpost.v1.Record. */
export type RecordBody =
  | { detection: outpost.v1.IDetection }
  | { incident: outpost.v1.IIncident }
  | { reading: outpost.v1.IReading }
  | { health: outpost.v1.IHealth }
  | { event: outpost.v1.IEvent }
  | { snapshot: outpost.v1.ISnapshot }
  | { commandResult: outpost.v1.ICommandResult };

/**
 * What sensors, detectors and the agent emit. The pipeline stamps the time and its quality
 * (from the TimeSource) unless given, sets the priority from the body, and hands it to the
 * outbox, which assigns the seq.
 */
export type RecordDraft = RecordBody & {
  timeUnixMs?: number;
  timeQuality?: outpost.v1.TimeQuality;
};

/**
 * Where records go. `emit` never throws and never blocks the caller: a sensor's poll loop must
 * not stall because the disk is slow. Durability is the outbox's job, which reports its own faults.
 */
export interface RecordSink {
  emit(draft: RecordDraft): void;
}

/** The wall clock and how far it can be trusted right now (GPS fix, NTP, or a bare RTC). */
export interface TimeSource {
  now(): { unixMs: number; quality: outpost.v1.TimeQuality };
  /** A GPS-disciplined clock's lock and its offset from the system clock (for `outpost status`). */
  status?(): { locked: boolean; offsetMs: number | undefined };
}

/** Every record as the pipeline stamps it, for parts that act on others' records (fusion, a camera's triggers). */
export interface RecordFeed {
  /** Calls `observer` with each record emitted from now on; returns the unsubscribe. */
  observe(observer: (record: outpost.v1.IRecord) => void): () => void;
}
