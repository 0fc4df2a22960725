/**
 * The one host:port reader (device addresses, listen addresses, brokers), so every place
 * takes the same spellings: a name or IPv4 address, or an IPv6 address in brackets
 * (`[::1]:1883`), then a port.
 *
 * The port rule: 1–65535 for an address we connect to; an address we listen on may also say 0,
 * which picks a free port.
 */
export interface HostPort {
  /** Without the brackets of an IPv6 address. */
  host: string;
  port: number;
}

export type AddressUse = 'connect' | 'listen';

/** The shape (not the port range), also given to editors through the JSON Schema. */
export const HOST_PORT_PATTERN = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/;

/** The address, or undefined when `text` is not host:port or the port is out of range for `use`. */
export function parseHostPort(text: string, use: AddressUse = 'connect'): HostPort | undefined {
  const match = HOST_PORT_PATTERN.exec(text.trim());
  if (match === null) return undefined;
  const port = Number(match[3]);
  const lowest = use === 'listen' ? 0 : 1;
  if (port < lowest || port > 65535) return undefined;
  return { host: (match[1] ?? match[2]) as string, port };
}

/** What `parseHostPort` expects, for messages: the example and the port rule. */
export function hostPortExpected(use: AddressUse = 'connect'): string {
  return use === 'listen' ? 'host:port, e.g. 127.0.0.1:8080 (port 0 picks a free one)' : 'host:port, e.g. 192.168.1.20:502';
}

/** `host:port` again, with brackets round an IPv6 host. */
export function formatHostPort(address: HostPort): string {
  return `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
}
