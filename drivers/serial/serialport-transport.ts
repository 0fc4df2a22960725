import { existsSync, realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { OutpostError, describeError } from '../../kernel/errors.js';
import { serialOpenError } from './open-error.js';
import type { SerialSettings, Transport, TransportEvents } from './transport.js';

/** How often an open port's path is checked: a /dev/serial/by-id link vanishes on unplug even when no read fails. */
const PRESENCE_CHECK_MS = 1000;

/** A local serial port through node-serialport, locked against other processes. */
export async function openSerialPort(settings: SerialSettings, events: TransportEvents): Promise<Transport> {
  const { path } = settings;
  let resolved: string;
  try {
    resolved = realpathSync(path);
  } catch (error) {
    throw serialOpenError(path, error);
  }
  const port = new SerialPort({
    path: resolved,
    baudRate: settings.baud,
    dataBits: settings.data_bits,
    parity: settings.parity,
    stopBits: settings.stop_bits,
    rtscts: settings.rtscts ?? false,
    autoOpen: false,
    lock: true,
  });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(serialOpenError(path, error)) : resolve())));

  let closing = false;
  let gone = false;
  const lose = (why: string, cause?: unknown): void => {
    if (closing || gone) return;
    gone = true;
    clearInterval(presence);
    events.lost(
      new OutpostError(`lost: ${why}`, {
        code: 'serial.lost',
        subject: `serial port ${path}`,
        hint: 'check the cable or USB adapter; the agent reopens the port when it returns',
        cause,
        retryable: true,
        disconnect: true,
      }),
    );
    if (port.isOpen) port.close(() => undefined);
  };
  const presence = setInterval(() => {
    if (!existsSync(path)) lose('the device disappeared (unplugged?)');
  }, PRESENCE_CHECK_MS);
  presence.unref();
  port.on('data', (chunk: Buffer) => events.data(chunk));
  port.on('error', (error: Error) => lose(`read error: ${describeError(error)}`, error));
  port.on('close', (error: (Error & { disconnected?: boolean }) | null) => lose(error ? `closed: ${describeError(error)}` : 'closed by the system', error ?? undefined));

  return {
    resolved,
    write: (data) =>
      new Promise<void>((resolve, reject) => {
        port.write(data, (error) => {
          if (error) return reject(error);
          port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        clearInterval(presence);
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
