import type { z } from 'zod';
import type { AnyBusKind } from '../../kernel/bus.js';
import { busTypesFor, catalogue } from '../runtime/catalogue.js';
import type { AnySensorKind } from '../runtime/kinds.js';
import { serialBusSchema } from '../../drivers/serial/config.js';
import { modbusRtuBusSchema, modbusTcpBusSchema } from '../../drivers/modbus/config.js';
import { gpioBusSchema } from '../../drivers/gpio/config.js';
import { slcanBusSchema, socketcanBusSchema } from '../../drivers/can/config.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { modbusDeviceSchema } from '../sensors/modbus-device/config.js';
import { gpsSchema } from '../sensors/gps/config.js';
import { modemSchema } from '../sensors/modem/config.js';
import { seismicSchema } from '../sensors/seismic/config.js';
import { beamPairSchema } from '../sensors/beam-pair/config.js';
import { pirSchema } from '../sensors/pir/config.js';
import { canDeviceSchema } from '../sensors/can-device/config.js';
import { cameraSensorSchema } from '../sensors/camera/config.js';

/** A kind whose factory takes config entries of type O (or that has none). */
type Takes<O> = { readonly load?: () => Promise<(config: O, context: never) => unknown> };

/**
 * A kind with the schema of its config entries. The schema's output must be what the kind's
 * factory takes (checked here, at compile time). Kinds are declared without schemas (kind.ts) so
 * that `outpost run` never loads zod; only the config checker pairs them.
 */
export function withSchema<K extends Takes<z.output<S>>, S extends z.ZodType>(kind: K, schema: S): K & { readonly schema: S } {
  return { ...kind, schema };
}

export type ConfiguredBusKind = AnyBusKind & { readonly schema: z.ZodType };
export type ConfiguredSensorKind = AnySensorKind & { readonly schema: z.ZodType };

type Schemas<K extends readonly { schema: z.ZodType }[]> = { -readonly [I in keyof K]: K[I]['schema'] };

/**
 * What the rest of the agent derives from the kinds: the entry schemas (for the config schema
 * and its JSON Schema), the bus types each sensor kind can use, and the kinds by type (for
 * the factories). Built once from the two lists below; a test builds its own with a toy kind.
 */
export interface Registry<B extends readonly ConfiguredBusKind[] = readonly ConfiguredBusKind[], S extends readonly ConfiguredSensorKind[] = readonly ConfiguredSensorKind[]> {
  readonly busKinds: B;
  readonly sensorKinds: S;
  /** The entry schemas, in a tuple zod's discriminated union takes. */
  readonly busSchemas: Schemas<B>;
  readonly sensorSchemas: Schemas<S>;
  busKindOf(type: string): ConfiguredBusKind | undefined;
  sensorKindOf(type: string): ConfiguredSensorKind | undefined;
  /** Bus types whose contract a sensor kind accepts, in registry order (e.g. modbus-rtu, modbus-tcp). */
  busTypesFor(sensor: Pick<AnySensorKind, 'accepts'>): string[];
}

export function createRegistry<B extends readonly ConfiguredBusKind[], S extends readonly ConfiguredSensorKind[]>(busKinds: B, sensorKinds: S): Registry<B, S> {
  const buses = new Map<string, ConfiguredBusKind>(busKinds.map((kind) => [kind.type, kind]));
  const sensors = new Map<string, ConfiguredSensorKind>(sensorKinds.map((kind) => [kind.type, kind]));
  return {
    busKinds,
    sensorKinds,
    busSchemas: busKinds.map((kind) => kind.schema) as Schemas<B>,
    sensorSchemas: sensorKinds.map((kind) => kind.schema) as Schemas<S>,
    busKindOf: (type) => buses.get(type),
    sensorKindOf: (type) => sensors.get(type),
    busTypesFor: (sensor) => busTypesFor({ busKinds, sensorKinds }, sensor),
  };
}

/**
 * Every bus and sensor kind the post config accepts, each with its entry schema: the runtime's
 * catalogue (agent/runtime/catalogue.ts), in its order, one line per kind. Everything else (the
 * config schema, the JSON Schema, the "needs a bus of kind …" check) is derived from this registry.
 */
const [serialBus, modbusRtuBus, modbusTcpBus, gpioBus, socketcanBus, slcanBus, cameraBus] = catalogue.busKinds;
const [modbusDeviceSensor, gpsSensor, modemSensor, seismicSensor, beamPairSensor, pirSensor, canDeviceSensor, cameraSensor] = catalogue.sensorKinds;
export const registry = createRegistry(
  [
    withSchema(serialBus, serialBusSchema),
    withSchema(modbusRtuBus, modbusRtuBusSchema),
    withSchema(modbusTcpBus, modbusTcpBusSchema),
    withSchema(gpioBus, gpioBusSchema),
    withSchema(socketcanBus, socketcanBusSchema),
    withSchema(slcanBus, slcanBusSchema),
    withSchema(cameraBus, cameraBusSchema),
  ] as const,
  [
    withSchema(modbusDeviceSensor, modbusDeviceSchema),
    withSchema(gpsSensor, gpsSchema),
    withSchema(modemSensor, modemSchema),
    withSchema(seismicSensor, seismicSchema),
    withSchema(beamPairSensor, beamPairSchema),
    withSchema(pirSensor, pirSchema),
    withSchema(canDeviceSensor, canDeviceSchema),
    withSchema(cameraSensor, cameraSensorSchema),
  ] as const,
);

export type BusType = (typeof registry.busKinds)[number]['type'];
export type SensorType = (typeof registry.sensorKinds)[number]['type'];
