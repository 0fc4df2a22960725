import { readdirSync } from 'node:fs';
import { OutpostError, systemCode, withoutStack } from '../../kernel/errors.js';

/** Where udev puts stable names of USB serial adapters. */
export const BY_ID_DIR = '/dev/serial/by-id';

/** The stable names present right now, for hints when a configured path is missing. */
export function listByIdNames(dir = BY_ID_DIR): string[] {
  try {
    return readdirSync(dir).sort().map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

/**
 * Turns a failure to open a serial port into the message a technician needs. serialport's
 * native open gives only text ("Error Resource temporarily unavailable Cannot lock port"), so
 * its text is read here, once, and nowhere else; callers branch on `code`.
 */
export function serialOpenError(path: string, error: unknown, byIdDir = BY_ID_DIR): OutpostError {
  const code = systemCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || /No such file or directory/i.test(text)) {
    const present = listByIdNames(byIdDir);
    const listing = present.length > 0 ? `present now: ${present.join(', ')}` : `nothing is in ${byIdDir} (no USB serial adapter is plugged in)`;
    return new OutpostError('no such device (unplugged, or the name is wrong)', {
      code: 'serial.missing',
      subject: `serial port ${path}`,
      hint: `check the cable and the name; ${listing}; \`outpost ports\` lists every port`,
      cause: error,
      retryable: true,
      disconnect: true,
    });
  }
  if (code === 'EACCES' || code === 'EPERM' || /Permission denied/i.test(text)) {
    return new OutpostError('permission denied', {
      code: 'serial.permission',
      subject: `serial port ${path}`,
      hint: 'add the agent user to the dialout group (`sudo usermod -aG dialout outpost`, then restart the agent) or install deploy/udev rules',
      cause: error,
      retryable: true,
    });
  }
  if (code === 'EBUSY' || /Cannot lock port|Resource temporarily unavailable|Resource busy/i.test(text)) {
    return new OutpostError('busy: another process holds it open', {
      code: 'serial.busy',
      subject: `serial port ${path}`,
      hint: `see who with \`fuser -v ${path}\`; stop that program (often ModemManager: \`sudo systemctl stop ModemManager\`, or gpsd: \`sudo systemctl stop gpsd gpsd.socket\`), or pick another port`,
      cause: error,
      retryable: true,
    });
  }
  return new OutpostError(`cannot open: ${text}`, {
    code: 'serial.open',
    subject: `serial port ${path}`,
    hint: 'check the settings (baud, parity) are ones the adapter supports, and `dmesg` for adapter errors',
    cause: error,
    retryable: true,
  });
}

/** A TCP serial server (ser2net, a device server) that cannot be reached. */
export function tcpOpenError(target: string, error: unknown): OutpostError {
  const code = systemCode(error);
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused (nothing listens on that port)'
      : code === 'ETIMEDOUT'
        ? 'no answer to the connection attempt'
        : code === 'EHOSTUNREACH' || code === 'ENETUNREACH'
          ? 'host unreachable'
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'host name not found'
            : error instanceof Error
              ? error.message
              : String(error);
  // Routine while a device server is off (every retry makes one): no stack (the cause keeps Node's).
  return withoutStack(
    () =>
      new OutpostError(`cannot connect: ${why}`, {
        code: code === 'ECONNREFUSED' ? 'serial.tcp.refused' : 'serial.tcp.connect',
        subject: target,
        hint: 'check the device server is powered and on the network, its IP and TCP port, and that only one client is configured for it',
        cause: error,
        retryable: true,
        disconnect: true,
      }),
  );
}
