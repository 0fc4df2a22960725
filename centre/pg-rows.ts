import { kindCode, kindOfCode } from './pg-kinds.js';
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
  /** Its code (KIND_CODES). */
  kind: number;
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
    kind: kindOfCode(row.kind),
    sensor: row.sensor,
    timeUnixMs: Number(row.time_unix_ms),
    receivedUnixMs: Number(row.received_unix_ms),
    bytes: row.body,
  };
}

/**
 * A group commit's records as columns, one entry per record stored (each array as the statement
 * takes it): no object per record, which the worker allocated and collected by the thousand.
 */
export interface GroupColumns {
  /** Index (from 0) of the batch each record came from. */
  batch: number[];
  seq: number[];
  /** Each record's kind as its code (KIND_CODES). */
  kind: number[];
  sensor: string[];
  timeUnixMs: number[];
  timeQuality: number[];
  priority: number[];
  body: Uint8Array[];
  bodyId: (string | null)[];
  /** Each (post, store, block of seqs) of the group once, with its seqs as a multirange literal (`{[1,101),[150,201)}`). */
  sources: { postId: string[]; storeId: string[]; block: number[]; seqs: string[] };
}

/**
 * Seqs per row of record_seqs: a row holds one block of SEQ_BLOCK seqs of a (post, store), so a
 * commit rewrites the current block only, however many gaps (evicted records) older blocks have.
 * Migration 8 and every statement on record_seqs use this number: changing it needs a migration.
 */
export const SEQ_BLOCK = 4096;

/** Seqs as PostgreSQL int8multirange text: consecutive seqs folded into one half-open range. */
export function seqRanges(seqs: Iterable<number>): string {
  const sorted = [...seqs].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    const first = sorted[index] as number;
    let last = first;
    while (++index < sorted.length && sorted[index] === last + 1) last += 1;
    parts.push(`[${first},${last + 1})`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The group's records, each (post, store, seq) once: a copy later in the same group is a
 * duplicate of the first (as SQLite's INSERT OR IGNORE counts it), and one INSERT may not name
 * a row twice. Seqs are told apart per post and store, as numbers.
 */
export function groupColumns(batches: readonly RecordBatch[]): GroupColumns {
  // Each (post, store) of the group once, with the seqs taken of it.
  const seen = new Map<string, { postId: string; storeId: string; seqs: Set<number> }>();
  const columns: GroupColumns = { batch: [], seq: [], kind: [], sensor: [], timeUnixMs: [], timeQuality: [], priority: [], body: [], bodyId: [], sources: { postId: [], storeId: [], block: [], seqs: [] } };
  for (const [batch, { postId, storeId, records }] of batches.entries()) {
    const key = `${postId}\u0000${storeId}`;
    let source = seen.get(key);
    if (source === undefined) seen.set(key, (source = { postId, storeId, seqs: new Set<number>() }));
    const { seqs } = source;
    for (const record of records) {
      if (seqs.has(record.seq)) continue;
      seqs.add(record.seq);
      columns.batch.push(batch);
      columns.seq.push(record.seq);
      columns.kind.push(kindCode(record.kind));
      columns.sensor.push(record.sensor);
      columns.timeUnixMs.push(record.timeUnixMs);
      columns.timeQuality.push(record.timeQuality);
      columns.priority.push(record.priority);
      columns.body.push(record.bytes);
      columns.bodyId.push(record.bodyId ?? null);
    }
  }
  for (const { postId, storeId, seqs } of seen.values()) {
    if (seqs.size === 0) continue;
    const blocks = new Map<number, number[]>();
    for (const seq of seqs) {
      const block = Math.floor(seq / SEQ_BLOCK);
      const held = blocks.get(block);
      if (held === undefined) blocks.set(block, [seq]);
      else held.push(seq);
    }
    for (const [block, inBlock] of blocks) {
      columns.sources.postId.push(postId);
      columns.sources.storeId.push(storeId);
      columns.sources.block.push(block);
      columns.sources.seqs.push(seqRanges(inBlock));
    }
  }
  return columns;
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
