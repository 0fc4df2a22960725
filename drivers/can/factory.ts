import type { BusFactory } from '../../kernel/bus.js';
import { SerialLink } from '../serial/index.js';
import type { SlcanBusConfig, SocketcanBusConfig } from './config.js';
import { SlcanBus } from './slcan/bus.js';
import { SocketcanBus } from './socketcan/bus.js';

export const createSlcanBus: BusFactory<SlcanBusConfig> = (config, context) => {
  const name = `bus:${context.name}`;
  const log = context.log.child({ module: 'can', device: config.port });
  const link = new SerialLink({ path: config.port, baud: config.baud, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: config.reconnect, name: `${name}/serial`, log: context.log });
  return new SlcanBus(link, { name, bitrate: config.bitrate, ...(config.btr === undefined ? {} : { btr: config.btr }), log, statusIntervalMs: config.status_interval, retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max } });
};

export const createSocketcanBus: BusFactory<SocketcanBusConfig> = (config, context) =>
  new SocketcanBus({
    name: `bus:${context.name}`,
    iface: config.interface,
    log: context.log.child({ module: 'can', device: config.interface }),
    retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max },
  });
