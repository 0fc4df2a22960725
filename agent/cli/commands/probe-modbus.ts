import type { Command } from 'commander';
import { OutpostError, describeError } from '../../../kernel/errors.js';
import { hostPort } from '../../../kernel/units.js';
import { openLinkOnce } from '../../../drivers/serial/open-once.js';
import { rtuCodec, tcpCodec } from '../../../drivers/modbus/adu.js';
import { decodeRegisters, registerCount, type DataType, type RegisterLayout } from '../../../drivers/modbus/decode.js';
import { openModbusLine as modbusLineOn } from '../../../drivers/modbus/factory.js';
import type { ModbusLine } from '../../../drivers/modbus/line.js';
import { isBitTable, type ModbusTable, type ReadValues } from '../../../drivers/modbus/pdu.js';
import { UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import { durationOption } from '../options.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';
import { MODBUS_PARITY_DEFAULT } from '../../../drivers/modbus/config.js';
import { addLineOptions, parseLineOptions, parseSeconds, type LineOptions } from './probe-serial.js';

const tableNames: Record<string, ModbusTable> = { holding: 'holding', hr: 'holding', input: 'input', ir: 'input', coil: 'coil', co: 'coil', discrete: 'discrete', di: 'discrete' };

export interface ReadSpec {
  table: ModbusTable;
  address: number;
  count: number;
}

/** `holding:0:10` (table:address:count; count defaults to 1). */
export function parseReadSpec(text: string): ReadSpec {
  const [name, address, count = '1', ...rest] = text.split(':');
  const table = tableNames[(name ?? '').toLowerCase()];
  const a = Number(address);
  const c = Number(count);
  if (table === undefined || rest.length > 0 || !Number.isInteger(a) || a < 0 || a > 65535 || !Number.isInteger(c) || c < 1) {
    throw new UsageError(`--read: expected table:address:count such as holding:0:10 (tables: holding, input, coil, discrete; zero-based addresses), found "${text}"`);
  }
  return { table, address: a, count: c };
}

export interface ModbusTarget {
  port?: string;
  host?: string;
}

/** Opens a Modbus line for a one-shot command; rejects with the reason when the port or host cannot be opened. */
export async function openModbusLine(target: ModbusTarget, line: LineOptions, timeoutMs: number, retries: number): Promise<ModbusLine> {
  if ((target.port === undefined) === (target.host === undefined)) throw new UsageError('give either --port PORT (RTU) or --host HOST:PORT (TCP)');
  if (target.host !== undefined && !hostPort.safeParse(target.host).success) throw new UsageError(`--host: expected host:port such as 192.168.1.20:502, found "${target.host}"`);
  const settings = target.port !== undefined ? parseLineOptions(target.port, line) : parseLineOptions(`tcp://${target.host}`, line);
  const link = await openLinkOnce(settings);
  const modbus = modbusLineOn({ name: target.port ?? target.host ?? 'line', link, codec: target.port !== undefined ? rtuCodec : tcpCodec(), timeoutMs, retries, turnaroundMs: target.port !== undefined ? 10 : 0 });
  await modbus.start();
  return modbus;
}

export interface ValueRow {
  address: number;
  raw: string;
  value: string;
}

/** Rows of decoded values: one per value of `type` (a float32 spans two registers, a string all of them). */
export function valueRows(spec: ReadSpec, values: ReadValues, layout: Omit<RegisterLayout, 'length'>): ValueRow[] {
  if ('bits' in values) return values.bits.map((bit, i) => ({ address: spec.address + i, raw: bit ? '1' : '0', value: bit ? 'on' : 'off' }));
  const words = values.words;
  const width = layout.type === 'string' ? words.length : registerCount(layout);
  const rows: ValueRow[] = [];
  for (let i = 0; i + width <= words.length; i += width) {
    const slice = words.slice(i, i + width);
    const value = decodeRegisters(slice, { ...layout, length: width });
    rows.push({ address: spec.address + i, raw: slice.map((w) => `0x${w.toString(16).padStart(4, '0')}`).join(' '), value: typeof value === 'string' ? JSON.stringify(value) : String(value) });
  }
  return rows;
}

export function formatRows(spec: ReadSpec, rows: readonly ValueRow[]): string {
  const rawWidth = Math.max(3, ...rows.map((r) => r.raw.length));
  const header = `${'table'.padEnd(9)}${'address'.padEnd(9)}${'raw'.padEnd(rawWidth + 2)}value`;
  return [header, ...rows.map((r) => `${spec.table.padEnd(9)}${String(r.address).padEnd(9)}${r.raw.padEnd(rawWidth + 2)}${r.value}`)].join('\n').concat('\n');
}

interface ProbeModbusOptions extends LineOptions, ModbusTarget {
  unit: string;
  read: string;
  type: string;
  wordOrder: string;
  byteOrder: string;
  timeout: string;
  retries: string;
  watch?: boolean;
  interval: string;
  seconds?: string;
}

const types: readonly DataType[] = ['int16', 'uint16', 'int32', 'uint32', 'float32', 'string', 'bool'];

/** `outpost probe modbus`: read registers once or live, as a table of values. */
export const probeModbusCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    const command = commandGroup(program, 'probe')
      .command('modbus')
      .description('read registers from a Modbus device (RTU on a serial port, or TCP) and print them as a table')
      .option('--port <port>', 'serial port for Modbus RTU (/dev/ttyUSB0, /dev/serial/by-id/...)')
      .option('--host <host:port>', 'Modbus TCP server, e.g. 192.168.1.20:502');
    addLineOptions(command, '9600', MODBUS_PARITY_DEFAULT)
      .requiredOption('--unit <n>', 'unit (slave) id, 0..255')
      .option('--read <table:address:count>', 'what to read, e.g. holding:0:10, input:30:2, coil:0:8', 'holding:0:1')
      .option('--type <type>', `how to decode registers: ${types.join(', ')}`, 'uint16')
      .option('--word-order <order>', 'for 32-bit types: big (ABCD) or little (CDAB)', 'big')
      .option('--byte-order <order>', 'within each register: big (AB) or little (BA)', 'big')
      .option('--timeout <duration>', 'how long to wait for an answer', '1s')
      .option('--retries <n>', 'retries of a request that gets no answer', '1')
      .option('--watch', 'read again every --interval until Ctrl-C')
      .option('--interval <duration>', 'with --watch: time between reads', '1s')
      .option('--seconds <s>', 'with --watch: stop after this many seconds')
      .action(async (options: ProbeModbusOptions) => {
        const unit = Number(options.unit);
        if (!Number.isInteger(unit) || unit < 0 || unit > 255) throw new UsageError(`--unit: expected 0..255, found "${options.unit}"`);
        const spec = parseReadSpec(options.read);
        if (!types.includes(options.type as DataType)) throw new UsageError(`--type: expected one of ${types.join(', ')}, found "${options.type}"`);
        for (const [name, value] of [['--word-order', options.wordOrder], ['--byte-order', options.byteOrder]] as const) {
          if (value !== 'big' && value !== 'little') throw new UsageError(`${name}: expected big or little, found "${value}"`);
        }
        const layout = { type: options.type as DataType, word_order: options.wordOrder as 'big' | 'little', byte_order: options.byteOrder as 'big' | 'little' };
        if (!isBitTable(spec.table) && options.type !== 'string' && spec.count % registerCount(layout) !== 0) {
          throw new UsageError(`--read: ${options.type} takes ${registerCount(layout)} registers per value; ask for a multiple (found count ${spec.count})`);
        }
        const retries = Number(options.retries);
        if (!Number.isInteger(retries) || retries < 0 || retries > 10) throw new UsageError(`--retries: expected 0..10, found "${options.retries}"`);
        const timeoutMs = durationOption('--timeout', options.timeout);
        const intervalMs = durationOption('--interval', options.interval);
        const seconds = parseSeconds(options.seconds);
        const line = await openModbusLine(options, options, timeoutMs, retries);
        let stopping = false;
        const stop = stopSignal();
        void stop.signalled.then(() => {
          stopping = true;
        });
        const deadline = seconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + seconds * 1000;
        let last: OutpostError | undefined;
        try {
          do {
            try {
              const values = await line.read(unit, spec.table, spec.address, spec.count);
              last = undefined;
              const table = formatRows(spec, valueRows(spec, values, layout));
              await write(context.io.stdout, options.watch === true ? `${new Date().toISOString().slice(11, 23)}  unit ${unit} on ${line.description}\n${table}\n` : table);
            } catch (error) {
              if (!(error instanceof OutpostError)) throw error;
              last = error;
              if (options.watch !== true) break;
              await write(context.io.stderr, `${new Date().toISOString().slice(11, 23)}  ${describeError(error)}\n`);
            }
            if (options.watch !== true) break;
            const until = Math.min(deadline, Date.now() + intervalMs);
            while (!stopping && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, Math.min(100, until - Date.now())));
          } while (!stopping && Date.now() < deadline);
        } finally {
          stop.dispose();
          await line.stop();
        }
        if (last !== undefined) throw last;
      });
  },
};
