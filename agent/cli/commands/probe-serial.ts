import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { openLinkOnce } from '../../../drivers/serial/open-once.js';
import type { SerialSettings } from '../../../drivers/serial/transport.js';
import { UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

/** The line options shared by `probe serial`, `probe modbus` and `scan modbus`. */
export function addLineOptions(command: Command, baud = '9600', parity = 'none'): Command {
  return command
    .option('--baud <n>', 'baud rate', baud)
    .option('--data-bits <n>', 'data bits: 5, 6, 7 or 8', '8')
    .option('--parity <p>', 'none, even, odd, mark or space', parity)
    .option('--stop-bits <n>', '1, 1.5 or 2', '1');
}

export interface LineOptions {
  baud: string;
  dataBits: string;
  parity: string;
  stopBits: string;
}

export function parseLineOptions(path: string, options: LineOptions): SerialSettings {
  const baud = Number(options.baud);
  if (!Number.isInteger(baud) || baud <= 0) throw new UsageError(`--baud: expected a baud rate such as 9600 or 115200, found "${options.baud}"`);
  const dataBits = Number(options.dataBits);
  if (![5, 6, 7, 8].includes(dataBits)) throw new UsageError(`--data-bits: expected 5, 6, 7 or 8, found "${options.dataBits}"`);
  if (!['none', 'even', 'odd', 'mark', 'space'].includes(options.parity)) throw new UsageError(`--parity: expected none, even, odd, mark or space, found "${options.parity}"`);
  const stopBits = Number(options.stopBits);
  if (![1, 1.5, 2].includes(stopBits)) throw new UsageError(`--stop-bits: expected 1, 1.5 or 2, found "${options.stopBits}"`);
  return { path, baud, data_bits: dataBits as SerialSettings['data_bits'], parity: options.parity as SerialSettings['parity'], stop_bits: stopBits as SerialSettings['stop_bits'] };
}

/** Seconds from `--seconds`; undefined means until Ctrl-C. */
export function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!(seconds > 0)) throw new UsageError(`--seconds: expected a positive number, found "${text}"`);
  return seconds;
}

/** Resolves on SIGINT/SIGTERM or after `seconds`, whichever comes first; removes its handlers. */
export async function untilInterrupted(seconds: number | undefined): Promise<void> {
  await stopSignal(seconds === undefined ? undefined : seconds * 1000).signalled;
}

/** One hex dump row: offset-free, 16 bytes, then the printable ASCII. */
export function hexRow(bytes: Buffer): string {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const ascii = [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  return `${hex.padEnd(47)}  ${ascii}`;
}

/** What arrived in one chunk, as timestamped rows of 16 bytes. */
export function hexChunk(chunk: Buffer, at: Date): string {
  const stamp = at.toISOString().slice(11, 23);
  const rows: string[] = [];
  for (let i = 0; i < chunk.length; i += 16) rows.push(`${i === 0 ? stamp : ' '.repeat(stamp.length)}  ${hexRow(chunk.subarray(i, i + 16))}`);
  return `${rows.join('\n')}\n`;
}

/** `outpost probe serial PORT`: a live hex/ASCII view of what the device sends. */
export const probeSerialCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    const command = commandGroup(program, 'probe')
      .command('serial')
      .description('show what arrives on a serial port, live, in hex and ASCII, until Ctrl-C')
      .argument('<port>', 'serial port (/dev/ttyUSB0, /dev/serial/by-id/...) or tcp://host:port');
    addLineOptions(command)
      .option('--send <text>', 'send this first (\\r and \\n are understood), e.g. "AT\\r"')
      .option('--seconds <s>', 'stop after this many seconds instead of waiting for Ctrl-C')
      .action(async (port: string, options: LineOptions & { send?: string; seconds?: string }) => {
        const settings = parseLineOptions(port, options);
        const seconds = parseSeconds(options.seconds);
        const link = await openLinkOnce(settings);
        const started = Date.now();
        let bytes = 0;
        let printing = Promise.resolve();
        const print = (stream: NodeJS.WritableStream, text: string): void => {
          printing = printing.then(() => write(stream, text)).catch(() => undefined);
        };
        const offData = link.onData((chunk) => {
          bytes += chunk.length;
          print(context.io.stdout, hexChunk(chunk, new Date()));
        });
        const offState = link.onState((state, error) => {
          if (state === 'lost') print(context.io.stderr, `-- lost: ${error?.describe() ?? 'the port went away'} (reopening)\n`);
          if (state === 'open') print(context.io.stderr, `-- open again: ${link.description}\n`);
        });
        try {
          const resolved = link.resolvedPath !== undefined && link.resolvedPath !== port ? ` (${link.resolvedPath})` : '';
          await write(context.io.stderr, `listening on ${link.description}${resolved}; Ctrl-C to stop\n`);
          if (options.send !== undefined) await link.write(options.send.replace(/\\r/g, '\r').replace(/\\n/g, '\n'));
          await untilInterrupted(seconds);
        } finally {
          offData();
          offState();
          await link.stop();
          await printing;
        }
        const elapsed = ((Date.now() - started) / 1000).toFixed(1);
        await write(context.io.stderr, `${bytes} bytes in ${elapsed} s\n`);
        if (bytes === 0) {
          throw new OutpostError(`silent: no bytes in ${elapsed} s`, {
            code: 'serial.silent',
            subject: link.description,
            hint: 'the device may only answer when asked (try --send), or check its power, the TX/RX wiring and the baud rate',
          });
        }
      });
  },
};
