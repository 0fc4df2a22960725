import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OutpostError } from '../../../kernel/errors.js';

/** Where the kernel says what it knows; injectable so tests can describe a board that has CAN. */
export interface KernelView {
  netClass: string;
  protocols: string;
}

export const realKernel: KernelView = { netClass: '/sys/class/net', protocols: '/proc/net/protocols' };

/** ARPHRD_CAN: the link type of can0, vcan0, slcan0. */
const ARPHRD_CAN = '280';

export function canInterfaces(kernel: KernelView = realKernel): string[] {
  if (!existsSync(kernel.netClass)) return [];
  return readdirSync(kernel.netClass).filter((name) => readText(join(kernel.netClass, name, 'type')) === ARPHRD_CAN);
}

/** Whether the running kernel has CAN sockets loaded (they also autoload on first use, so absence is a hint, not proof). */
export function kernelHasCan(kernel: KernelView = realKernel): boolean {
  return /^CAN_RAW\b/m.test(readText(kernel.protocols) ?? '') || canInterfaces(kernel).length > 0;
}

/**
 * Why a SocketCAN interface cannot be used, in a technician's words, or undefined if it looks
 * usable. The socketcan package only says "Error while creating channel", so we look first.
 */
export function interfaceProblem(iface: string, subject: string, kernel: KernelView = realKernel): OutpostError | undefined {
  const dir = join(kernel.netClass, iface);
  if (!existsSync(dir)) {
    const present = canInterfaces(kernel);
    const hint =
      present.length > 0
        ? `CAN interfaces on this board: ${present.join(', ')}`
        : kernelHasCan(kernel)
          ? 'no CAN interface exists yet: check the CAN HAT overlay (dtoverlay=mcp2515-can0,...) in /boot/firmware/config.txt, or for a test: modprobe vcan; ip link add dev vcan0 type vcan; ip link set up vcan0'
          : 'this kernel shows no CAN support: load it (modprobe can can-raw, and your controller driver) or use an SLCAN USB adapter (type: slcan)';
    return new OutpostError(`CAN interface ${iface} does not exist`, { code: 'can.missing', subject, hint, retryable: true });
  }
  if (readText(join(dir, 'type')) !== ARPHRD_CAN) {
    return new OutpostError(`${iface} is not a CAN interface`, { code: 'can.not-can', subject, hint: `CAN interfaces on this board: ${canInterfaces(kernel).join(', ') || 'none'}` });
  }
  const operstate = readText(join(dir, 'operstate'));
  const flags = Number.parseInt(readText(join(dir, 'flags')) ?? '0', 16);
  if ((flags & 0x1) === 0) {
    return new OutpostError(`CAN interface ${iface} is down (${operstate ?? 'unknown state'})`, {
      code: 'can.down',
      subject,
      hint: `bring it up with the bus bitrate: ip link set ${iface} up type can bitrate 500000 (vcan: ip link set up ${iface}); systemd-networkd can do it at boot`,
      retryable: true,
    });
  }
  return undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}
