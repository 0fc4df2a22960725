import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BY_ID_DIR } from './open-error.js';

/** A serial port the system offers, with what identifies it to a technician. */
export interface PortListing {
  /** e.g. /dev/ttyUSB0 */
  path: string;
  /** Stable names (/dev/serial/by-id/...) that point at it. */
  byId: string[];
  /** USB ids as 4 hex digits, when it is a USB adapter. */
  vendorId?: string;
  productId?: string;
  manufacturer?: string;
  product?: string;
  serialNumber?: string;
  /** Kernel driver, e.g. ftdi_sio, cp210x, cdc_acm, serial8250. */
  driver?: string;
}

export interface PortRoots {
  /** Default /sys/class/tty */
  sysClassTty?: string;
  /** Default /dev */
  dev?: string;
  /** Default /dev/serial/by-id */
  byId?: string;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
};

/**
 * Lists serial ports from sysfs (not `udevadm`, which minimal images lack and which
 * serialport's own list needs): every tty backed by a device, except the legacy 8250 ports
 * the kernel registers without hardware (their `type` is 0).
 */
export function listSerialPorts(roots: PortRoots = {}): PortListing[] {
  const sys = roots.sysClassTty ?? '/sys/class/tty';
  const dev = roots.dev ?? '/dev';
  const byIdDir = roots.byId ?? BY_ID_DIR;
  let names: string[];
  try {
    names = readdirSync(sys);
  } catch {
    return [];
  }
  const byId = new Map<string, string[]>();
  try {
    for (const link of readdirSync(byIdDir)) {
      try {
        const target = basename(realpathSync(join(byIdDir, link)));
        byId.set(target, [...(byId.get(target) ?? []), join(byIdDir, link)]);
      } catch {
        // a dangling link: the adapter is going away
      }
    }
  } catch {
    // no by-id directory: no USB serial adapter plugged in
  }
  const ports: PortListing[] = [];
  for (const name of names.sort()) {
    const deviceLink = join(sys, name, 'device');
    if (!existsSync(deviceLink)) continue;
    if (/^ttyS\d+$/.test(name) && read(join(sys, name, 'type')) === '0') continue;
    const port: PortListing = { path: join(dev, name), byId: byId.get(name) ?? [] };
    let device: string;
    try {
      device = realpathSync(deviceLink);
    } catch {
      continue;
    }
    try {
      port.driver = basename(realpathSync(join(device, 'driver')));
    } catch {
      // no driver bound
    }
    // The USB device is the nearest ancestor with idVendor (the tty's device is a USB interface).
    for (let dir = device; dir !== dirname(dir); dir = dirname(dir)) {
      const vendorId = read(join(dir, 'idVendor'));
      if (vendorId === undefined) continue;
      port.vendorId = vendorId;
      port.productId = read(join(dir, 'idProduct'));
      port.manufacturer = read(join(dir, 'manufacturer'));
      port.product = read(join(dir, 'product'));
      port.serialNumber = read(join(dir, 'serial'));
      break;
    }
    ports.push(port);
  }
  return ports;
}
