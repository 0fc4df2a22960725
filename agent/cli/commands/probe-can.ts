import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { OutpostError, describeError } from '../../../kernel/errors.js';
import { silentLogger } from '../../../kernel/logger.js';
import { describeErrorFrame } from '../../../drivers/can/error-frame.js';
import { formatFrame } from '../../../drivers/can/frame.js';
import { parseDbc } from '../../../drivers/can/signals/dbc.js';
import { SignalSet } from '../../../drivers/can/signals/signal-set.js';
import { bitrateCodes } from '../../../drivers/can/slcan/codec.js';
import { openSlcanBus, openSocketcanBus } from '../../../drivers/can/factory.js';
import type { CanBus, CanFrame } from '../../../drivers/can/types.js';
import { openSerialLink } from '../../../drivers/serial/factory.js';
import { UsageError, orderedWriter, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import { durationOption } from '../options.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

interface ProbeCanOptions {
  bitrate: string;
  baud: string;
  dbc?: string;
  count?: string;
  timeout: string;
}

function openBus(target: string, options: ProbeCanOptions): { bus: CanBus; iface: string } {
  if (target.startsWith('slcan:')) {
    const port = target.slice('slcan:'.length);
    const bitrate = Number(options.bitrate);
    if (!bitrateCodes.has(bitrate)) throw new UsageError(`--bitrate: SLCAN adapters take ${[...bitrateCodes.keys()].sort((a, b) => a - b).join(', ')}; found "${options.bitrate}"`);
    const baud = Number(options.baud);
    if (!(Number.isInteger(baud) && baud > 0)) throw new UsageError(`--baud: expected a baud rate such as 115200, found "${options.baud}"`);
    const link = openSerialLink({ path: port, baud, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 500, max: 2000 }, name: `slcan ${port}` });
    return { bus: openSlcanBus(link, { name: `slcan ${port}`, bitrate, log: silentLogger() }), iface: 'slcan' };
  }
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(target)) throw new UsageError(`"${target}": expected a CAN interface (can0, vcan0) or slcan:PORT (slcan:/dev/ttyACM0)`);
  return { bus: openSocketcanBus({ name: target, iface: target, log: silentLogger() }), iface: target };
}

/**
 * `outpost probe can IFACE|slcan:PORT`: frames live, as candump prints them, with the signals a
 * DBC file defines decoded under each frame. Exits 1 when the interface or adapter cannot be
 * opened within --timeout; Ctrl-C (or --count frames) ends it cleanly.
 */
export const probeCanCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'probe')
      .command('can')
      .description('print CAN frames live, candump style, with decoded signals when a DBC file is given')
      .argument('<bus>', 'a SocketCAN interface (can0, vcan0) or slcan:PORT (slcan:/dev/ttyACM0)')
      .option('--bitrate <n>', 'CAN bit rate for SLCAN adapters (SocketCAN: set with ip link)', '500000')
      .option('--baud <n>', 'serial baud rate to an SLCAN adapter', '115200')
      .option('--dbc <file>', 'decode signals with this .dbc file')
      .option('--count <n>', 'stop after this many frames')
      .option('--timeout <duration>', 'fail when the bus cannot be opened within this long', '5s')
      .action(async (target: string, options: ProbeCanOptions) => {
        const limit = options.count === undefined ? undefined : Number(options.count);
        if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--count: expected a positive whole number, found "${options.count}"`);
        const timeoutMs = durationOption('--timeout', options.timeout);
        let signals: SignalSet | undefined;
        if (options.dbc !== undefined) {
          let text: string;
          try {
            text = await readFile(options.dbc, 'utf8');
          } catch (error) {
            throw new OutpostError(`cannot read ${options.dbc}: ${describeError(error)}`, { code: 'cli.input', cause: error });
          }
          const dbc = parseDbc(text, options.dbc);
          for (const note of dbc.notes) await write(context.io.stderr, `${options.dbc}: ${note}\n`);
          signals = new SignalSet(dbc.messages.flatMap((message) => message.signals));
        }
        const { bus, iface } = openBus(target, options);
        const printing = orderedWriter(context.io.stdout);
        let frames = 0;
        let finish!: () => void;
        const done = new Promise<void>((resolve) => (finish = resolve));
        bus.onFrame((frame: CanFrame) => {
          if (limit !== undefined && frames >= limit) return;
          frames += 1;
          let text = formatFrame(frame, iface);
          if (frame.error) text += `  (${describeErrorFrame(frame).join(', ')})`;
          text += '\n';
          for (const decoded of signals?.decode(frame) ?? []) {
            const value = Number.isInteger(decoded.value) ? String(decoded.value) : decoded.value.toFixed(6).replace(/0+$/, '');
            text += `      ${decoded.signal.name} = ${value}${decoded.signal.unit === '' ? '' : ` ${decoded.signal.unit}`}${decoded.outOfRange ? '  (out of range)' : ''}\n`;
          }
          printing.print(text);
          if (limit !== undefined && frames >= limit) finish();
        });
        const stop = stopSignal();
        void stop.signalled.then(() => finish());
        try {
          await bus.start();
          const deadline = Date.now() + timeoutMs;
          while (bus.health().status !== 'ok' && bus.health().status !== 'degraded') {
            if (Date.now() > deadline) throw new OutpostError(bus.health().message ?? `${target} did not open`, { code: 'can.open-failed' });
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await write(context.io.stderr, `listening on ${target}; Ctrl-C to stop\n`);
          await done;
        } finally {
          stop.dispose();
          await bus.stop();
          await printing.flushed();
        }
      });
  },
};
