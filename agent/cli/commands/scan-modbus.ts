import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { MODBUS_PARITY_DEFAULT } from '../../../drivers/modbus/config.js';
import type { ModbusLine } from '../../../drivers/modbus/line.js';
import { UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';
import { openModbusLine, parseReadSpec, type ReadSpec } from './probe-modbus.js';
import { durationOption } from '../options.js';
import type { LineOptions } from './probe-serial.js';

/** `1-247`, `1,2,10-20`: unit ids in the order given, without repeats. */
export function parseUnits(text: string): number[] {
  const units: number[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const from = Number(match?.[1]);
    const to = match?.[2] === undefined ? from : Number(match[2]);
    if (match === null || from > to || from < 0 || to > 255) throw new UsageError(`--units: expected ids 0..255 as a list or ranges such as 1-247 or 1,2,10-20, found "${text}"`);
    for (let unit = from; unit <= to; unit++) if (!units.includes(unit)) units.push(unit);
  }
  return units;
}

export function parseBauds(text: string): number[] {
  const bauds = text.split(',').map((b) => Number(b.trim()));
  if (bauds.length === 0 || bauds.some((b) => !Number.isInteger(b) || b <= 0)) throw new UsageError(`--bauds: expected a list such as 9600,19200, found "${text}"`);
  return bauds;
}

export interface Found {
  baud: number;
  unit: number;
  /** What the unit said: values, or the exception it answered with (an exception is still an answer). */
  answer: string;
}

/** The post-config snippet for what the scan found: one bus per baud, one device per unit. */
export function configSnippet(port: string, parity: string, found: readonly Found[], probe: ReadSpec): string {
  if (found.length === 0) return '';
  const bauds = [...new Set(found.map((f) => f.baud))];
  const lines = ['# found by `outpost scan modbus`: fill in each device\'s register map from its manual', 'buses:'];
  for (const baud of bauds) lines.push(`  rs485-${baud}:`, '    type: modbus-rtu', `    port: ${port}`, `    baud: ${baud}`, `    parity: ${parity}`);
  lines.push('sensors:');
  for (const f of found) {
    lines.push(
      `  unit-${f.unit}:`,
      '    type: modbus-device',
      `    bus: rs485-${f.baud}`,
      `    unit: ${f.unit}`,
      '    interval: 10s',
      '    points:',
      `      - { name: register_${probe.address}, table: ${probe.table}, address: ${probe.address}, type: ${probe.table === 'coil' || probe.table === 'discrete' ? 'bool' : 'uint16'} }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function progressBar(done: number, total: number, label: string): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${label}`;
}

interface ScanOptions extends LineOptions {
  port: string;
  bauds: string;
  units: string;
  timeout: string;
  register: string;
}

/** `outpost scan modbus`: which unit ids answer on an RTU line, at which baud rates. */
export const scanModbusCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'scan')
      .command('modbus')
      .description('find which Modbus RTU unit ids answer on a serial port, at which baud rates; prints a config snippet')
      .requiredOption('--port <port>', 'serial port (/dev/ttyUSB0, /dev/serial/by-id/...), or tcp://host:port for an RTU-over-TCP gateway')
      .option('--bauds <list>', 'baud rates to try', '9600,19200')
      .option('--units <ids>', 'unit ids to try, e.g. 1-247 or 1,2,10-20', '1-247')
      .option('--parity <p>', 'none, even, odd', MODBUS_PARITY_DEFAULT)
      .option('--data-bits <n>', 'data bits', '8')
      .option('--stop-bits <n>', 'stop bits', '1')
      .option('--timeout <duration>', 'wait per unit; raise it for slow devices', '100ms')
      .option('--register <table:address>', 'what to read from each unit (any answer counts, even an exception)', 'holding:0')
      .action(async (options: ScanOptions) => {
        const bauds = parseBauds(options.bauds);
        const units = parseUnits(options.units);
        const timeoutMs = durationOption('--timeout', options.timeout);
        const probe = parseReadSpec(`${options.register}:1`);
        const stderr = context.io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
        const tty = stderr.isTTY === true;
        const found: Found[] = [];
        const garbled = new Set<number>();
        let interrupted = false;
        const interrupt = stopSignal();
        void interrupt.signalled.then(() => {
          interrupted = true;
        });
        const total = bauds.length * units.length;
        let done = 0;
        try {
          for (const baud of bauds) {
            if (interrupted) break;
            let line: ModbusLine;
            try {
              line = await openModbusLine({ port: options.port }, { ...options, baud: String(baud) }, timeoutMs, 0);
            } catch (error) {
              if (tty) await write(stderr, '\n');
              throw error;
            }
            try {
              for (const unit of units) {
                if (interrupted) break;
                if (tty) await write(stderr, progressBar(done, total, `${baud} baud, unit ${unit}, found ${found.length}   `));
                done += 1;
                try {
                  const values = await line.read(unit, probe.table, probe.address, 1);
                  found.push({ baud, unit, answer: 'words' in values ? `${probe.table} ${probe.address} = ${values.words[0]}` : `${probe.table} ${probe.address} = ${values.bits[0] ? 1 : 0}` });
                } catch (error) {
                  if (!(error instanceof OutpostError)) throw error;
                  if (error.code === 'modbus.exception') found.push({ baud, unit, answer: `answered with ${error.message}` });
                  else if (error.code === 'modbus.crc') garbled.add(baud);
                  else if (error.code === 'modbus.disconnected') throw error;
                }
              }
            } finally {
              await line.stop();
            }
          }
        } finally {
          interrupt.dispose();
          if (tty) await write(stderr, `${progressBar(done, total, `done, found ${found.length}`)}\n`);
        }
        const report = found.map((f) => `unit ${f.unit} at ${f.baud} baud ${options.parity}: ${f.answer}`);
        await write(context.io.stdout, `${report.join('\n')}${report.length > 0 ? '\n\n' : ''}${configSnippet(options.port, options.parity, found, probe)}`);
        if (found.length === 0) {
          const noise = garbled.size > 0 ? ` (garbled answers at ${[...garbled].join(', ')} baud: try another --parity or baud)` : '';
          throw new OutpostError(`no unit answered at ${bauds.join(', ')} baud, parity ${options.parity}, units ${options.units}${noise}`, {
            code: 'modbus.silent',
            subject: options.port,
            hint: `check power, swap A/B, check 120 ohm termination and that the adapter is in RS-485 mode; ${otherParity(options.parity)} and more --bauds`,
          });
        }
        if (interrupted) await write(context.io.stderr, 'scan interrupted: the list above is partial\n');
      });
  },
};

/** The other usual line setting to try: 8N1 is what most devices ship and outpost's default, 8E1 the Modbus spec's. */
export function otherParity(tried: string): string {
  return tried === 'even' ? 'try --parity none (8N1, what most devices ship)' : "try --parity even (8E1, the Modbus spec's default)";
}
