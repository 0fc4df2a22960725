import type { BodyKind } from '../wire/index.js';
import type { PostRow, RecordBatch, RecordRow } from './store.js';

/** PostgreSQL bigint arrives as a string (it may pass 2^53); every one the centre keeps fits a JS number. */
export interface PostPgRow {
  post_id: string;
  name: string;
  status: number;
  boot_id: string;
  agent_version: string;
  config_hash: string;
  started_unix_ms: string;
  state_unix_ms: string;
  store_id: string;
  position: Record<string, unknown> | null;
  last_seen_unix_ms: string;
  backlog: string | null;
}

export interface RecordPgRow {
  id: string;
  post_id: string;
  store_id: string;
  seq: string;
  kind: string;
  sensor: string;
  time_unix_ms: string;
  received_unix_ms: string;
  body: Buffer;
}

export const RECORD_COLUMNS = 'id, post_id, store_id, seq, kind, sensor, time_unix_ms, received_unix_ms, body';

export function toPost(row: PostPgRow): PostRow {
  return {
    postId: row.post_id,
    name: row.name,
    status: row.status,
    bootId: row.boot_id,
    agentVersion: row.agent_version,
    configHash: row.config_hash,
    startedUnixMs: Number(row.started_unix_ms),
    stateUnixMs: Number(row.state_unix_ms),
    storeId: row.store_id,
    position: row.position ?? undefined,
    lastSeenUnixMs: Number(row.last_seen_unix_ms),
    backlog: row.backlog === null ? undefined : Number(row.backlog),
  };
}

export function toRecord(row: RecordPgRow): RecordRow {
  return {
    id: Number(row.id),
    postId: row.post_id,
    storeId: row.store_id,
    seq: Number(row.seq),
    kind: row.kind as BodyKind,
    sensor: row.sensor,
    timeUnixMs: Number(row.time_unix_ms),
    receivedUnixMs: Number(row.received_unix_ms),
    bytes: row.body,
  };
}

/** One record of a group commit, with the batch it came from. */
export interface GroupRow {
  batch: number;
  key: string;
  postId: string;
  storeId: string;
  seq: number;
  kind: string;
  sensor: string;
  timeUnixMs: number;
  timeQuality: number;
  priority: number;
  receivedUnixMs: number;
  body: Uint8Array;
  bodyId: string | null;
}

export const keyOf = (postId: string, storeId: string, seq: number | string): string => `${postId}\u0000${storeId}\u0000${seq}`;

/**
 * The group's records, each (post, store, seq) once: a copy later in the same group is a
 * duplicate of the first (as SQLite's INSERT OR IGNORE counts it), and one INSERT may not name
 * a row twice.
 */
export function groupRows(batches: readonly RecordBatch[]): GroupRow[] {
  const seen = new Set<string>();
  const rows: GroupRow[] = [];
  for (const [batch, { postId, storeId, receivedUnixMs, records }] of batches.entries()) {
    for (const record of records) {
      const key = keyOf(postId, storeId, record.seq);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ batch, key, postId, storeId, seq: record.seq, kind: record.kind, sensor: record.sensor, timeUnixMs: record.timeUnixMs, timeQuality: record.timeQuality, priority: record.priority, receivedUnixMs, body: record.bytes, bodyId: record.bodyId ?? null });
    }
  }
  return rows;
}

/** Per post: the latest arrival and the last backlog reported in the group (one upsert row each). */
export function postTouches(batches: readonly RecordBatch[]): { postIds: string[]; lastSeen: number[]; backlogs: (number | null)[] } {
  const touches = new Map<string, { lastSeen: number; backlog: number | null }>();
  for (const batch of batches) {
    const touch = touches.get(batch.postId) ?? { lastSeen: 0, backlog: null };
    touch.lastSeen = Math.max(touch.lastSeen, batch.receivedUnixMs);
    if (batch.backlog !== undefined) touch.backlog = batch.backlog;
    touches.set(batch.postId, touch);
  }
  // Sorted, so two workers lock the same posts rows in the same order (no deadlock).
  const postIds = [...touches.keys()].sort();
  return { postIds, lastSeen: postIds.map((id) => touches.get(id)?.lastSeen ?? 0), backlogs: postIds.map((id) => touches.get(id)?.backlog ?? null) };
}
