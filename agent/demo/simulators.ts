import type { PostConfig } from '../config/index.js';
import { OutpostError, systemCode } from '../../kernel/errors.js';
import { parseTcpTarget } from '../../drivers/serial/tcp-transport.js';
import { PowerControllerSim } from './power-controller.js';
import { startBeamWalker } from './sim/beams.js';
import { startCameraSimulator } from './sim/camera.js';
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
 * modbus-tcp bus, for each `tcp://` serial bus the device its sensor expects (a seismic
 * digitizer or a GPS receiver), and someone walking through each beam pair on a simulated GPIO
 * chip. Only loopback addresses are simulated: the demo must never answer in place of real
 * equipment on a network.
 */
export async function startSimulators(post: PostConfig): Promise<RunningSimulator[]> {
  const running: RunningSimulator[] = [];
  const scene = new Scene(Object.values(post.sensors).some((sensor) => sensor.type === 'seismic' && streamsOverTcp(post.buses[sensor.bus])));
  try {
    for (const [name, bus] of Object.entries(post.buses)) {
      const simulator = simulatorFor(name, bus, post, scene);
      if (simulator === undefined) continue;
      await simulator.start().catch((error: unknown) => {
        if (systemCode(error) !== 'EADDRINUSE') throw error;
        // The demo moved busy ports before starting (free-ports.ts); this one was taken since.
        throw new OutpostError(`bus ${name}: the simulated device cannot listen, its port is already in use`, { code: 'demo.port_busy', subject: `bus ${name}`, hint: 'run the demo again: it moves busy ports to free ones', cause: error });
      });
      running.push(simulator);
    }
  } catch (error) {
    await Promise.allSettled(running.map((simulator) => simulator.stop()));
    throw error;
  }
  return running;
}

function streamsOverTcp(bus: PostConfig['buses'][string] | undefined): boolean {
  return bus?.type === 'serial' && bus.path.startsWith('tcp://');
}

interface Simulator extends RunningSimulator {
  start(): Promise<void>;
}

/**
 * What happens beside the track. When the post has a geophone, its walkers lead: each one
 * also crosses the beam pairs halfway through, so the geophone and the beams see the same
 * person and fusion makes an incident of them, as at a real post. Without a geophone the
 * beams have walkers of their own.
 */
class Scene {
  private readonly crossings: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(readonly ledByGeophone: boolean) {}

  onWalker(crossing: () => void): void {
    this.crossings.push(crossing);
  }

  walkerPassing = (kind: 'walker' | 'vehicle', durationS: number): void => {
    if (kind !== 'walker') return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const crossing of this.crossings) crossing();
    }, (durationS * 1000) / 2);
    this.timers.add(timer);
  };

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

function simulatorFor(busName: string, bus: PostConfig['buses'][string], post: PostConfig, scene: Scene): Simulator | undefined {
  if (bus.type === 'gpio' && bus.backend === 'simulated') return beamsFor(busName, bus.chip, post, scene);
  // Only snapshot-URL cameras are simulated: an onvif or rtsp camera of a demo config is a real one.
  if (bus.type === 'camera') return bus.url === undefined ? undefined : cameraFor(busName, bus.url, bus, scene);
  if (bus.type === 'modbus-tcp') {
    // The same host:port a tcp:// serial path carries.
    const address = loopback(busName, bus.host, `tcp://${bus.host}`);
    const sim = new PowerControllerSim(address);
    return { describe: `bus ${busName}: charge controller (Modbus TCP) on ${bus.host}`, start: () => sim.start(), stop: () => sim.stop() };
  }
  if (bus.type !== 'serial' || !streamsOverTcp(bus)) return undefined;
  const address = loopback(busName, bus.path, bus.path);
  const sensor = Object.values(post.sensors).find((candidate) => 'bus' in candidate && candidate.bus === busName);
  if (sensor?.type === 'seismic') {
    if (sensor.format !== 'ascii') {
      throw new OutpostError(`bus ${busName}: the demo's simulated digitizer streams ASCII samples, but the seismic sensor on it expects ${sensor.format}`, {
        code: 'demo.format',
        subject: busName,
        hint: 'set format: ascii on the seismic sensor of the demo config',
      });
    }
    const rate = sensor.sample_rate;
    return lazily(`bus ${busName}: seismic digitizer (${rate} Hz ASCII; a walker or a vehicle every 30 to 60 s) on ${bus.path}`, async () => {
      const geophone = await startGeophone({ ...address, rate, onPassage: scene.walkerPassing });
      return {
        async stop() {
          scene.stop();
          await geophone.stop();
        },
      };
    });
  }
  if (sensor?.type === 'gps') {
    const position = post.post.position;
    return lazily(`bus ${busName}: GPS receiver (NMEA) on ${bus.path}`, () => startGpsSimulator(position === undefined ? address : { ...address, position }));
  }
  return undefined;
}

/** Someone walking through each beam pair on a simulated GPIO chip: the geophone's walkers, or walkers of its own. */
function beamsFor(busName: string, chip: string, post: PostConfig, scene: Scene): Simulator | undefined {
  const pair = Object.values(post.sensors).find((sensor) => sensor.type === 'beam-pair' && sensor.bus === busName);
  if (pair?.type !== 'beam-pair') return undefined;
  let walker: { stop(): void } | undefined;
  const who = scene.ledByGeophone ? 'the geophone\'s walkers cross it' : 'someone walks through about every 45 s';
  return {
    describe: `bus ${busName}: IR beam pair (lines ${pair.beams.a} and ${pair.beams.b}; ${who}) on simulated chip ${chip}`,
    async start() {
      const started = startBeamWalker({ chip, a: pair.beams.a, b: pair.beams.b, activeLow: pair.active_low, distanceM: pair.distance_m, everyS: scene.ledByGeophone ? 0 : 45 });
      if (scene.ledByGeophone) scene.onWalker(started.walkThrough);
      walker = started;
    },
    async stop() {
      walker?.stop();
      walker = undefined;
    },
  };
}

/** The track's camera: Digest like a real one, the scene's walkers in its pictures as they cross. */
function cameraFor(busName: string, snapshotUrl: string, bus: Extract<PostConfig['buses'][string], { type: 'camera' }>, scene: Scene): Simulator {
  const url = new URL(snapshotUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  loopback(busName, url.host, `tcp://${url.host}${url.port === '' ? ':80' : ''}`);
  return lazily(`bus ${busName}: IP camera (HTTP snapshot, Digest MD5; the walkers appear in it) on ${url.host}`, async () => {
    const camera = await startCameraSimulator({ host, port: Number(url.port === '' ? 80 : url.port), path: `${url.pathname}${url.search}`, username: bus.username ?? '', password: bus.password ?? '' });
    scene.onWalker(camera.showWalker);
    return camera;
  });
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

type HostPort = NonNullable<ReturnType<typeof parseTcpTarget>>;

/** Hosts the demo may stand in for: this machine only. */
export function isLoopback(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1'].includes(host);
}

function loopback(busName: string, text: string, tcpTarget: string): HostPort {
  const address = parseTcpTarget(tcpTarget);
  if (address === undefined) {
    throw new OutpostError(`bus ${busName}: expected host:port (e.g. 127.0.0.1:15020), found "${text}"`, { code: 'demo.address', subject: `bus ${busName}` });
  }
  if (!isLoopback(address.host)) {
    throw new OutpostError(`bus ${busName}: the demo only simulates devices on loopback, and ${text} is not`, {
      code: 'demo.not-loopback',
      subject: busName,
      hint: 'use `outpost run` for a post with real devices',
    });
  }
  return address;
}
