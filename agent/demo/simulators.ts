import type { PostConfig } from '../config/index.js';
import { OutpostError } from '../errors.js';
import { parseHostPort, type HostPort } from './address.js';
import { PowerControllerSim } from './power-controller.js';
import { startGeophone } from './sim/geophone.js';
import { startGpsSimulator } from './sim/gps.js';

export interface RunningSimulator {
  /** For the demo's banner: what is simulated where. */
  describe: string;
  stop(): Promise<void>;
}

/**
 * Starts a simulated device behind every bus of the demo config, on the address the config
 * gives, so that the agent's real drivers talk to it: a Modbus TCP charge controller for each
 * modbus-tcp bus, and for each `tcp://` serial bus the device its sensor expects (a seismic
 * digitizer or a GPS receiver). Only loopback addresses are simulated: the demo must never
 * answer in place of real equipment on a network.
 */
export async function startSimulators(post: PostConfig): Promise<RunningSimulator[]> {
  const running: RunningSimulator[] = [];
  try {
    for (const [name, bus] of Object.entries(post.buses)) {
      const simulator = simulatorFor(name, bus, post);
      if (simulator === undefined) continue;
      await simulator.start();
      running.push(simulator);
    }
  } catch (error) {
    await Promise.allSettled(running.map((simulator) => simulator.stop()));
    throw error;
  }
  return running;
}

interface Simulator extends RunningSimulator {
  start(): Promise<void>;
}

function simulatorFor(busName: string, bus: PostConfig['buses'][string], post: PostConfig): Simulator | undefined {
  if (bus.type === 'modbus-tcp') {
    const address = loopback(busName, bus.host);
    const sim = new PowerControllerSim(address);
    return { describe: `bus ${busName}: charge controller (Modbus TCP) on ${bus.host}`, start: () => sim.start(), stop: () => sim.stop() };
  }
  if (bus.type !== 'serial' || !bus.path.startsWith('tcp://')) return undefined;
  const address = loopback(busName, bus.path);
  const sensor = Object.values(post.sensors).find((candidate) => 'bus' in candidate && candidate.bus === busName);
  if (sensor?.type === 'seismic') {
    const rate = sensor.sample_rate;
    return lazily(`bus ${busName}: seismic digitizer (${rate} Hz ASCII; a walker or a vehicle every 30 to 60 s) on ${bus.path}`, () => startGeophone({ ...address, rate }));
  }
  if (sensor?.type === 'gps') {
    const position = post.post.position;
    return lazily(`bus ${busName}: GPS receiver (NMEA) on ${bus.path}`, () => startGpsSimulator(position === undefined ? address : { ...address, position }));
  }
  return undefined;
}

/** A simulator whose start function also gives its stop function. */
function lazily(describe: string, start: () => Promise<{ stop(): Promise<void> }>): Simulator {
  let running: { stop(): Promise<void> } | undefined;
  return {
    describe,
    async start() {
      running = await start();
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
  };
}

function loopback(busName: string, text: string): HostPort {
  const address = parseHostPort(text, `bus ${busName}`);
  if (!['127.0.0.1', 'localhost', '::1'].includes(address.host)) {
    throw new OutpostError(`bus ${busName}: the demo only simulates devices on loopback, and ${text} is not`, {
      code: 'demo.not-loopback',
      subject: busName,
      hint: 'use `outpost run` for a post with real devices',
    });
  }
  return address;
}
