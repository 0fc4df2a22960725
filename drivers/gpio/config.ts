import { z } from 'zod';

export const gpioBusSchema = z
  .strictObject({
    type: z.literal('gpio'),
    chip: z
      .string()
      .min(1)
      .default('gpiochip0')
      .describe('GPIO chip: gpiochip0, /dev/gpiochip0, or its label (e.g. pinctrl-rp1 on a Pi 5)'),
    backend: z
      .enum(['chardev', 'sysfs'])
      .default('chardev')
      .describe('chardev (the GPIO character device; kernels >= 4.8, required on Pi 5) or sysfs (old kernels only)'),
  })
  .describe('A GPIO chip whose lines carry beams, PIRs, contacts and relays');

export type GpioBusConfig = z.output<typeof gpioBusSchema>;
