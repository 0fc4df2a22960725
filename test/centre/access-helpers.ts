import { join } from 'node:path';
import sharp from 'sharp';
import { v1, type outpost } from '../../wire/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { AccessAdmin } from '../../centre/access/admin.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import type { Role } from '../../centre/store.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, stateFacts } from '../uplink/helpers.js';
import type { MapTiles } from '../../centre/map-tiles.js';
import { MemoryOutbox } from '../uplink/memory-outbox.js';

export const PASSWORD: Record<Role, string> = { viewer: 'viewer-password-1', operator: 'operator-password-1', technician: 'technician-password-1', admin: 'admin-password-123' };

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** A centre with authentication on, one user per role (named after it) and post bp-030's password. */
export interface SecureCentre {
  centre: RunningCentre;
  api: string;
  admin: AccessAdmin;
  postPassword: string;
  login(name: string, password?: string): Promise<Session>;
  /** A request with a session (cookie + CSRF header unless `csrf: false`) or a bearer token. */
  request(path: string, options?: { method?: string; session?: Session | undefined; token?: string; body?: unknown; csrf?: string | false }): Promise<Response>;
  /**
   * Post bp-030 (connecting first when `holder` has no uplink yet) sends a detection pair, a
   * snapshot the incident lists, the incident over them, a later snapshot naming it and one of
   * another incident (an SVG), unless `incidentId` is undefined, then `more`; resolves once stored.
   */
  sendIncident(incidentId: string | undefined, holder: { uplink?: Uplink | undefined }, more?: outpost.v1.IRecord[]): Promise<void>;
}

export async function startSecureCentre(options: { db?: string; mapTiles?: MapTiles } = {}): Promise<SecureCentre> {
  const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: options.db ?? join(tempDir(), 'centre.db'), http: '127.0.0.1:0', secure: true, mapTiles: options.mapTiles });
  const admin = new AccessAdmin((centre.store as SqliteCentreStore).access);
  for (const role of ['viewer', 'operator', 'technician', 'admin'] as const) await admin.addUser('cli', role, role, PASSWORD[role]);
  const postPassword = await admin.setPostPassword('cli', 'bp-030', undefined, false);
  const api = centre.httpAddress as string;
  const outbox = new MemoryOutbox();
  const request: SecureCentre['request'] = (path, opts = {}) => {
    const headers: Record<string, string> = {};
    if (opts.session !== undefined) headers['cookie'] = opts.session.cookie;
    if (opts.session !== undefined && opts.csrf !== false) headers['x-csrf-token'] = opts.csrf ?? opts.session.csrfToken;
    if (opts.token !== undefined) headers['authorization'] = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${api}${path}`, { method: opts.method ?? 'GET', headers, ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }) });
  };
  return {
    centre,
    api,
    admin,
    postPassword,
    request,
    async login(name, password = PASSWORD[name as Role]) {
      const response = await request('/api/login', { method: 'POST', body: { name, password } });
      if (response.status !== 200) throw new Error(`login as ${name}: ${response.status} ${await response.text()}`);
      const body = (await response.json()) as { csrfToken: string };
      return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] as string, csrfToken: body.csrfToken };
    },
    async sendIncident(incidentId, holder, more = []) {
      const now = Date.now();
      const picture = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#70806a' } }).jpeg().toBuffer();
      const snapshot = (id: string, fields: outpost.v1.ISnapshot): outpost.v1.ISnapshot => ({ id, camera: 'cam-1', contentType: 'image/jpeg', data: picture, width: 16, height: 12, frameCount: 2, ...fields });
      if (incidentId !== undefined) await outbox.enqueue([
        { timeUnixMs: now, snapshot: snapshot(`${incidentId}:snap-1`, { detectionId: `${incidentId}:geo`, frameIndex: 1 }) },
        { timeUnixMs: now, detection: { id: `${incidentId}:geo`, sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.81, onsetUnixMs: now - 400 } },
        { timeUnixMs: now + 1, detection: { id: `${incidentId}:beam`, sensor: 'beam-e', kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK, confidence: 1, onsetUnixMs: now - 100 } },
        { timeUnixMs: now - 1000, reading: { sensor: 'power', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.4] }] } },
        { timeUnixMs: now + 2, incident: { id: incidentId, kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.9, detectionIds: [`${incidentId}:geo`, `${incidentId}:beam`], sensors: ['geo-1', 'beam-e'], snapshotIds: [`${incidentId}:snap-1`] } },
        { timeUnixMs: now + 3, snapshot: snapshot(`${incidentId}:snap-2`, { incidentId, frameIndex: 2 }) },
        { timeUnixMs: now + 4, snapshot: snapshot(`${incidentId}:other`, { incidentId: `${incidentId}-other`, contentType: 'image/svg+xml', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }) },
      ]);
      if (more.length > 0) await outbox.enqueue(more);
      if (holder.uplink === undefined) {
        // A surveyed position, so the console's map has the post to plot.
        holder.uplink = makeUplink('bp-030', outbox, { broker: centre.brokerAddress, username: 'bp-030', password: postPassword }, { state: { ...stateFacts('Ridge North'), position: () => ({ latitudeDeg: 52.1, longitudeDeg: 23.6 }) } });
        await holder.uplink.start();
      }
      await waitFor('the incident stored', () => outbox.stats().records === 0);
    },
  };
}
