import { z } from 'zod';
import { componentName, duration } from '../../config/units.js';

export const modbusPointSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name of letters, digits and _, e.g. battery_voltage').describe('Channel name in readings'),
    table: z.enum(['coil', 'discrete', 'input', 'holding']).describe('Register table: coil, discrete (inputs), input (registers), holding (registers)'),
    address: z.number().int().min(0).max(65535).describe('Zero-based register or coil address as sent on the wire'),
    type: z
      .enum(['bool', 'int16', 'uint16', 'int32', 'uint32', 'float32', 'string'])
      .default('uint16')
      .describe('How the registers are read; coils and discrete inputs are always bool'),
    length: z.number().int().min(1).max(64).optional().describe('For strings: the number of registers (2 characters each)'),
    word_order: z.enum(['big', 'little']).default('big').describe('For 32-bit types: big = high word first (ABCD), little = low word first (CDAB)'),
    byte_order: z.enum(['big', 'little']).default('big').describe('Byte order within each register: big = as on the wire (AB), little = swapped (BA)'),
    scale: z.number().default(1).describe('value = raw * scale + offset'),
    offset: z.number().default(0),
    unit: z.string().default('').describe('Unit of the scaled value, e.g. V, A, Cel, %'),
    interval: duration('Poll interval of this point; defaults to the device interval').optional(),
  })
  .describe('One value read from a Modbus device');

export const modbusDeviceSchema = z
  .strictObject({
    type: z.literal('modbus-device'),
    bus: componentName.describe('A modbus-rtu or modbus-tcp bus'),
    unit: z.number().int().min(0).max(255).describe('Modbus unit (slave) id'),
    interval: duration('Poll interval').prefault(10),
    max_span: z.number().int().min(1).max(125).default(64).describe('Most registers read in one request when grouping adjacent points'),
    batch: z.number().int().min(1).max(1000).default(1).describe('Polls per Reading record (batched to save bytes on slow links)'),
    points: z.array(modbusPointSchema).min(1),
  })
  .describe('A Modbus device (charge controller, battery monitor) whose registers become readings');

export type ModbusDeviceConfig = z.output<typeof modbusDeviceSchema>;
export type ModbusPointConfig = z.output<typeof modbusPointSchema>;
