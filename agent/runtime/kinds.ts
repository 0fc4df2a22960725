import type { Logger } from '../../kernel/logger.js';
import type { BusConfig, PostConfig, SensorConfig } from '../config/schema.js';
import type { Component } from '../../kernel/component.js';
import type { BusFactory as KernelBusFactory } from '../../kernel/bus.js';
import type { RecordSink, TimeSource } from './records.js';

/**
 * How the runtime (`outpost run`) turns config entries into running components.
 * Each bus or sensor type registers a factory in agent/runtime/factories.ts (one line,
 * loaded lazily so that validating a config never loads native modules).
 */

export type { BusContext } from '../../kernel/bus.js';

export interface SensorContext {
  name: string;
  log: Logger;
  /** Where the sensor's readings, detections and events go. */
  sink: RecordSink;
  time: TimeSource;
  /** The component the sensor's bus factory made (a ByteLink, ModbusLine, GpioChip, CanBus...). */
  bus: Component;
  /** The whole post config, for settings shared by sensors (e.g. detection). */
  post: PostConfig;
}

export type BusFactory<C extends BusConfig = BusConfig> = KernelBusFactory<C>;
export type SensorFactory<C extends SensorConfig = SensorConfig> = (config: C, context: SensorContext) => Component;

export type BusFactories = { [T in BusConfig['type']]?: () => Promise<BusFactory<Extract<BusConfig, { type: T }>>> };
export type SensorFactories = { [T in SensorConfig['type']]?: () => Promise<SensorFactory<Extract<SensorConfig, { type: T }>>> };
