import type { BusFactory } from '../../kernel/bus.js';
import { openSerialLink } from '../serial/factory.js';
import type { SlcanBusConfig, SocketcanBusConfig } from './config.js';
import { SlcanBus, type SlcanOptions } from './slcan/bus.js';
import { SocketcanBus, type SocketcanOptions } from './socketcan/bus.js';
import type { ByteLink } from '../serial/types.js';
import type { CanBus } from './types.js';

export const createSlcanBus: BusFactory<SlcanBusConfig, CanBus> = (config, context) => {
  const name = `bus:${context.name}`;
  const log = context.log.child({ module: 'can', device: config.port });
  const link = openSerialLink({ path: config.port, baud: config.baud, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: config.reconnect, name: `${name}/serial`, log: context.log });
  return openSlcanBus(link, { name, bitrate: config.bitrate, ...(config.btr === undefined ? {} : { btr: config.btr }), log, statusIntervalMs: config.status_interval, retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max } });
};

export const createSocketcanBus: BusFactory<SocketcanBusConfig, CanBus> = (config, context) =>
  openSocketcanBus({
    name: `bus:${context.name}`,
    iface: config.interface,
    log: context.log.child({ module: 'can', device: config.interface }),
    retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max },
  });

/** A CanBus through an SLCAN adapter on a byte link (a serial port). */
export function openSlcanBus(link: ByteLink, options: SlcanOptions): CanBus {
  return new SlcanBus(link, options);
}

/** A CanBus on a Linux CAN interface (can0, vcan0); the native module loads when it starts. */
export function openSocketcanBus(options: SocketcanOptions): CanBus {
  return new SocketcanBus(options);
}
