import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { openSerialLink } from '../../../drivers/serial/factory.js';
import type { ByteLink } from '../../../drivers/serial/types.js';
import { AtCommandError, AtEngine, type AtResponse } from '../../../drivers/at/engine.js';
import { identityText, parseCsq, parseRegistrationAnswer, type Registration } from '../../../drivers/at/status.js';
import { UsageError, write } from '../io.js';
import { durationOption } from '../options.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

interface ProbeAtOptions {
  baud: string;
  timeout: string;
}

/**
 * Opens a port for a probe, once: resolves when it is open, throws the link's own error
 * (missing, busy, permission, refused) when it cannot be. The caller stops the link.
 */
export async function openProbeLink(port: string, baud: number): Promise<ByteLink> {
  const link = openSerialLink({ path: port, baud, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 60_000, max: 60_000 } });
  const outcome = new Promise<void>((resolve, reject) => {
    const off = link.onState((state, error) => {
      if (state === 'open') {
        off();
        resolve();
      } else if (state === 'lost') {
        off();
        reject(error ?? new OutpostError('cannot open', { code: 'serial.open', subject: link.description }));
      }
    });
  });
  // The port can fail while start() is still awaited: observe the outcome now, so that failure
  // is never an unhandled rejection; it is awaited (and thrown) just below.
  outcome.catch(() => undefined);
  await link.start();
  try {
    await outcome;
  } catch (error) {
    await link.stop();
    throw error;
  }
  return link;
}

export function parseBaud(text: string): number {
  const baud = Number(text);
  if (!Number.isInteger(baud) || baud <= 0) throw new UsageError(`--baud: expected a baud rate such as 9600 or 115200, found "${text}"`);
  return baud;
}

const accessTechnologies: Record<number, string> = { 0: 'GSM', 2: 'UTRAN', 3: 'EDGE', 4: 'HSDPA', 5: 'HSUPA', 6: 'HSPA', 7: 'LTE', 8: 'EC-GSM-IoT', 9: 'NB-IoT', 13: 'NR' };

function describeRegistration(registration: Registration): string {
  const details = [
    registration.area === undefined ? undefined : `area ${registration.area}`,
    registration.cell === undefined ? undefined : `cell ${registration.cell}`,
    registration.act === undefined ? undefined : (accessTechnologies[registration.act] ?? `AcT ${registration.act}`),
  ].filter((d) => d !== undefined);
  return `${registration.kind.slice(1)}: ${registration.words}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** Runs one query; an ERROR or +CME ERROR answer is shown, not fatal. */
async function ask(engine: AtEngine, command: string, read: (response: AtResponse) => string): Promise<string> {
  try {
    return read(await engine.command(command));
  } catch (error) {
    if (error instanceof AtCommandError) return error.final.kind === 'error' ? 'not supported (ERROR)' : `${error.final.text}${error.final.reason === undefined ? '' : ` (${error.final.reason})`}`;
    if (error instanceof OutpostError && error.code === 'at.unexpected') return `unreadable answer: ${error.message}`;
    if (error instanceof OutpostError && error.code === 'at.timeout') return 'no answer in time';
    throw error;
  }
}

/** `outpost probe at PORT`: does a modem or radio answer, and what are its identity, signal and registration. */
export const probeAtCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'probe')
      .command('at')
      .description('ask a modem or data radio for its identity, signal and registration, then exit')
      .argument('<port>', 'serial port (/dev/ttyUSB2, /dev/serial/by-id/...) or tcp://host:port')
      .option('--baud <n>', 'baud rate', '115200')
      .option('--timeout <duration>', 'how long each command may take (e.g. 2s, 500ms)', '2s')
      .action(async (port: string, options: ProbeAtOptions) => {
        const baud = parseBaud(options.baud);
        const timeoutMs = durationOption('--timeout', options.timeout);
        const link = await openProbeLink(port, baud);
        const engine = new AtEngine({ link, timeoutMs });
        const urcs: string[] = [];
        engine.onUrc((line) => urcs.push(line));
        try {
          try {
            await engine.command('AT');
          } catch (error) {
            if (error instanceof OutpostError && error.code === 'at.timeout') {
              throw new OutpostError(`no answer to AT within ${timeoutMs} ms`, {
                code: 'at.silent',
                subject: link.description,
                hint: 'check the power and wiring, try another --baud (9600, 19200, 57600, 115200), and that no other program (ModemManager, a PPP dialer) is using the port',
              });
            }
            throw error;
          }
          const rows: [string, string][] = [['port', link.description]];
          rows.push(['identity', await ask(engine, 'ATI', identityText)]);
          rows.push(['manufacturer', await ask(engine, 'AT+CGMI', identityText)]);
          rows.push(['model', await ask(engine, 'AT+CGMM', identityText)]);
          rows.push([
            'signal',
            await ask(engine, 'AT+CSQ', (response) => {
              const signal = parseCsq(response);
              return signal.dbm === undefined ? `unknown (CSQ ${signal.rssi}): no network in reach, or the antenna is off` : `${signal.dbm} dBm (CSQ ${signal.rssi})`;
            }),
          ]);
          for (const kind of ['+CREG', '+CEREG'] as const) {
            rows.push([kind === '+CREG' ? 'registration' : '', await ask(engine, `AT${kind}?`, (response) => describeRegistration(parseRegistrationAnswer(response, kind)))]);
          }
          if (urcs.length > 0) rows.push(['unsolicited', urcs.join(', ')]);
          await write(context.io.stdout, rows.map(([key, value]) => `${key.padEnd(13)} ${value}\n`).join(''));
        } finally {
          engine.close();
          await link.stop();
        }
      });
  },
};
