import type { z } from 'zod';
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

/**
 * Every bus and sensor type the post config accepts: one line each. The schemas live in the
 * kind's own folder; this file only lists them, so adding a kind touches its folder and here.
 */
export const busSchemas = [
  serialBusSchema,
  modbusRtuBusSchema,
  modbusTcpBusSchema,
  gpioBusSchema,
  socketcanBusSchema,
  slcanBusSchema,
  cameraBusSchema,
] as const;

export const sensorKinds = [
  { schema: modbusDeviceSchema, buses: ['modbus-rtu', 'modbus-tcp'] },
  { schema: gpsSchema, buses: ['serial'] },
  { schema: modemSchema, buses: ['serial'] },
  { schema: seismicSchema, buses: ['serial'] },
  { schema: beamPairSchema, buses: ['gpio'] },
  { schema: pirSchema, buses: ['gpio'] },
  { schema: canDeviceSchema, buses: ['socketcan', 'slcan'] },
] as const;

export type BusType = z.output<(typeof busSchemas)[number]>['type'];
export type SensorType = z.output<(typeof sensorKinds)[number]['schema']>['type'];

/** Bus types a sensor type may use, by sensor type. */
export const compatibleBuses: ReadonlyMap<string, readonly string[]> = new Map(
  sensorKinds.map((kind) => [kind.schema.shape.type.value, kind.buses]),
);
