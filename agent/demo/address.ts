import { OutpostError } from '../errors.js';

export interface HostPort {
  host: string;
  port: number;
}

/** Reads `host:port` or `tcp://host:port` (the forms the post config uses for loopback devices). */
export function parseHostPort(text: string, what: string): HostPort {
  const match = /^(?:tcp:\/\/|mqtt:\/\/)?([^:/]+):(\d{1,5})\/?$/.exec(text);
  const port = match === null ? Number.NaN : Number(match[2]);
  if (match === null || port < 1 || port > 65535) {
    throw new OutpostError(`${what}: expected host:port (e.g. 127.0.0.1:15020), found "${text}"`, { code: 'demo.address', subject: what });
  }
  return { host: match[1] as string, port };
}
