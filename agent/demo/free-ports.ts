import { createServer } from 'node:net';
import type { PostConfig } from '../config/index.js';
import { systemCode } from '../../kernel/errors.js';
import { parseTcpTarget } from '../../drivers/serial/tcp-transport.js';
import { isLoopback } from './simulators.js';

/** A listener of the demo that found its port taken and moved to a free one. */
export interface MovedPort {
  /** What listens there, for the banner: `bus power`, `the broker`, `the centre API`. */
  what: string;
  from: string;
  to: string;
}

export interface DemoPorts {
  /** The post config with every busy loopback port replaced (the file on disk is untouched). */
  post: PostConfig;
  /** host:port for the centre API. */
  http: string;
  moved: MovedPort[];
}

/**
 * A second `npm start` (or anything else on 15020..15022, 18830 or 8080) must not end the demo
 * with EADDRINUSE: every loopback listener the demo would open (the simulated devices, the
 * embedded broker, the centre API) is tried first, and a busy one is moved to a free port the
 * system picks, in memory, so the agent talks to the simulators where they really are. A port
 * taken between this check and the real listen still fails, with the message of that listener.
 */
export async function takeFreePorts(post: PostConfig, http: string): Promise<DemoPorts> {
  const moved: MovedPort[] = [];
  const taken = new Set<number>();
  const move = async (what: string, host: string, port: number): Promise<number> => {
    if (port === 0 || !isLoopback(host) || !(await isBusy(host, port))) return port;
    const free = await freePortOn(host, taken);
    moved.push({ what, from: hostPort(host, port), to: hostPort(host, free) });
    return free;
  };

  const buses: PostConfig['buses'] = {};
  for (const [name, bus] of Object.entries(post.buses)) {
    // Only the addresses the demo simulates a device on (simulators.ts): another tcp:// bus names a real device server.
    const simulated = bus.type === 'modbus-tcp' || (bus.type === 'serial' && Object.values(post.sensors).some((sensor) => 'bus' in sensor && sensor.bus === name && (sensor.type === 'seismic' || sensor.type === 'gps')));
    if (bus.type === 'camera' && bus.url !== undefined) {
      const url = new URL(bus.url);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (url.port !== '' && isLoopback(host)) {
        const port = await move(`bus ${name}`, host, Number(url.port));
        url.port = String(port);
      }
      buses[name] = { ...bus, url: url.href };
      continue;
    }
    const target = !simulated ? undefined : bus.type === 'modbus-tcp' ? parseTcpTarget(`tcp://${bus.host}`) : bus.type === 'serial' ? parseTcpTarget(bus.path) : undefined;
    if (target === undefined) {
      buses[name] = bus;
      continue;
    }
    const port = await move(`bus ${name}`, target.host, target.port);
    const address = hostPort(target.host, port);
    buses[name] = bus.type === 'modbus-tcp' ? { ...bus, host: address } : bus.type === 'serial' ? { ...bus, path: `tcp://${address}` } : bus;
  }

  let broker = post.uplink.broker;
  const brokerUrl = URL.canParse(broker) ? new URL(broker) : undefined;
  if (brokerUrl !== undefined && brokerUrl.protocol === 'mqtt:' && brokerUrl.port !== '') {
    const host = brokerUrl.hostname.replace(/^\[|\]$/g, '');
    const port = await move('the broker', host, Number(brokerUrl.port));
    if (port !== Number(brokerUrl.port)) broker = `mqtt://${hostPort(host, port)}`;
  }

  const api = /^(\[[0-9a-fA-F:]+\]|[^:\s]+):(\d{1,5})$/.exec(http);
  let httpAddress = http;
  if (api !== null) {
    const host = (api[1] as string).replace(/^\[|\]$/g, '');
    httpAddress = hostPort(host, await move('the centre API', host, Number(api[2])));
  }

  return { post: { ...post, buses, uplink: { ...post.uplink, broker } }, http: httpAddress, moved };
}

function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** True when something else listens on host:port; any other listen error is left to the real listener to report. */
function isBusy(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(systemCode(error) === 'EADDRINUSE'));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** A port the system hands out as free on `host`, not one already handed to another listener of this demo. */
async function freePortOn(host: string, taken: Set<number>): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, host, () => {
        const address = probe.address();
        const chosen = typeof address === 'object' && address !== null ? address.port : 0;
        probe.close(() => resolve(chosen));
      });
    });
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}
