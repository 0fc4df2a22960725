import Long from 'long';
import { toNumber, toUnsignedString, v1, type BodyKind, type outpost } from '../wire/index.js';
import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { SeqRange } from '../wire/seq-range.js';
import { MalformedEnvelope, checkRecord, readEnvelopeAsync, type EnvelopeRecord } from './envelope-reader.js';
import type { CentreStore, PostStateRow, RecordBatch, RecordInput, StoreOutcome } from './store.js';

/** States per call to the store's recordStates. */
const STATES_PER_CALL = 1000;

/** Counters since the centre started, as `GET /api/stats` serves them. */
export interface CentreStats {
  /** Envelopes that arrived on `…/up` (valid or not). */
  received: number;
  /** Records stored for the first time. */
  stored: number;
  /** Records already held (a resend); acked again, not stored again. */
  duplicates: number;
  /** Envelopes refused because their post_id differs from the topic. */
  rejected: number;
  /** Records refused for good (no body, seq 0 or above 2^53-1, wrong priority): Ack.rejected. */
  rejectedRecords: number;
  /** Payloads on `…/up` or `…/state` that are not the expected message, or pass an envelope limit. */
  malformed: number;
  acksSent: number;
  states: number;
  /** Store failures: the envelope was not acked and the post will resend it. */
  storeErrors: number;
  /** Times the broker dropped the centre's MQTT session and accepted it back at once: another client connected with its client id. */
  sessionTakeovers: number;
}

/** A record just stored, as the SSE stream and the demo see it. */
export interface StoredRecord {
  postId: string;
  storeId: string;
  seq: number;
  receivedUnixMs: number;
  /** The body's kind when known without decoding (ingest's scan); else look at `record`. */
  kind?: BodyKind | undefined;
  /** The record (from ingest: decoded on first use, so a listener that only needs `kind` pays no decode). */
  readonly record: outpost.v1.Record;
}

/** A StoredRecord of ingest's: `record` is decoded when first read. */
class IngestedRecord implements StoredRecord {
  readonly kind: BodyKind | undefined;
  constructor(
    readonly postId: string,
    readonly storeId: string,
    readonly receivedUnixMs: number,
    private readonly entry: EnvelopeRecord,
  ) {
    this.kind = entry.scan.kind;
  }

  get seq(): number {
    return this.entry.seq;
  }

  get record(): outpost.v1.Record {
    return this.entry.record;
  }
}

export type AckPublisher = (postId: string, ack: Uint8Array) => Promise<void>;

export interface RefusedRecord {
  /** Exact to 64 bits: a refused seq may be one a JS number cannot hold. */
  seq: bigint;
  problem: string;
}

/** An envelope that passed validation, ready to be stored with others and acked. */
export interface PreparedEnvelope {
  batch: RecordBatch;
  accepted: EnvelopeRecord[];
  refused: RefusedRecord[];
}

/** Refused seqs as Ack.rejected ranges, exact to 64 bits. Seq 0 is left out: it names no record a post holds. */
function rejectedRanges(refused: readonly RefusedRecord[]): { first: Long; last: Long }[] {
  const sorted = [...new Set(refused.map((entry) => entry.seq).filter((seq) => seq > 0n))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ranges: { first: bigint; last: bigint }[] = [];
  for (const seq of sorted) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && seq === last.last + 1n) last.last = seq;
    else ranges.push({ first: seq, last: seq });
  }
  return ranges.map((range) => ({ first: Long.fromString(range.first.toString(), true), last: Long.fromString(range.last.toString(), true) }));
}

/** Collapses sorted-or-not seqs into inclusive ranges. */
export function toSeqRanges(seqs: readonly number[]): SeqRange[] {
  // Usually already ascending (a post's envelopes in order): then no copy, no sort.
  let ascending = true;
  for (let index = 1; index < seqs.length && ascending; index++) ascending = (seqs[index] as number) > (seqs[index - 1] as number);
  const sorted = ascending ? seqs : [...new Set(seqs)].sort((a, b) => a - b);
  const ranges: SeqRange[] = [];
  for (const seq of sorted) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && seq === last.last + 1) last.last = seq;
    else ranges.push({ first: seq, last: seq });
  }
  return ranges;
}

/** Every counter at zero (also what a worker with no ingest, `--role api`, reports). */
export function emptyStats(): CentreStats {
  return { received: 0, stored: 0, duplicates: 0, rejected: 0, rejectedRecords: 0, malformed: 0, acksSent: 0, states: 0, storeErrors: 0, sessionTakeovers: 0 };
}

/**
 * The centre's receiving side: validates each envelope against its topic, stores new records,
 * acks (stored or already held) only once the store has committed, and tells listeners.
 * Bad input is counted and logged; nothing a post sends stops the centre.
 */
