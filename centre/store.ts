import type { BodyKind } from '../wire/index.js';
import type { IdentifiedKind } from './body-ids.js';
import type { CommandStore } from './command-rows.js';

/**
 * Where the centre keeps what posts sent. SQLite is the single-machine default; the PostgreSQL
 * store, shared by several centre processes, implements the same interface (hence every method
 * is async even though SQLite answers synchronously).
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
  /**
   * Optional: several states at once, each post at most once, with recordState's rule for each;
   * resolves, for each, what recordState would have. The ingest uses it when present.
   */
  recordStates?(states: readonly PostStateRow[]): Promise<boolean[]>;
  posts(): Promise<PostRow[]>;
  post(postId: string): Promise<PostRow | undefined>;
  /** Newest first (by record time), at most `limit`. */
  records(query: RecordQuery): Promise<RecordRow[]>;
  /**
   * The Incident or Snapshot record with this id (Incident.id, Snapshot.id: unique per post)
   * from this post, through an index; the newest should a post have reused the id.
   */
  recordByBodyId(kind: IdentifiedKind, postId: string, id: string): Promise<RecordRow | undefined>;
  /** The latest Health record of each post, or of one post. */
  latestHealth(postId?: string): Promise<RecordRow[]>;
  /**
   * Retention: removes the records of each cutoff's kinds that arrived (the centre's clock)
   * before its `cutoffMs`, with their dedupe keys. PostgreSQL drops a whole day partition when
   * every kind it holds is past its cutoff, and otherwise deletes in batches; SQLite deletes in
   * chunks, each its own short transaction, so ingest goes on between them. A post that resends
   * a record older than the cutoff afterwards gets it stored again.
   */
  dropBefore(cutoffs: readonly RetentionCutoff[]): Promise<RetentionOutcome>;
  /** The earliest record time (the post's clock) held of each kind; a kind with no records is absent. */
  oldestRecordTimes(): Promise<Partial<Record<BodyKind, number>>>;
  close(): Promise<void>;
  /**
   * Users, sessions, tokens, post credentials, the audit log and operators' assessments
   * (centre/access/). Absent on a store that does not keep them: the centre then refuses to
   * start with authentication on.
   */
  readonly access?: AccessStore | undefined;
  /** The commands issued to posts and their results (centre/command-rows.ts). */
  readonly commands?: CommandStore | undefined;
}

/**
 * What the centre keeps to decide who may do what, and what operators did. Secrets are kept
 * only as hashes: passwords as scrypt, session ids and API tokens as SHA-256.
 */
export interface AccessStore {
  postCredential(postId: string): Promise<PostCredentialRow | undefined>;
  /** Adds or replaces. */
  putPostCredential(row: PostCredentialRow): Promise<void>;
  deletePostCredential(postId: string): Promise<boolean>;
  postCredentials(): Promise<PostCredentialRow[]>;

  user(name: string): Promise<UserRow | undefined>;
  users(): Promise<UserRow[]>;
  /** Adds or replaces. */
  putUser(row: UserRow): Promise<void>;
  /** Also ends the user's sessions and revokes their tokens. */
  deleteUser(name: string): Promise<boolean>;

  putSession(row: SessionRow): Promise<void>;
  session(idHash: string): Promise<SessionRow | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOf(userName: string): Promise<void>;
  /** Removes the sessions that expired at or before `nowUnixMs`. */
  deleteExpiredSessions(nowUnixMs: number): Promise<void>;

  putToken(row: TokenRow): Promise<void>;
  tokenByHash(hash: string): Promise<TokenRow | undefined>;
  /**
   * A token with the user who made it (undefined when that user is gone), in one look-up: every
   * API request with a token needs both, and on PostgreSQL each look-up is a round trip.
   */
  tokenWithUser(hash: string): Promise<{ token: TokenRow; user: UserRow | undefined } | undefined>;
  /** A session with its user, in one look-up: every request of the console needs both. */
  sessionWithUser(idHash: string): Promise<{ session: SessionRow; user: UserRow | undefined } | undefined>;
  tokens(): Promise<TokenRow[]>;
  /** Resolves false when no live token has that id. */
  revokeToken(id: string, revokedUnixMs: number): Promise<boolean>;

