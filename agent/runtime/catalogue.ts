import type { AnyBusKind } from '../../kernel/bus.js';
import { serialBus } from '../../drivers/serial/kind.js';
import { modbusRtuBus, modbusTcpBus } from '../../drivers/modbus/kind.js';
import { gpioBus } from '../../drivers/gpio/kind.js';
import { slcanBus, socketcanBus } from '../../drivers/can/kind.js';
import { cameraBus } from '../../drivers/camera/kind.js';
import type { AnySensorKind } from './kinds.js';
import { modbusDeviceSensor } from '../sensors/modbus-device/kind.js';
import { gpsSensor } from '../sensors/gps/kind.js';
import { modemSensor } from '../sensors/modem/kind.js';
import { seismicSensor } from '../sensors/seismic/kind.js';
import { beamPairSensor } from '../sensors/beam-pair/kind.js';
import { pirSensor } from '../sensors/pir/kind.js';
import { canDeviceSensor } from '../sensors/can-device/kind.js';
import { cameraSensor } from '../sensors/camera/kind.js';

/** Bus and sensor kinds as lists: what the factories and the registry's checks read. */
export interface KindLists {
  readonly busKinds: readonly AnyBusKind[];
  readonly sensorKinds: readonly AnySensorKind[];
}

/**
 * Every bus and sensor kind the agent runs, without their schemas: what `outpost run` needs to
 * build its devices, and nothing of the config checker (zod), which it never loads (issue 13).
 * agent/config/registry.ts pairs each with its entry schema in the same order;
 * test/registry/catalogue.test.ts keeps the two lists equal.
 */
export const catalogue = {
  busKinds: [serialBus, modbusRtuBus, modbusTcpBus, gpioBus, socketcanBus, slcanBus, cameraBus],
  sensorKinds: [modbusDeviceSensor, gpsSensor, modemSensor, seismicSensor, beamPairSensor, pirSensor, canDeviceSensor, cameraSensor],
} as const satisfies KindLists;

/** Bus types whose contract a sensor kind accepts, in list order (e.g. modbus-rtu, modbus-tcp). */
export function busTypesFor(kinds: KindLists, sensor: Pick<AnySensorKind, 'accepts'>): string[] {
  return kinds.busKinds.filter((bus) => sensor.accepts.includes(bus.contract)).map((bus) => bus.type);
}
