import type { BodyKind } from '../wire/index.js';

/**
 * Where the centre keeps what posts sent. SQLite is the single-machine default; a PostgreSQL
 * store shared by several centre processes comes later and implements the same interface
 * (hence every method is async even though SQLite answers synchronously).
 *
 * Invariant: `storeBatches` is atomic and durable when it resolves (one transaction for all the
 * batches: the centre group-commits the envelopes that arrived together), and a (post id, store
 * id, seq) already held is a duplicate, never a second row. The centre acks only after it resolves.
 */
export interface CentreStore {
  /** One outcome per batch, in order. */
  storeBatches(batches: readonly RecordBatch[]): Promise<StoreOutcome[]>;
  /**
   * Keeps the post's latest state, ordered by boot and arrival (not the post's clock): a state
   * from the current boot or a new one replaces it, one from an earlier boot is ignored.
   * Resolves false when ignored.
   */
  recordState(state: PostStateRow): Promise<boolean>;
  posts(): Promise<PostRow[]>;
  post(postId: string): Promise<PostRow | undefined>;
  /** Newest first (by record time), at most `limit`. */
  records(query: RecordQuery): Promise<RecordRow[]>;
  /** The latest Health record of each post, or of one post. */
  latestHealth(postId?: string): Promise<RecordRow[]>;
  close(): Promise<void>;
}

export interface RecordInput {
  seq: number;
  kind: BodyKind;
  /** The sensor, camera or source the record is about ('' when none). */
  sensor: string;
  timeUnixMs: number;
  timeQuality: number;
  priority: number;
  /** The encoded outpost.v1.Record as the post sent it. */
  bytes: Uint8Array;
}

export interface RecordBatch {
  postId: string;
  /** Unsigned decimal. */
  storeId: string;
  receivedUnixMs: number;
  records: readonly RecordInput[];
  /** The post's outbox depth, from the newest Health record in the batch. */
  backlog?: number | undefined;
}

export interface StoreOutcome {
  /** Seqs stored now for the first time (in batch order). */
  inserted: number[];
  duplicates: number;
}

export interface RecordRow {
  id: number;
  postId: string;
  storeId: string;
  seq: number;
  kind: BodyKind;
  sensor: string;
  timeUnixMs: number;
  receivedUnixMs: number;
  bytes: Uint8Array;
}

export interface RecordQuery {
  kinds: readonly BodyKind[];
  postId?: string | undefined;
  sensor?: string | undefined;
  sinceUnixMs?: number | undefined;
  limit: number;
}

export interface PostStateRow {
  postId: string;
  status: number;
  name: string;
  bootId: string;
  agentVersion: string;
  configHash: string;
  startedUnixMs: number;
  stateUnixMs: number;
  storeId: string;
  /** JSON of outpost.v1.Position, or undefined. */
  position?: Record<string, unknown> | undefined;
  receivedUnixMs: number;
}

export interface PostRow {
  postId: string;
  name: string;
  /** outpost.v1.PostStatus; 0 when the post never published a state. */
  status: number;
  bootId: string;
  agentVersion: string;
  configHash: string;
  startedUnixMs: number;
  stateUnixMs: number;
  storeId: string;
  position: Record<string, unknown> | undefined;
  lastSeenUnixMs: number;
  backlog: number | undefined;
}
