import { OutpostError } from '../../../kernel/errors.js';
import type { Component } from '../../../kernel/component.js';
import type { ByteLink } from '../../../drivers/serial/types.js';

/** The bus under a gps or modem sensor must be a byte stream (a `serial` bus); the config schema already says so, this guards the runtime. */
export function asByteLink(bus: Component, sensor: string): ByteLink {
  const candidate = bus as Partial<ByteLink>;
  if (typeof candidate.onData !== 'function' || typeof candidate.write !== 'function' || typeof candidate.onState !== 'function') {
    throw new OutpostError(`bus ${bus.name} is not a byte stream`, { code: 'config.bus_type', subject: `sensor:${sensor}`, hint: 'put this sensor on a bus of type serial (a port or tcp://host:port)' });
  }
  return candidate as ByteLink;
}
