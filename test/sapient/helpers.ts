import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeEnvelope, v1, type IRecord } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { SapientBridge } from '../../sapient/bridge.js';
import { sapientConfigSchema, type SapientConfig } from '../../sapient/config.js';
import { DecisionMaker } from '../../sapient/listen.js';
import type { DecodedSapientMessage } from '../../sapient/messages.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const { Priority, DetectionKind, Direction, ComponentState, EventKind, Severity, FixQuality } = v1;

export const root = resolve(import.meta.dirname, '../..');
const includeDir = join(root, 'proto', 'sapient');
const sources = readdirSync(join(includeDir, 'sapient_msg', 'bsi_flex_335_v2_0')).map((file) => join('sapient_msg', 'bsi_flex_335_v2_0', file));

/** protoc's text form of a SapientMessage, decoded against the project's .proto files. */
export function protocDecode(bytes: Uint8Array): string {
  const result = spawnSync('protoc', ['-I', includeDir, '--decode=sapient_msg.bsi_flex_335_v2_0.SapientMessage', ...sources], { input: bytes, cwd: includeDir });
  if (result.status !== 0) throw new Error(`protoc --decode failed: ${result.stderr.toString()}`);
  return result.stdout.toString();
}

export function bridgeConfig(overrides: Record<string, unknown>): SapientConfig {
  const parsed = sapientConfigSchema.parse({ state_file: join(tempDir(), 'state.json'), reconnect: { min: '50ms', max: '200ms' }, ...overrides });
  return { ...parsed, client_id: `test-sapient-${process.pid}` };
}

/** A decision-maker on a free port and a bridge pointed at it (fed with `bridge.receive`, or started on a broker). */
export async function startPair(overrides: Record<string, unknown> = {}): Promise<{ peer: DecisionMaker; bridge: SapientBridge; lines: string[] }> {
  const lines: string[] = [];
  const peer = new DecisionMaker({ host: '127.0.0.1', port: 0, keep: true, onLine: (line) => lines.push(line) });
  const { port } = await peer.listen();
  const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}`, ...overrides }), silentLogger());
  return { peer, bridge, lines };
}

let seq = 0;
const base = Date.now();

export function record(body: Partial<IRecord>, offsetMs = 0): IRecord {
  seq += 1;
  const priority = body.detection || body.incident ? Priority.PRIORITY_ALARM : body.snapshot ? Priority.PRIORITY_BULK : Priority.PRIORITY_STATUS;
  return { seq, timeUnixMs: base + offsetMs, priority, ...body };
}

export function envelope(postId: string, records: IRecord[]): Buffer {
  return Buffer.from(encodeEnvelope({ postId, storeId: 4242, records }));
}

export const health = (lat = 48.0325, lon = 11.6175): IRecord =>
  record({
    health: {
      components: [
        { name: 'sensor:geophone', state: ComponentState.COMPONENT_STATE_OK },
        { name: 'sensor:charger', state: ComponentState.COMPONENT_STATE_OK },
      ],
      vitals: { position: { latitudeDeg: lat, longitudeDeg: lon, altitudeM: 553, fixQuality: FixQuality.FIX_QUALITY_GPS, hdop: 1.2, satellites: 9 } },
    },
  });

export const battery = (volts: number): IRecord =>
  record({ reading: { sensor: 'charger', channels: [{ name: 'pv_voltage', unit: 'V' }, { name: 'battery_voltage', unit: 'V' }], samples: [{ values: [18.2, volts] }] } });

export const beamCrossing = (id: string, offsetMs = 0): IRecord =>
  record(
    {
      detection: {
        id,
        sensor: 'track-beams',
        kind: DetectionKind.DETECTION_KIND_BEAM_BREAK,
        confidence: 0.9,
        onsetUnixMs: base + offsetMs - 500,
        direction: Direction.DIRECTION_IN,
        speedMps: 1.5,
        bearingDeg: 40,
        beam: { firstBeam: 'a', delayMs: 1000, bothBeams: true, interruptionMs: 300 },
      },
    },
    offsetMs,
  );

export const footsteps = (id: string, offsetMs = 0): IRecord =>
  record(
    {
      detection: {
        id,
        sensor: 'geophone',
        kind: DetectionKind.DETECTION_KIND_PERSON,
        confidence: 0.8,
        onsetUnixMs: base + offsetMs - 2000,
        seismic: { energy: 1e6, dominantFrequencyHz: 22, kurtosis: 9, peakStaLta: 6, impulseCount: 7, cadenceHz: 1.8 },
      },
    },
    offsetMs,
  );

export const incident = (id: string, members: string[]): IRecord =>
  record({
    incident: {
      id,
      kind: DetectionKind.DETECTION_KIND_PERSON,
      confidence: 0.85,
      startUnixMs: base - 2000,
      endUnixMs: base,
      detectionIds: members,
      sensors: ['geophone', 'track-beams'],
      coincidenceSum: 2,
      direction: Direction.DIRECTION_IN,
    },
  });

export const fault = (source: string, message: string): IRecord =>
  record({ event: { kind: EventKind.EVENT_KIND_FAULT, severity: Severity.SEVERITY_ALARM, source, message } });

/** The messages of one content kind the peer has received so far. */
export function receivedOf(peer: DecisionMaker, content: keyof DecodedSapientMessage): DecodedSapientMessage[] {
  return peer.received.filter((message) => message[content] !== null && message[content] !== undefined);
}

export function waitForContent(peer: DecisionMaker, content: keyof DecodedSapientMessage, count = 1): Promise<DecodedSapientMessage[]> {
  return waitFor(`${count} ${String(content)} at the decision-maker`, () => {
    const found = receivedOf(peer, content);
    return found.length >= count ? found : undefined;
  });
}
