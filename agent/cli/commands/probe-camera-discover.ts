import { parseHostPort } from '../../../kernel/host-port.js';
import { OutpostError } from '../../../kernel/errors.js';
import { DISCOVERY_GROUP, DISCOVERY_PORT, probeCameras } from '../../../drivers/camera/onvif/discovery.js';
import { UsageError, write } from '../io.js';
import type { CliContext } from '../program.js';

export interface DiscoverOptions {
  /** Where the probe goes: the WS-Discovery group, or one camera's address (unicast). */
  discoverAt?: string;
  interface?: string;
  waitMs: number;
}

/**
 * `outpost probe camera --discover`: one WS-Discovery probe, the ONVIF cameras that answered,
 * each with the `onvif:` address to put in the post config. None answering exits 1 with what
 * to check.
 */
export async function discoverCameras(options: DiscoverOptions, context: CliContext): Promise<void> {
  const to = options.discoverAt === undefined ? { host: DISCOVERY_GROUP, port: DISCOVERY_PORT } : (parseHostPort(options.discoverAt) ?? parseHostPort(`${options.discoverAt}:${DISCOVERY_PORT}`));
  if (to === undefined) throw new UsageError(`--discover-at "${options.discoverAt}": expected an address with an optional port, e.g. 10.0.0.20 or 239.255.255.250:3702`);
  const where = `${to.host}:${to.port}`;
  const cameras = await probeCameras({ waitMs: options.waitMs, to: { address: to.host, port: to.port }, interfaceAddress: options.interface });
  if (cameras.length === 0) {
    throw new OutpostError(`no ONVIF camera answered a WS-Discovery probe to ${where} within ${options.waitMs} ms`, {
      code: 'camera.discovery',
      subject: 'camera discovery',
      hint: "check the cameras are powered, on this post's LAN segment (multicast does not cross routers) and have ONVIF discovery enabled; --interface ADDRESS picks the network, --discover-at CAMERA-IP asks one camera directly",
    });
  }
  const lines = [`${cameras.length} ONVIF camera${cameras.length === 1 ? '' : 's'} answered a probe to ${where}:`];
  for (const camera of cameras) {
    const what = [camera.name ?? 'unnamed', camera.hardware === undefined ? undefined : `(${camera.hardware})`, `from ${camera.from}`, camera.location === undefined ? undefined : `at "${camera.location}"`].filter((part) => part !== undefined).join(' ');
    lines.push(`  ${what}`, ...camera.xaddrs.map((address) => `    onvif: ${address}`), `    id: ${camera.endpoint}`);
  }
  lines.push('put one onvif: address on a camera bus, or probe it: outpost probe camera --onvif ADDRESS --user NAME', '');
  await write(context.io.stdout, lines.join('\n'));
}
