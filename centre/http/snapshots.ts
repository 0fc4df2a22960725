import { v1, type outpost } from '../../wire/index.js';
import type { CentreStore, RecordRow } from '../store.js';
import { HttpProblem } from './problem.js';

/** Picture types served as themselves; anything else (an SVG could carry script) is a download. */
const PICTURES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
/** Snapshots looked through for later frames naming the incident: taken this long before or after it. */
const AROUND_MS = 10 * 60_000;
const MAX_AROUND = 200;

export interface SnapshotJson {
  id: string;
  camera: string;
  time: string;
  contentType: string;
  width: number;
  height: number;
  frameIndex: number;
  frameCount: number;
  reason: string;
  detectionId: string;
  /** Where the picture is: `GET` it with the same session or token. */
  url: string;
}

function snapshotJson(postId: string, row: RecordRow, snapshot: outpost.v1.ISnapshot): SnapshotJson {
  const id = snapshot.id ?? '';
  return {
    id,
    camera: snapshot.camera ?? '',
    time: new Date(row.timeUnixMs).toISOString(),
    contentType: snapshot.contentType ?? '',
    width: snapshot.width ?? 0,
    height: snapshot.height ?? 0,
    frameIndex: snapshot.frameIndex ?? 0,
    frameCount: snapshot.frameCount ?? 0,
    reason: String(v1.SnapshotReason[snapshot.reason ?? 0] ?? 'SNAPSHOT_REASON_UNSPECIFIED'),
    detectionId: snapshot.detectionId ?? '',
    url: `/api/snapshots/${encodeURIComponent(postId)}/${encodeURIComponent(id)}`,
  };
}

/**
 * The snapshots of an incident, oldest first: those it lists (Incident.snapshot_ids, taken
 * before it was emitted), found by id, and the later ones that name it (Snapshot.incident_id).
 * Metadata only; each picture is fetched from its `url`.
 */
export async function incidentSnapshots(store: CentreStore, postId: string, incidentRow: RecordRow, incident: outpost.v1.IIncident): Promise<SnapshotJson[]> {
  const found = new Map<string, SnapshotJson & { at: number }>();
  for (const id of incident.snapshotIds ?? []) {
    const row = await store.recordByBodyId('snapshot', postId, id);
    const snapshot = row === undefined ? undefined : v1.Record.decode(row.bytes).snapshot;
    if (row !== undefined && snapshot) found.set(id, { ...snapshotJson(postId, row, snapshot), at: row.timeUnixMs });
  }
  const around = await store.records({ kinds: ['snapshot'], postId, sinceUnixMs: incidentRow.timeUnixMs - AROUND_MS, untilUnixMs: incidentRow.timeUnixMs + AROUND_MS, limit: MAX_AROUND });
  for (const row of around) {
    const snapshot = v1.Record.decode(row.bytes).snapshot;
    if (snapshot && snapshot.incidentId === incident.id && !found.has(snapshot.id ?? '')) found.set(snapshot.id ?? '', { ...snapshotJson(postId, row, snapshot), at: row.timeUnixMs });
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...json }) => json);
}

/**
 * The full frame a post sent on its own (`full_frames.send: when_idle`) for the thumbnail in
 * `row`: a Snapshot record with the same id, camera and time whose data is the frame itself
 * (full_size_bytes 0). Undefined when it has not come (yet).
 */
async function fullFrameOf(store: CentreStore, postId: string, row: RecordRow, thumbnail: outpost.v1.ISnapshot): Promise<outpost.v1.ISnapshot | undefined> {
  const rows = await store.records({ kinds: ['snapshot'], postId, sensor: thumbnail.camera ?? '', sinceUnixMs: row.timeUnixMs, untilUnixMs: row.timeUnixMs, limit: MAX_AROUND });
  for (const candidate of rows) {
    const snapshot = v1.Record.decode(candidate.bytes).snapshot;
    if (snapshot != null && snapshot.id === thumbnail.id && Number(snapshot.fullSizeBytes ?? 0) === 0 && (snapshot.data?.length ?? 0) > 0) return snapshot;
  }
  return undefined;
}

/** `GET /api/snapshots/{post}/{id}`: the picture a post sent (the full frame once it came, the thumbnail before), as its own type when it is a plain picture. */
export async function snapshotPicture(store: CentreStore, postId: string, id: string): Promise<{ bytes: Buffer; type: string; headers: Record<string, string> }> {
  const row = await store.recordByBodyId('snapshot', postId, id);
  let snapshot = row === undefined ? undefined : (v1.Record.decode(row.bytes).snapshot ?? undefined);
  if (row !== undefined && snapshot !== undefined && Number(snapshot.fullSizeBytes ?? 0) > 0) snapshot = (await fullFrameOf(store, postId, row, snapshot)) ?? snapshot;
  if (!snapshot?.data || snapshot.data.length === 0) throw new HttpProblem(404, 'Not found', `post ${postId.slice(0, 100)} sent no snapshot "${id.slice(0, 100)}" with a picture`);
  const type = snapshot.contentType ?? '';
  const picture = PICTURES.has(type);
  return {
    bytes: Buffer.from(snapshot.data),
    type: picture ? type : 'application/octet-stream',
    // A full frame never changes: the browser may keep it for the session's length. A thumbnail is
    // replaced by the full frame once the post sends it, so it is asked for again each time.
    headers: { 'cache-control': Number(snapshot.fullSizeBytes ?? 0) > 0 ? 'private, no-cache' : 'private, max-age=43200', ...(picture ? {} : { 'content-disposition': 'attachment' }) },
  };
}
