import type { Logger } from '../../kernel/logger.js';
import type { Bus } from '../../kernel/bus.js';
import type { Component } from '../../kernel/component.js';
import type { PostConfig } from '../config/schema.js';
import type { RecordFeed, RecordSink, TimeSource } from './records.js';

/**
 * How the runtime (`outpost run`) turns sensor entries into running components. Each sensor
 * kind declares, in its folder's kind.ts, the contracts it accepts; agent/config/registry.ts
 * lists the kinds and derives the config schema, the bus checks and the factories from them.
 */

export type { BusContext, BusFactory } from '../../kernel/bus.js';

export interface SensorContext<B extends Bus = Bus> {
  name: string;
  log: Logger;
  /** Where the sensor's readings, detections and events go. */
  sink: RecordSink;
  time: TimeSource;
  /** The sensor's bus, providing one of the contracts its kind accepts (a ByteLink, ModbusLine, GpioChip, CanBus...). */
  bus: B;
  /** The whole post config, for settings shared by sensors (e.g. detection). */
  post: PostConfig;
  /** Every record emitted on the post, for a sensor that acts on others' detections (a camera's triggers); absent where the caller has no pipeline. */
  records?: RecordFeed;
  /** The link and what waits to go up it, now; absent where the caller has no uplink (a camera sends full frames only when it is idle). */
  link?: () => LinkNow;
}

/** What the uplink's figures and the outbox say right now, for a sensor that sends bulk only when the link is idle. */
export interface LinkNow {
  connected: boolean;
  /** The uplink's measured delivery rate (LinkVitals.delivery_rate_bytes_per_s); 0 before any ack measured it. */
  deliveryRateBytesPerS: number;
  /** Records not yet acked by the centre: in the outbox by class, and emitted but not yet stored. */
  waiting: { alarm: number; status: number; bulk: number; unstored: number };
}

export type SensorFactory<C, B extends Bus = Bus> = (config: C, context: SensorContext<B>) => Component;

/**
 * One sensor kind, declared in one file of its folder: the `type` written in the config, the bus
 * contracts it accepts, and its factory (loaded on first use), for config entries of type `C`.
 * Its schema is paired with it in agent/config/registry.ts (see BusKind).
 */
export interface SensorKind<T extends string = string, C = unknown, B extends Bus = Bus> {
  readonly type: T;
  readonly accepts: readonly B['contract'][];
  /** Keys of the entry that name other sensors of the post (one name or a list), checked by `config validate`. */
  readonly sensorRefs?: readonly string[];
  readonly load: () => Promise<SensorFactory<C, B>>;
}

/** Any sensor kind, with its config and bus types erased: what a registry holds. */
export interface AnySensorKind {
  readonly type: string;
  readonly accepts: readonly string[];
  readonly sensorRefs?: readonly string[];
  readonly load: () => Promise<unknown>;
}

export function sensorKind<T extends string, C, B extends Bus>(kind: SensorKind<T, C, B>): SensorKind<T, C, B> {
  return kind;
}
