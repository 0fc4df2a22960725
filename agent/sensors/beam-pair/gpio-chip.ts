import { OutpostError } from '../../../kernel/errors.js';
import type { Component } from '../../../kernel/component.js';
import type { GpioChip } from '../../../drivers/gpio/types.js';

/** The bus under a beam pair or PIR must be a GPIO chip; the config schema says so, this guards the runtime. */
export function asGpioChip(bus: Component, sensor: string): GpioChip {
  const candidate = bus as Partial<GpioChip>;
  if (typeof candidate.input !== 'function') {
    throw new OutpostError(`bus ${bus.name} is not a GPIO chip`, { code: 'config.bus_type', subject: `sensor:${sensor}`, hint: 'put this sensor on a bus of type gpio' });
  }
  return candidate as GpioChip;
}
