import type { z } from 'zod';
import type { AnyBusKind } from '../../kernel/bus.js';
import { serialBus } from '../../drivers/serial/kind.js';
import { modbusRtuBus, modbusTcpBus } from '../../drivers/modbus/kind.js';
import { gpioBus } from '../../drivers/gpio/kind.js';
import { slcanBus, socketcanBus } from '../../drivers/can/kind.js';
import { cameraBus } from '../../drivers/camera/kind.js';
import type { AnySensorKind } from '../runtime/kinds.js';
import { modbusDeviceSensor } from '../sensors/modbus-device/kind.js';
import { gpsSensor } from '../sensors/gps/kind.js';
import { modemSensor } from '../sensors/modem/kind.js';
import { seismicSensor } from '../sensors/seismic/kind.js';
import { beamPairSensor } from '../sensors/beam-pair/kind.js';
import { pirSensor } from '../sensors/pir/kind.js';
import { canDeviceSensor } from '../sensors/can-device/kind.js';
import { cameraSensor } from '../sensors/camera/kind.js';

type Schemas<K extends readonly { schema: z.ZodType }[]> = { -readonly [I in keyof K]: K[I]['schema'] };

/**
 * What the rest of the agent derives from the kinds: the entry schemas (for the config schema
 * and its JSON Schema), the bus types each sensor kind can use, and the kinds by type (for
 * the factories). Built once from the two lists below; a test builds its own with a toy kind.
 */
export interface Registry<B extends readonly AnyBusKind[] = readonly AnyBusKind[], S extends readonly AnySensorKind[] = readonly AnySensorKind[]> {
  readonly busKinds: B;
  readonly sensorKinds: S;
  /** The entry schemas, in a tuple zod's discriminated union takes. */
  readonly busSchemas: Schemas<B>;
  readonly sensorSchemas: Schemas<S>;
  busKindOf(type: string): AnyBusKind | undefined;
  sensorKindOf(type: string): AnySensorKind | undefined;
  /** Bus types whose contract a sensor kind accepts, in registry order (e.g. modbus-rtu, modbus-tcp). */
  busTypesFor(sensor: Pick<AnySensorKind, 'accepts'>): string[];
}

export function createRegistry<B extends readonly AnyBusKind[], S extends readonly AnySensorKind[]>(busKinds: B, sensorKinds: S): Registry<B, S> {
  const buses = new Map<string, AnyBusKind>(busKinds.map((kind) => [kind.type, kind]));
  const sensors = new Map<string, AnySensorKind>(sensorKinds.map((kind) => [kind.type, kind]));
  return {
    busKinds,
    sensorKinds,
    busSchemas: busKinds.map((kind) => kind.schema) as Schemas<B>,
    sensorSchemas: sensorKinds.map((kind) => kind.schema) as Schemas<S>,
    busKindOf: (type) => buses.get(type),
    sensorKindOf: (type) => sensors.get(type),
    busTypesFor: (sensor) => busKinds.filter((bus) => (sensor.accepts as readonly string[]).includes(bus.contract)).map((bus) => bus.type),
  };
}

/**
 * Every bus and sensor kind the post config accepts: one line each. A kind declares its type,
 * schema, contract (buses) or accepted contracts (sensors) and factory in its own folder's
 * kind.ts; everything else (the config schema, the JSON Schema, the "needs a bus of kind …"
 * check, the factories) is derived from this registry.
 */
export const registry = createRegistry(
  [
    serialBus,
    modbusRtuBus,
    modbusTcpBus,
    gpioBus,
    socketcanBus,
    slcanBus,
    cameraBus,
  ] as const,
  [
    modbusDeviceSensor,
    gpsSensor,
    modemSensor,
    seismicSensor,
    beamPairSensor,
    pirSensor,
    canDeviceSensor,
    cameraSensor,
  ] as const,
);

export type BusType = (typeof registry.busKinds)[number]['type'];
export type SensorType = (typeof registry.sensorKinds)[number]['type'];
