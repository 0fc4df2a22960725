import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PYTHON, startPeer, type Peer } from '../support/process.js';

const script = fileURLToPath(new URL('./peers/modbus_server.py', import.meta.url));

/** Why pymodbus tests cannot run here, or undefined when they can. */
export const pymodbusMissing: string | undefined = existsSync(DEBIAN_PYTHON) ? undefined : `${DEBIAN_PYTHON} is missing: apt-get install python3-pymodbus python3-serial-asyncio`;

export interface UnitTables {
  holding?: number[];
  input?: number[];
  coil?: number[];
  discrete?: number[];
}

export interface ModbusPeer {
  peer: Peer;
  /** TCP port, or the device path for RTU. */
  where: string;
  /** Requests the server has served, in order. */
  requests(): { unit: number; table: string; address: number; count: number }[];
  stop(): Promise<void>;
}

/** Starts the pymodbus server peer and waits for its ready line. */
export async function startModbusPeer(config: { mode: 'tcp'; port?: number } | { mode: 'rtu'; device: string; baud?: number }, units: Record<number, UnitTables>, delayMs = 0): Promise<ModbusPeer> {
  const peer = startPeer(DEBIAN_PYTHON, [script, JSON.stringify({ port: 0, ...config, units, delay_ms: delayMs })]);
  const ready = await peer.waitForOutput(/ready (tcp|rtu) (\S+)/).catch(async (error: unknown) => {
    await peer.kill();
    throw error;
  });
  return {
    peer,
    where: ready[2] as string,
    requests: () =>
      [...peer.output().matchAll(/request unit=(\d+) table=(\w+) address=(\d+) count=(\d+)/g)].map((m) => ({ unit: Number(m[1]), table: m[2] as string, address: Number(m[3]), count: Number(m[4]) })),
    stop: () => peer.stop(),
  };
}
