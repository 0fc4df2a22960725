import type { BusFactory } from '../../kernel/bus.js';
import type { SerialBusConfig } from './config.js';
import { SerialLink, type SerialLinkOptions } from './link.js';
import type { ByteLink } from './types.js';

/** A ByteLink over a serial port or tcp://host:port: how other drivers and commands get one without the concrete class. */
export function openSerialLink(options: SerialLinkOptions): ByteLink {
  return new SerialLink(options);
}

export const createSerialBus: BusFactory<SerialBusConfig, ByteLink> = (config, context) => openSerialLink({ ...config, name: `bus:${context.name}`, log: context.log });
