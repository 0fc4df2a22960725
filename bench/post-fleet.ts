/**
 * A lean fleet of simulated posts for the centre's scale tests and bench: one MQTT session per
 * post, real outpost.v1 records in real envelopes (the uplink's own writeEnvelope, deflate as
 * posts send by default), a retained ONLINE state, acks applied as the outbox does (acked seqs
 * deleted, the rest resent after `ackTimeoutMs`). It is the agent's uplink without the disk:
 * the centre sees the same bytes, thousands of posts fit in one process.
 *
 * Mix per post: one reading per record slot, a health record (with the outbox depth) every
 * 20th, a detection with probability 2%; a post that was not acked for a while resends its
 * whole backlog at once (the burst after an outage).
 */
import { randomBytes } from 'node:crypto';
import Long from 'long';
import mqtt from 'mqtt';
import { priorityOf, toNumber, v1, type BodyKind, type outpost } from '../wire/index.js';
import { writeEnvelope, type Compression } from '../wire/envelope-writer.js';

export interface FleetOptions {
  broker: string;
  posts: number;
  /** Records each post makes a second. */
  recordsPerSecond: number;
  /** How often each post sends what it holds (its linger), ms. */
  sendEveryMs?: number;
  ackTimeoutMs?: number;
  maxRecordsPerEnvelope?: number;
  compression?: Compression;
  prefix?: string;
}

interface Pending {
  bytes: Uint8Array;
  /** 0 while never sent. */
  sentAt: number;
}

class SimulatedPost {
  readonly storeId = BigInt(`0x${randomBytes(7).toString('hex')}`);
  readonly outbox = new Map<number, Pending>();
  /** Envelopes written ahead (`writeAhead`), sent as they are at the post's next send. */
  written: { envelope: Buffer; seqs: number[] }[] = [];
  nextSeq = 1;
  credit = 0;
  client: mqtt.MqttClient | undefined;

  constructor(readonly postId: string) {}

  record(kind: BodyKind, now: number): Uint8Array {
    const seq = this.nextSeq;
    const body: Partial<outpost.v1.IRecord> =
      kind === 'health'
        ? { health: { components: [{ name: 'uplink', state: 1 }], vitals: { uptimeS: 100, outbox: [{ priority: 3, records: this.outbox.size }] } } }
        : kind === 'detection'
          ? { detection: { id: `geo-1:${now}`, sensor: 'geo-1', kind: 1, confidence: 0.8, onsetUnixMs: now - 200, durationMs: 400 } }
          : { reading: { sensor: 'power', channels: [{ name: 'v', unit: 'V' }, { name: 'a', unit: 'A' }], samples: [{ values: [12.4 + (seq % 7) / 10, 0.3] }] } };
    return v1.Record.encode({ seq, timeUnixMs: now, timeQuality: 2, priority: priorityOf(kind), ...body }).finish();
  }
}

/** The fleet; `acks` holds every ack's arrival time and, per envelope, ack latency in ms. */
export class PostFleet {
  readonly posts: SimulatedPost[];
  readonly latencies: number[] = [];
  readonly ackTimes: number[] = [];
  generated = 0;
  acked = 0;
  resent = 0;
  private timer: NodeJS.Timeout | undefined;
  private generating = false;
  private readonly options: Required<FleetOptions>;

  private constructor(options: FleetOptions) {
    this.options = { sendEveryMs: 1000, ackTimeoutMs: 5000, maxRecordsPerEnvelope: 500, compression: 'deflate', prefix: 'sim', ...options };
    this.posts = Array.from({ length: options.posts }, (_, index) => new SimulatedPost(`${this.options.prefix}-${String(index).padStart(4, '0')}`));
  }

  /** Connects every post (50 at a time), subscribes its acks and publishes its retained state. */
  static async connect(options: FleetOptions): Promise<PostFleet> {
    const fleet = new PostFleet(options);
    for (let start = 0; start < fleet.posts.length; start += 50) await Promise.all(fleet.posts.slice(start, start + 50).map((post) => fleet.connectPost(post)));
    return fleet;
  }

  /** Puts `perPost` records in every post's outbox, unsent: the backlog a post holds after an outage. */
  fill(perPost: number): void {
    const now = Date.now();
    for (const post of this.posts) {
      post.credit += perPost;
      this.make(post, now);
    }
  }

  /**
   * Writes (and deflates) every post's unsent records into envelopes now, as its next send
   * would: a real post spends that CPU on its own board, so a bench that measures the centre
   * writes them before its clock starts, not on the cores the centre is measured on.
   */
  writeAhead(): void {
    const now = Date.now();
    for (const post of this.posts) {
      this.batches(post, now, (batch) => post.written.push({ envelope: this.envelopeOf(post, batch, now), seqs: batch.map((entry) => entry.seq) }));
    }
  }