export class Ingest {
  readonly stats: CentreStats = emptyStats();
  private readonly listeners = new Set<(stored: StoredRecord) => void>();

  constructor(
    private readonly store: CentreStore,
    private readonly publishAck: AckPublisher,
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  onStored(listener: (stored: StoredRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates an `up` payload; counts and logs what is refused. Undefined when nothing is left to store or ack. */
  async prepareUp(topicPostId: string, payload: Uint8Array): Promise<PreparedEnvelope | undefined> {
    this.stats.received += 1;
    let envelope;
    try {
      envelope = await readEnvelopeAsync(payload);
    } catch (error) {
      if (!(error instanceof MalformedEnvelope)) throw error;
      this.stats.malformed += 1;
      this.log.warn({ post: topicPostId, bytes: payload.length, err: describeError(error) }, `malformed payload on the up topic of post ${topicPostId}; dropped`);
      return undefined;
    }
    if (envelope.postId !== topicPostId) {
      this.stats.rejected += 1;
      this.log.warn(
        { post: topicPostId, claimed: envelope.postId, records: envelope.records.length },
        `envelope on the topic of post ${topicPostId} claims post id "${envelope.postId}"; refused (a post may only send as itself: check the broker ACL)`,
      );
      return undefined;
    }
    const accepted: EnvelopeRecord[] = [];
    const refused: RefusedRecord[] = [];
    let backlog: number | undefined;
    const records: RecordInput[] = [];
    for (const entry of envelope.records) {
      const checked = checkRecord(entry);
      if ('problem' in checked) {
        refused.push({ seq: entry.wireSeq, problem: checked.problem });
        continue;
      }
      accepted.push(entry);
      const scan = entry.scan;
      backlog = scan.backlog ?? backlog;
      records.push({ seq: entry.seq, kind: checked.kind, sensor: scan.subject, timeUnixMs: scan.timeUnixMs, timeQuality: scan.timeQuality, priority: checked.priority, bytes: entry.bytes, bodyId: scan.bodyId });
    }
    if (accepted.length === 0 && refused.length === 0) return undefined;
    return { batch: { postId: envelope.postId, storeId: envelope.storeId, receivedUnixMs: this.clock(), records, backlog }, accepted, refused };
  }

  /**
   * Stores prepared envelopes in one transaction (one disk sync for the group), then acks each.
   * A store failure acks none of them: their posts resend.
   */
  async commit(group: readonly PreparedEnvelope[]): Promise<void> {
    if (group.length === 0) return;
    let outcomes;
    try {
      outcomes = await this.store.storeBatches(group.map((envelope) => envelope.batch));
    } catch (error) {
      this.stats.storeErrors += group.length;
      const records = group.reduce((sum, envelope) => sum + envelope.batch.records.length, 0);
      this.log.error({ posts: [...new Set(group.map((envelope) => envelope.batch.postId))], records, err: describeError(error) }, 'could not store envelopes; not acked, the posts will resend them');
      return;
    }
    // One Ack per post and store for the whole group: a post with several envelopes in flight
    // gets one answer, which matters on a half-duplex radio.
    const acks = new Map<string, { postId: string; storeId: string; seqs: number[]; refused: RefusedRecord[]; duplicates: number }>();
    for (const [index, envelope] of group.entries()) {
      const outcome = outcomes[index] as StoreOutcome;
      const { postId, storeId, receivedUnixMs } = envelope.batch;
      this.stats.stored += outcome.inserted.length;
      this.stats.duplicates += outcome.duplicates;
      this.stats.rejectedRecords += envelope.refused.length;
      if (envelope.refused.length > 0) {
        const refused = envelope.refused.map((entry) => ({ seq: entry.seq.toString(), problem: entry.problem }));
        this.log.warn({ post: postId, refused }, `refused ${refused.length} record(s) from post ${postId} for good: ${refused[0]?.problem ?? ''}`);
      }
      const key = `${postId}/${storeId}`;
      const ack = acks.get(key) ?? { postId, storeId, seqs: [], refused: [], duplicates: 0 };
      ack.seqs.push(...envelope.accepted.map((entry) => entry.seq));
      ack.duplicates += outcome.duplicates;
      ack.refused.push(...envelope.refused);
      acks.set(key, ack);
      this.announce(postId, storeId, receivedUnixMs, envelope.accepted, new Set(outcome.inserted));
    }
    for (const ack of acks.values()) await this.sendAck(ack.postId, ack.storeId, ack.seqs, ack.refused, ack.duplicates);
  }

  /** Decodes and checks one `state` payload, then applies it (see readState and applyStates). */
  async handleState(topicPostId: string, payload: Uint8Array): Promise<void> {
    const state = this.readState(topicPostId, payload);
    if (state !== undefined) await this.applyStates([state]);
  }

  /** A `state` payload as the store takes it; undefined (counted and logged) for a cleared, malformed or misaddressed one. */
  readState(topicPostId: string, payload: Uint8Array): PostStateRow | undefined {
    if (payload.length === 0) return undefined; // a cleared retained message
    let state: outpost.v1.PostState;
    try {
      state = v1.PostState.decode(payload);
    } catch (error) {
      this.stats.malformed += 1;
      this.log.warn({ post: topicPostId, bytes: payload.length, err: describeError(error) }, `malformed payload on the state topic of post ${topicPostId}; dropped`);
      return undefined;
    }
    if (state.postId !== topicPostId) {
      this.stats.rejected += 1;
      this.log.warn({ post: topicPostId, claimed: state.postId }, `state on the topic of post ${topicPostId} claims post id "${state.postId}"; refused`);
      return undefined;
    }
    this.stats.states += 1;
    return {
      postId: state.postId,
      status: state.status,
      name: state.name,
      bootId: state.bootId,
      agentVersion: state.agentVersion,
      configHash: state.configHash,
      startedUnixMs: toNumber(state.startedUnixMs),
      stateUnixMs: toNumber(state.timeUnixMs),
      storeId: toUnsignedString(state.storeId),
      position: state.position === null || state.position === undefined ? undefined : (v1.Position.toObject(v1.Position.fromObject(state.position)) as Record<string, unknown>),
      receivedUnixMs: this.clock(),
    };
  }

  /**
   * Applies states in arrival order: several in one call to the store when it takes them so
   * (PostgreSQL: one statement, one round trip), a post at most once per call, at most
   * STATES_PER_CALL; else one at a time. Throws what the store throws (the rest are not applied).
   */
  async applyStates(states: readonly PostStateRow[]): Promise<void> {
    for (let from = 0; from < states.length; ) {
      const chunk: PostStateRow[] = [];
      const posts = new Set<string>();
      for (; from < states.length && chunk.length < STATES_PER_CALL; from++) {
        const state = states[from] as PostStateRow;
        if (posts.has(state.postId)) break;
        posts.add(state.postId);
        chunk.push(state);
      }
      let applied: boolean[];
      if (this.store.recordStates !== undefined && chunk.length > 1) applied = await this.store.recordStates(chunk);
      else {
        applied = [];
        for (const state of chunk) applied.push(await this.store.recordState(state));
      }
      for (const [index, state] of chunk.entries()) this.logState(state, applied[index] === true);
    }
  }

  private logState(state: PostStateRow, applied: boolean): void {
    if (!applied) {
      this.log.info({ post: state.postId, status: v1.PostStatus[state.status], bootId: state.bootId }, `state of post ${state.postId} from an earlier boot ignored (a late will or a stale retained state)`);
      return;
    }
    this.log.info({ post: state.postId, status: v1.PostStatus[state.status], bootId: state.bootId }, `post ${state.postId} is ${String(v1.PostStatus[state.status]).replace('POST_STATUS_', '').toLowerCase()}`);
  }

  /** `duplicates`: how many of `seqs` were already held, so the post can show what its resends cost. */
  private async sendAck(postId: string, storeId: string, seqs: number[], refused: RefusedRecord[], duplicates: number): Promise<void> {
    const rejected = rejectedRanges(refused);
    if (seqs.length === 0 && rejected.length === 0) return;
    const ack = v1.Ack.encode({
      storeId: Long.fromString(storeId, true),
      ranges: toSeqRanges(seqs),
      rejected,
      reason: [...new Set(refused.filter((entry) => entry.seq > 0n).map((entry) => entry.problem))].join('; '),
      timeUnixMs: this.clock(),
      duplicates,
    }).finish();
    try {
      await this.publishAck(postId, ack);
      this.stats.acksSent += 1;
    } catch (error) {
      this.log.warn({ post: postId, err: describeError(error) }, 'could not publish an ack; the post will resend and the records will be acked as duplicates');
    }
  }

  private announce(postId: string, storeId: string, receivedUnixMs: number, accepted: EnvelopeRecord[], inserted: Set<number>): void {
    if (this.listeners.size === 0) return;
    for (const entry of accepted) {
      if (!inserted.has(entry.seq)) continue;
      const stored: StoredRecord = new IngestedRecord(postId, storeId, receivedUnixMs, entry);
      for (const listener of this.listeners) {
        try {
          listener(stored);
        } catch (error) {
          this.log.warn({ err: describeError(error) }, 'a record listener failed');
        }
      }
    }
  }
}
