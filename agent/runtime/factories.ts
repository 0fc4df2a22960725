import type { BusFactories, SensorFactories } from './kinds.js';

/**
 * Implementations by type, one line each, loaded on first use. A type that validates in the
 * config but has no line here is reported by the runtime as not supported by this build.
 */
export const busFactories: BusFactories = {
  serial: async () => (await import('../../drivers/serial/factory.js')).createSerialBus,
  'modbus-rtu': async () => (await import('../../drivers/modbus/factory.js')).createModbusRtuBus,
  'modbus-tcp': async () => (await import('../../drivers/modbus/factory.js')).createModbusTcpBus,
  gpio: async () => (await import('../../drivers/gpio/factory.js')).createGpioBus,
  socketcan: async () => (await import('../../drivers/can/factory.js')).createSocketcanBus,
  slcan: async () => (await import('../../drivers/can/factory.js')).createSlcanBus,
};

export const sensorFactories: SensorFactories = {
  'modbus-device': async () => (await import('../sensors/modbus-device/factory.js')).createModbusDeviceSensor,
  gps: async () => (await import('../sensors/gps/factory.js')).createGpsSensor,
  modem: async () => (await import('../sensors/modem/factory.js')).createModemSensor,
  seismic: async () => (await import('../sensors/seismic/factory.js')).createSeismicSensor,
  'beam-pair': async () => (await import('../sensors/beam-pair/factory.js')).createBeamPairSensor,
  pir: async () => (await import('../sensors/pir/factory.js')).createPirSensor,
  'can-device': async () => (await import('../sensors/can-device/factory.js')).createCanDeviceSensor,
};
