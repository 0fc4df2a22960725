import { bodyKinds, toJson, v1, type BodyKind, type outpost } from '../wire/index.js';
import type { PostRow, RecordRow } from './store.js';

/**
 * A stored record for the API: where it came from, then the outpost.v1.Record in proto3 JSON
 * (camelCase keys, 64-bit numbers as strings, enums by name), e.g.
 *   { "postId": "bp-017", "storeId": "…", "seq": "12", "kind": "detection", "receivedUnixMs": 1716…,
 *     "timeUnixMs": "1716…", "timeQuality": "TIME_QUALITY_GPS", "priority": "PRIORITY_ALARM", "detection": { … } }
 */
export function recordJson(source: { postId: string; storeId: string; receivedUnixMs: number; kind?: BodyKind }, record: outpost.v1.Record): Record<string, unknown> {
  const body = toJson('outpost.v1.Record', record);
  const kind = source.kind ?? Object.keys(body).find((key) => (bodyKinds as readonly string[]).includes(key));
  return { postId: source.postId, storeId: source.storeId, kind, receivedUnixMs: source.receivedUnixMs, ...body };
}

export function rowJson(row: RecordRow): Record<string, unknown> {
  return recordJson(row, v1.Record.decode(row.bytes));
}

/** A post as `GET /api/posts` lists it: online is what its retained state says right now. */
export function postJson(post: PostRow): Record<string, unknown> {
  const status = v1.PostStatus[post.status] ?? 'POST_STATUS_UNSPECIFIED';
  return {
    id: post.postId,
    name: post.name,
    online: post.status === v1.PostStatus.POST_STATUS_ONLINE,
    status: String(status).replace('POST_STATUS_', '').toLowerCase(),
    lastSeenUnixMs: post.lastSeenUnixMs,
    backlog: post.backlog ?? null,
    bootId: post.bootId,
    agentVersion: post.agentVersion,
    configHash: post.configHash,
    startedUnixMs: post.startedUnixMs,
    storeId: post.storeId,
    position: post.position ?? null,
  };
}