  /** Appends; the store gives the id (increasing). */
  appendAudit(entry: Omit<AuditRow, 'id'>): Promise<void>;
  /** Oldest first, ids above `afterId`. */
  audit(query: { afterId?: number | undefined; limit: number }): Promise<AuditRow[]>;

  /**
   * Failed logins, kept in the store so every worker of a centre counts the same ones: `keys`
   * name who failed (`user:<name>`, `ip:<address>`).
   */
  addLoginFailure(keys: readonly string[], timeUnixMs: number): Promise<void>;
  /** How many failures `key` has since then, and when the first of them was. */
  loginFailures(key: string, sinceUnixMs: number): Promise<{ count: number; firstUnixMs: number | undefined }>;
  clearLoginFailures(key: string): Promise<void>;
  /** Forgets every failure before this time. */
  pruneLoginFailures(beforeUnixMs: number): Promise<void>;

  /** One row per action on an incident; the latest assessment is the incident's label. */
  addIncidentAction(row: Omit<IncidentActionRow, 'id'>): Promise<IncidentActionRow>;
  /** Oldest first: every action on these incidents (all incidents when `incidentKeys` is absent), ids above `afterId`. */
  incidentActions(query: { incidentKeys?: readonly string[] | undefined; afterId?: number | undefined; limit: number }): Promise<IncidentActionRow[]>;
}

export type Role = 'viewer' | 'operator' | 'technician' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'operator', 'technician', 'admin'];

export interface PostCredentialRow {
  postId: string;
  /** scrypt, checked by the embedded broker. */
  passwordHash: string;
  /** Mosquitto's `$7$` PBKDF2-SHA512 of the same password, for `outpost centre broker-config`. */
  mosquittoHash: string;
  updatedUnixMs: number;
}

export interface UserRow {
  name: string;
  role: Role;
  passwordHash: string;
  createdUnixMs: number;
  updatedUnixMs: number;
}

export interface SessionRow {
  /** SHA-256 of the session id in the cookie. */
  idHash: string;
  userName: string;
  /** The CSRF token the console echoes in a header (double submit, bound to the session). */
  csrfToken: string;
  createdUnixMs: number;
  expiresUnixMs: number;
}

export interface TokenRow {
  /** Public, names the token in lists and revocations. */
  id: string;
  /** SHA-256 of the secret. */
  hash: string;
  name: string;
  /** What the token may do: a role's rights, at most its creator's. */
  role: Role;
  createdBy: string;
  createdUnixMs: number;
  revokedUnixMs: number | undefined;
}

export interface AuditRow {
  id: number;
  timeUnixMs: number;
  /** User name, `token:<id>`, or `cli` for a change made with `outpost centre user|post|token`. */
  actor: string;
  action: string;
  subject: string;
  detail: Record<string, unknown>;
}

export type Assessment = 'person' | 'vehicle' | 'animal' | 'environment' | 'false_alarm' | 'unknown';
export const ASSESSMENTS: readonly Assessment[] = ['person', 'vehicle', 'animal', 'environment', 'false_alarm', 'unknown'];

export interface IncidentActionRow {
  id: number;
  /** `<postId>/<incident id>`: incident ids are unique per post only. */
  incidentKey: string;
  action: 'acknowledge' | 'assess';
  assessment: Assessment | undefined;
  note: string;
  actor: string;
  timeUnixMs: number;
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
  /** An Incident's or Snapshot's own id, kept in an indexed column (`CentreStore.recordByBodyId`). */
  bodyId?: string | undefined;
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

/** Records of these kinds that arrived before `cutoffMs` are past retention. */
export interface RetentionCutoff {
  kinds: readonly BodyKind[];
  cutoffMs: number;
}

/** What a retention pass removed. */
export interface RetentionOutcome {
  /** Day partitions dropped whole (PostgreSQL), by name. */
  partitions: string[];
  /** Records removed of each kind, in dropped partitions and row by row alike. */
  removed: Partial<Record<BodyKind, number>>;
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
  /** Record time at most this. */
  untilUnixMs?: number | undefined;
  /** The page after this row (time, id) in the newest-first order: cursor pagination. */
  before?: { timeUnixMs: number; id: number } | undefined;
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
