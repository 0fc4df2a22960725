import { connect, type Socket } from 'node:net';
import { OutpostError, describeError } from '../../kernel/errors.js';
import { parseHostPort, type HostPort } from '../../kernel/host-port.js';
import { tcpOpenError } from './open-error.js';
import type { Transport, TransportEvents } from './transport.js';

const CONNECT_TIMEOUT_MS = 5000;
/** TCP keepalive notices a dead device server on an idle link (a cut cable sends no FIN). */
const KEEPALIVE_MS = 10_000;

/**
 * Where every TCP link's socket reads into: one buffer for all, since each read is copied out
 * (copyOut) before the event loop makes the next. Larger answers arrive in several chunks, as
 * from any socket.
 */
const readBuffer = Buffer.allocUnsafe(16 * 1024);

/** The first `length` bytes of the read buffer as a chunk of their own (a slice of Node's pool). */
function copyOut(length: number): Buffer {
  const chunk = Buffer.allocUnsafe(length);
  readBuffer.copy(chunk, 0, 0, length);
  return chunk;
}

/** The host and port of `tcp://host:port` (IPv6 in brackets); undefined when the path is not a TCP target. */
export function parseTcpTarget(path: string): HostPort | undefined {
  const match = /^tcp:\/\/(.*?)\/?$/.exec(path);
  return match === null ? undefined : parseHostPort(match[1] as string);
}

/** Raw serial over TCP, as ser2net and serial device servers offer. */
export async function openTcp(path: string, events: TransportEvents): Promise<Transport> {
  const target = parseTcpTarget(path);
  if (target === undefined) {
    throw new OutpostError(`"${path}" is not a TCP serial address`, { code: 'serial.address', hint: 'write it as tcp://host:port, e.g. tcp://10.0.0.7:4001' });
  }
  const socket: Socket = await new Promise((resolve, reject) => {
    // Read by `onread` into the links' shared buffer, each chunk copied out at once (transports
    // give their chunks away): Node calls `callback` straight from the socket's read, without the
    // Readable stream's push, 'data' event and next-tick look for more that every Modbus answer
    // paid, nor a 64 KiB allocation per read (issue 13). EOF, errors and close are as before.
    const onread = {
      buffer: readBuffer,
      callback: (nread: number): boolean => {
        events.data(copyOut(nread));
        return true;
      },
    };
    const attempt = connect({ host: target.host, port: target.port, noDelay: true, onread });
    const fail = (error: unknown): void => {
      attempt.destroy();
      reject(tcpOpenError(path, error));
    };
    attempt.setTimeout(CONNECT_TIMEOUT_MS, () => fail(Object.assign(new Error('connect timed out'), { code: 'ETIMEDOUT' })));
    attempt.once('error', fail);
    attempt.once('connect', () => {
      attempt.removeListener('error', fail);
      attempt.setTimeout(0);
      resolve(attempt);
    });
  });
  socket.setKeepAlive(true, KEEPALIVE_MS);
  let closing = false;
  let gone = false;
  const lose = (why: string, cause?: unknown): void => {
    if (closing || gone) return;
    gone = true;
    events.lost(new OutpostError(`lost: ${why}`, { code: 'serial.lost', subject: path, hint: 'check the device server and the network; the agent reconnects when it returns', cause, retryable: true, disconnect: true }));
    socket.destroy();
  };
  socket.on('error', (error) => lose(describeError(error), error));
  socket.on('close', () => lose('the server closed the connection'));
  return {
    resolved: path,
    write: (data) => new Promise<void>((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve()))),
    // No callback and no promise: a failed write errors the socket, which `lose` reports.
    send: (data) => {
      socket.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        if (socket.destroyed) return resolve();
        socket.once('close', () => resolve());
        socket.end();
        socket.destroySoon();
      }),
  };
}
