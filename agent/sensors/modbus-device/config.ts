import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';

const bitTables = new Set(['coil', 'discrete']);

export const modbusPointSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name of letters, digits and _, e.g. battery_voltage').describe('Channel name in readings'),
    table: z.enum(['coil', 'discrete', 'input', 'holding']).describe('Register table: coil, discrete (inputs), input (registers), holding (registers)'),
    address: z.number().int().min(0).max(65535).describe('Zero-based register or coil address as sent on the wire (register 40001 in a manual is holding 0)'),
    type: z
      .enum(['bool', 'int16', 'uint16', 'int32', 'uint32', 'float32', 'string'])
      .optional()
      .describe('How the registers are read (default uint16; coils and discrete inputs are always bool). bool on a register is 1 when it is not 0. Strings are reported as events when they change, not as channels'),
    length: z.number().int().min(1).max(64).optional().describe('For strings: the number of registers (2 characters each)'),
    word_order: z.enum(['big', 'little']).default('big').describe('For 32-bit types: big = high word first (ABCD), little = low word first (CDAB)'),
    byte_order: z.enum(['big', 'little']).default('big').describe('Byte order within each register: big = as on the wire (AB), little = swapped (BA)'),
    scale: z.number().default(1).describe('value = raw * scale + offset'),
    offset: z.number().default(0).describe('Added after scaling'),
    unit: z.string().default('').describe('Unit of the scaled value, e.g. V, A, Cel, %'),
    interval: duration('Poll interval of this point; defaults to the device interval').optional(),
  })
  .superRefine((point, ctx) => {
    const bits = bitTables.has(point.table);
    if (bits && point.type !== undefined && point.type !== 'bool') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: `a ${point.table} holds one bit: use type bool (or leave type out), not ${point.type}` });
    }
    if (point.type === 'string' && point.length === undefined) {
      ctx.addIssue({ code: 'custom', path: ['length'], message: 'a string needs length: the number of registers it spans (2 characters each)' });
    }
    if (point.type !== 'string' && point.length !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['length'], message: 'length is only for type string' });
    }
  })
  .transform((point) => ({ ...point, type: point.type ?? (bitTables.has(point.table) ? ('bool' as const) : ('uint16' as const)) }))
  .describe('One value read from a Modbus device');

export const modbusDeviceSchema = z
  .strictObject({
    type: z.literal('modbus-device'),
    bus: componentName.describe('A modbus-rtu or modbus-tcp bus'),
    unit: z.number().int().min(0).max(255).describe('Modbus unit (slave) id; 1..247 on RTU, often 1 or 255 on TCP'),
    interval: duration('Poll interval').prefault(10),
    max_span: z.number().int().min(1).max(125).default(64).describe('Most registers read in one request when grouping adjacent points (x16 for coils); 1 reads every point on its own'),
    batch: z.number().int().min(1).max(1000).default(1).describe('Polls per Reading record (batched to save bytes on slow links)'),
    points: z.array(modbusPointSchema).min(1).describe('The register map'),
  })
  .superRefine((device, ctx) => {
    const seen = new Set<string>();
    device.points.forEach((point, index) => {
      if (seen.has(point.name)) ctx.addIssue({ code: 'custom', path: ['points', index, 'name'], message: `point name ${point.name} is used twice; channel names must be unique in a device` });
      seen.add(point.name);
    });
  })
  .describe('A Modbus device (charge controller, battery monitor) whose registers become readings');

export type ModbusDeviceConfig = z.output<typeof modbusDeviceSchema>;
export type ModbusPointConfig = z.output<typeof modbusPointSchema>;