  /** Sends (and, with `generate`, makes records) until `stopGenerating`; resending goes on until `stop`. */
  start(generate = true): void {
    this.generating = generate;
    const tickMs = 50;
    let tick = 0;
    this.timer = setInterval(() => {
      const now = Date.now();
      const slots = Math.max(1, Math.round(this.options.sendEveryMs / tickMs));
      tick += 1;
      // Each post sends on its own slot of the linger period, so the broker sees a steady stream.
      for (const [index, post] of this.posts.entries()) {
        if (index % slots !== tick % slots) continue;
        if (this.generating) this.generate(post, now);
        this.send(post, now);
      }
    }, tickMs);
  }

  stopGenerating(): void {
    this.generating = false;
  }

  /** Makes records again, now at `recordsPerSecond` per post, each post sending every `sendEveryMs`. */
  generateAt(recordsPerSecond: number, sendEveryMs = this.options.sendEveryMs): void {
    this.options.recordsPerSecond = recordsPerSecond;
    this.options.sendEveryMs = sendEveryMs;
    this.generating = true;
  }

  /** Records not yet acked, over every post. */
  backlog(): number {
    return this.posts.reduce((sum, post) => sum + post.outbox.size, 0);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.posts.map((post) => post.client?.endAsync(true)));
  }

  private generate(post: SimulatedPost, now: number): void {
    post.credit += (this.options.recordsPerSecond * this.options.sendEveryMs) / 1000;
    this.make(post, now);
  }

  private make(post: SimulatedPost, now: number): void {
    while (post.credit >= 1) {
      post.credit -= 1;
      const kind: BodyKind = post.nextSeq % 20 === 0 ? 'health' : Math.random() < 0.02 ? 'detection' : 'reading';
      post.outbox.set(post.nextSeq, { bytes: post.record(kind, now), sentAt: 0 });
      post.nextSeq += 1;
      this.generated += 1;
    }
  }

  private send(post: SimulatedPost, now: number): void {
    const client = post.client;
    if (client === undefined || !client.connected) return;
    for (const { envelope, seqs } of post.written) {
      for (const seq of seqs) {
        const pending = post.outbox.get(seq);
        if (pending !== undefined) pending.sentAt = now;
      }
      client.publish(`outpost/v1/${post.postId}/up`, envelope, { qos: 1 }, () => undefined);
    }
    post.written = [];
    this.batches(post, now, (batch) => client.publish(`outpost/v1/${post.postId}/up`, this.envelopeOf(post, batch, now), { qos: 1 }, () => undefined));
  }

  /** The post's envelope of `batch`, as its uplink writes it. */
  private envelopeOf(post: SimulatedPost, batch: readonly { pending: Pending }[], now: number): Buffer {
    return Buffer.from(writeEnvelope({ postId: post.postId, storeId: post.storeId }, batch.map((entry) => entry.pending), now, this.options.compression));
  }

  /** The post's records due for sending (never sent, or not acked within ackTimeoutMs), marked sent at `now`, in envelopes' worth. */
  private batches(post: SimulatedPost, now: number, flush: (batch: { seq: number; pending: Pending }[]) => void): void {
    let batch: { seq: number; pending: Pending }[] = [];
    for (const [seq, pending] of post.outbox) {
      if (pending.sentAt !== 0 && now - pending.sentAt < this.options.ackTimeoutMs) continue;
      if (pending.sentAt !== 0) this.resent += 1;
      pending.sentAt = now;
      batch.push({ seq, pending });
      if (batch.length >= this.options.maxRecordsPerEnvelope) {
        flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) flush(batch);
  }

  private async connectPost(post: SimulatedPost): Promise<void> {
    const client = mqtt.connect(this.options.broker, { clientId: post.postId, clean: true, reconnectPeriod: 500, connectTimeout: 10_000 });
    post.client = client;
    client.on('error', () => undefined);
    client.on('message', (_topic, payload) => this.onAck(post, payload));
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    await client.subscribeAsync(`outpost/v1/${post.postId}/ack`, { qos: 1 });
    const state = v1.PostState.encode({ postId: post.postId, status: v1.PostStatus.POST_STATUS_ONLINE, name: post.postId, bootId: randomBytes(4).toString('hex'), storeId: Long.fromString(post.storeId.toString(), true), timeUnixMs: Date.now() }).finish();
    await client.publishAsync(`outpost/v1/${post.postId}/state`, Buffer.from(state), { qos: 1, retain: true });
  }

  private onAck(post: SimulatedPost, payload: Buffer): void {
    const now = Date.now();
    const ack = v1.Ack.decode(payload);
    if (ack.storeId.toString() !== post.storeId.toString()) return;
    this.ackTimes.push(now);
    for (const range of ack.ranges) {
      const first = toNumber(range.first);
      const last = toNumber(range.last);
      const sentAt = post.outbox.get(first)?.sentAt;
      if (sentAt !== undefined && sentAt !== 0) this.latencies.push(now - sentAt);
      for (let seq = first; seq <= last; seq++) if (post.outbox.delete(seq)) this.acked += 1;
    }
  }
}

/** The p-th percentile (0..100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
