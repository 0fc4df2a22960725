import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PYTHON, startPeer, type Peer } from '../support/process.js';

const script = fileURLToPath(new URL('./peers/onvif_camera.py', import.meta.url));

export interface OnvifPeer {
  readonly peer: Peer;
  /** http://127.0.0.1:PORT/onvif/device_service */
  readonly deviceUrl: string;
  readonly httpPort: number;
  readonly udpPort: number;
  /** Why multicast on loopback does not work here, or undefined when the peer joined the group. */
  readonly multicastMissing: string | undefined;
  /** The peer's request log lines ("soap GetProfiles ok", "snapshot 200"...). */
  log(): string[];
}

export interface OnvifPeerOptions {
  user: string;
  password: string;
  jpeg: string;
  clockOffsetS?: number;
  /** The host the camera puts in the addresses it gives (GetCapabilities, GetSnapshotUri). */
  announceHost?: string;
  discoveryGroup?: string;
  /** The HTTP port: a free one by default, a given one for a camera coming back where it was. */
  port?: number;
  /** false: the camera does not support GetSnapshotUri (optional in Profile S). */
  snapshots?: boolean;
  /** true: every SOAP call must also carry HTTP Digest (MD5), as some cameras ask. */
  soapDigest?: boolean;
  /** What GetStreamUri gives (on the announced host): rtsp://HOST:554/TOKEN by default. */
  stream?: { port: number; path: string };
}

/** Why the ONVIF peer cannot run (no Debian python3), or undefined. */
export function onvifPeerMissing(): string | undefined {
  return spawnSync(DEBIAN_PYTHON, ['-c', 'import xml.etree.ElementTree'], { stdio: 'ignore' }).status === 0 ? undefined : `${DEBIAN_PYTHON} is missing (apt-get install python3)`;
}

/** Starts the Python ONVIF camera of peers/onvif_camera.py; it is killed when the test process ends. */
export async function startOnvifPeer(options: OnvifPeerOptions): Promise<OnvifPeer> {
  const config = { user: options.user, password: options.password, jpeg: options.jpeg, clock_offset_s: options.clockOffsetS ?? 0, announce_host: options.announceHost ?? '127.0.0.1', discovery_group: options.discoveryGroup ?? null, port: options.port ?? 0, snapshots: options.snapshots ?? true, soap_digest: options.soapDigest ?? false, stream_port: options.stream?.port ?? 554, stream_path: options.stream?.path ?? '/{token}' };
  const peer = startPeer(DEBIAN_PYTHON, ['-u', script, JSON.stringify(config)]);
  const ready = await peer.waitForOutput(/ready http=(\d+) udp=(\d+) multicast=(yes|no[^\n]*)\n/);
  const httpPort = Number(ready[1]);
  const joined = ready[3] as string;
  return {
    peer,
    httpPort,
    udpPort: Number(ready[2]),
    deviceUrl: `http://127.0.0.1:${httpPort}/onvif/device_service`,
    multicastMissing: joined === 'yes' ? undefined : `the peer could not join the WS-Discovery group on loopback: ${joined}`,
    log: () => peer.output().split('\n').filter((line) => /^(soap|snapshot|probe) /.test(line)),
  };
}
