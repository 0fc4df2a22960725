import { z } from 'zod';

export const gpioBusSchema = z
  .strictObject({
    type: z.literal('gpio'),
    chip: z
      .string()
      .min(1)
      .default('gpiochip0')
      .describe('GPIO chip: gpiochip0, /dev/gpiochip0, or its label (pinctrl-bcm2711 on a Pi 4, pinctrl-rp1 on a Pi 5: labels survive kernel renumbering)'),
    backend: z
      .enum(['chardev', 'sysfs', 'simulated'])
      .default('chardev')
      .describe('chardev (the GPIO character device through the libgpiod tools; any kernel >= 4.8, required on a Pi 5), sysfs (old kernels only; lines by offset), simulated (in memory, for the demo and tests)'),
  })
  .describe('A GPIO chip whose lines carry beams, PIRs, contacts and relays');

export type GpioBusConfig = z.output<typeof gpioBusSchema>;
