import type { z } from 'zod';
import type { BusKind } from '../../kernel/bus.js';
import { serialBus } from '../../drivers/serial/kind.js';
import { modbusRtuBus, modbusTcpBus } from '../../drivers/modbus/kind.js';
import { gpioBus } from '../../drivers/gpio/kind.js';
import { slcanBus, socketcanBus } from '../../drivers/can/kind.js';
import { cameraBus } from '../../drivers/camera/kind.js';
import type { SensorKind } from '../runtime/kinds.js';
import { modbusDeviceSensor } from '../sensors/modbus-device/kind.js';
import { gpsSensor } from '../sensors/gps/kind.js';
import { modemSensor } from '../sensors/modem/kind.js';
import { seismicSensor } from '../sensors/seismic/kind.js';
import { beamPairSensor } from '../sensors/beam-pair/kind.js';
import { pirSensor } from '../sensors/pir/kind.js';
import { canDeviceSensor } from '../sensors/can-device/kind.js';

/**
 * Every bus and sensor kind the post config accepts: one line each. A kind declares its type,
 * schema, contract (buses) or accepted contracts (sensors) and factory in its own folder's
 * kind.ts; everything else (the config schema, the JSON Schema, the "needs a bus of kind …"
 * check, the factories) is derived from these two lists.
 */
export const busKinds = [serialBus, modbusRtuBus, modbusTcpBus, gpioBus, socketcanBus, slcanBus, cameraBus] as const;

export const sensorKinds = [modbusDeviceSensor, gpsSensor, modemSensor, seismicSensor, beamPairSensor, pirSensor, canDeviceSensor] as const;

type Schemas<K extends readonly { schema: z.ZodType }[]> = { -readonly [I in keyof K]: K[I]['schema'] };

/** The entry schemas, in a tuple zod's discriminated union takes. */
export const busSchemas = busKinds.map((kind) => kind.schema) as Schemas<typeof busKinds>;
export const sensorSchemas = sensorKinds.map((kind) => kind.schema) as Schemas<typeof sensorKinds>;

export type BusType = (typeof busKinds)[number]['type'];
export type SensorType = (typeof sensorKinds)[number]['type'];

const busKindByType: ReadonlyMap<string, BusKind> = new Map(busKinds.map((kind) => [kind.type, kind as BusKind]));
const sensorKindByType: ReadonlyMap<string, SensorKind> = new Map(sensorKinds.map((kind) => [kind.type, kind as unknown as SensorKind]));

export function busKindOf(type: string): BusKind | undefined {
  return busKindByType.get(type);
}

export function sensorKindOf(type: string): SensorKind | undefined {
  return sensorKindByType.get(type);
}

/** Bus types whose contract a sensor kind accepts, in registry order (e.g. modbus-rtu, modbus-tcp). */
export function busTypesFor(sensor: Pick<SensorKind, 'accepts'>): string[] {
  return busKinds.filter((bus) => (sensor.accepts as readonly string[]).includes(bus.contract)).map((bus) => bus.type);
}

/** Bus types a sensor type may use, by sensor type. */
export const compatibleBuses: ReadonlyMap<string, readonly string[]> = new Map(sensorKinds.map((kind) => [kind.type, busTypesFor(kind)]));
