import type { MqttClient } from 'mqtt';
import { v1, type outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Outbox } from '../outbox/types.js';
import { RetryTimer } from '../../kernel/retry-timer.js';
import { HealthState, type ComponentHealthReport } from '../../kernel/component.js';
import type { PostStateFacts, UplinkHandle } from '../runtime/agent.js';
import type { UplinkConfig } from './config.js';
import { ackLimits, readCentreAck, UnusableAck, type CentreAck } from './centre-ack.js';
import { connectionOptions } from '../../wire/connection-options.js';
import { waitUntil, withTimeout } from './deadline.js';
import { writeEnvelope } from '../../wire/envelope-writer.js';
import { classifyLinkError } from './link-problem.js';
import { LinkFigures } from './link-figures.js';
import { LinkMeter, type StreamBytes } from './link-meter.js';
import { publishWireBytes } from './mqtt-framing.js';
import { openSession } from './mqtt-session.js';
import { encodePostState } from './post-state.js';
import { hasRoom, nextEnvelopeLimits, type SendGate } from './send-gate.js';
import { SendWindow, type InFlightEnvelope } from './send-window.js';
import { postTopic } from '../../wire/topics.js';

export interface UplinkOptions {
  config: UplinkConfig;
  /** `post.id`: the topic level and the Envelope's post_id. */
  postId: string;
  outbox: Outbox;
  log: Logger;
  /** Who the post is, for the retained PostState. */
  state: PostStateFacts;
  /** Wall clock in Unix ms (envelope and state times, RTT, last success). Default Date.now. */
  clock?: () => number;
  /** How often an empty outbox is looked at again. Default 200 ms. */
  idlePollMs?: number;
  /** Jitter source for the reconnect backoff (tests pin it). Default Math.random. */
  random?: () => number;
  /** Messages on the post's `cmd` topic (commands from the centre); without it `cmd` is not subscribed. */
  onCommand?: ((payload: Buffer) => void) | undefined;
}

/** A connection that stayed up this long proves the link; the next failure backs off from the minimum again. */
const STABLE_CONNECTION_MS = 30_000;
/** Stop waits this long for acks in flight, then up to STOP_STEP_MS for the broker to take the OFFLINE state and again to close: under 2.5 s in all. */
const STOP_ACK_WAIT_MS = 1000;
const STOP_STEP_MS = 700;

/**
 * The post's link to the centre: a Component named `uplink`.
 *
 *   new Uplink({ config, postId, outbox, log, state, clock?, idlePollMs?, random? })
 *
 * - On connect: subscribes `outpost/v1/{post}/ack`, publishes the retained PostState ONLINE on
 *   `…/state`; the MQTT will (retained) says LOST; a clean `stop()` publishes OFFLINE.
 * - Send loop: leases batches from the outbox, publishes each as one Envelope at QoS 1 on `…/up`;
 *   envelope size and the bytes kept unacked follow the link as the acks measure it (LinkMeter;
 *   `uplink.batch` and `in_flight` are ceilings); an alarm waiting goes out even when the window
 *   is full. The centre's Ack deletes the records (acks for another store_id are ignored,
 *   `rejected` ranges are dropped and logged); no ack by the resend time (RTO from the measured
 *   round trip, plus the time the bytes ahead need at the measured rate, never while the first
 *   copy is still in the local socket) releases the lease for a resend; a lost link releases everything.
 * - Reconnects itself (mqtt.js's fixed-period reconnect is off) with capped exponential backoff
 *   and full jitter, reset only once a connection proved stable or carried an ack.
 * - `linkVitals()` gives the LinkVitals figures for Health; `notify()` after an enqueue sends
 *   at once instead of at the next idle poll (`idlePollMs`).
 */
export class Uplink implements UplinkHandle {
  readonly name = 'uplink';
  private readonly config: UplinkConfig;
  private readonly postId: string;
  private readonly outbox: Outbox;
  private readonly log: Logger;
  private readonly facts: PostStateFacts;
  private readonly clock: () => number;
  private readonly idlePollMs: number;
  private readonly retry: RetryTimer;
  private readonly healthState: HealthState;
  private readonly figures: LinkFigures;
  private readonly window: SendWindow;
  private readonly meter: LinkMeter;
  private readonly gate: SendGate;
  private readonly topics: { up: string; ack: string; state: string; cmd: string };
  private readonly onCommand: ((payload: Buffer) => void) | undefined;
  private readonly ackLimits: { maxBytes: number; maxRanges: number };
  private client: MqttClient | undefined;
  private running = false;
  private connectedAt = 0;
  private ackedOnThisConnection = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private everConnected = false;
  /** The store id the envelopes in flight were sent under. */
  private sendingStoreId: bigint | undefined;

  constructor(options: UplinkOptions) {
    this.config = options.config;
    this.postId = options.postId;
    this.outbox = options.outbox;
    this.log = options.log;
    this.facts = options.state;
    this.clock = options.clock ?? Date.now;
    this.idlePollMs = options.idlePollMs ?? 200;
    const reconnect = { minMs: Math.max(1, this.config.reconnect.min), maxMs: Math.max(1, this.config.reconnect.min, this.config.reconnect.max) };
    this.retry = new RetryTimer({ retry: reconnect, run: () => void this.connect(), random: options.random });
    this.healthState = new HealthState(this.clock);
    this.figures = new LinkFigures(this.clock);
    const batch = { maxBytes: this.config.batch.max_bytes, maxRecords: this.config.batch.max_records };
    this.meter = new LinkMeter({ initialRtoMs: this.config.ack_timeout, batch, keepaliveMs: this.config.keepalive }, this.clock);
    this.window = new SendWindow(this.outbox, (entry) => this.meter.resendDueIn(entry), (entry) => this.onAckTimeout(entry), this.clock);
    this.gate = { window: this.window, outbox: this.outbox, inFlight: this.config.in_flight, lingerMs: this.config.linger };
    this.ackLimits = ackLimits(this.config.in_flight, this.config.batch.max_records);
    this.topics = { up: postTopic(this.postId, 'up'), ack: postTopic(this.postId, 'ack'), state: postTopic(this.postId, 'state'), cmd: postTopic(this.postId, 'cmd') };
    this.onCommand = options.onCommand;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.retry.start();
    this.healthState.set('degraded', `connecting to broker ${this.config.broker}`);
    void this.connect();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.retry.stop();
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    const client = this.client;
    // Acks still arrive while we wait: the session stays current until they are in.
    if (client !== undefined && this.figures.connected) await waitUntil(() => this.window.size === 0 || this.client !== client, STOP_ACK_WAIT_MS);
    const stillConnected = this.client === client && this.figures.connected;
    this.client = undefined;
    this.window.releaseAll();
    if (client !== undefined && stillConnected) {
      await withTimeout(client.publishAsync(this.topics.state, this.postState(v1.PostStatus.POST_STATUS_OFFLINE), { qos: 1, retain: true }), STOP_STEP_MS).catch((error: unknown) =>
        this.log.warn({ err: describeError(error) }, 'could not publish the OFFLINE state; the broker will show the post as lost'),
      );
      await withTimeout(client.endAsync(), STOP_STEP_MS).catch(() => client.end(true));
    } else {
      client?.end(true);
    }
    this.figures.connected = false;
    this.healthState.set('stopped');
    this.log.info({ records_sent: this.figures.recordsSent, acks: this.figures.acks, ignored_ack_seqs: this.figures.ignoredAckSeqs, unusable_acks: this.figures.unusableAcks }, 'uplink stopped');
  }

  /**
   * Records were just enqueued: send them now instead of at the next idle poll. Optional (the
   * poll finds them anyway); the pipeline calls it to keep enqueue-to-centre latency low.
   */
  notify(): void {
    if (this.figures.connected) this.pump();
  }

  health(): ComponentHealthReport {
    return this.healthState.snapshot({ ...this.figures.counters(this.meter), in_flight: this.window.size, in_flight_bytes: this.window.bytes });
  }

  linkVitals(): outpost.v1.ILinkVitals {
    return this.figures.vitals(this.backlog(), this.meter);
  }

  private backlog(): number {
    try {
      return this.outbox.stats().records;
    } catch {
      return 0;
    }
  }

  private async connect(): Promise<void> {
    if (!this.running) return;
    let security;
    try {
      security = await connectionOptions(
        { username: this.config.username, password: this.config.password, ca: this.config.ca, cert: this.config.cert, key: this.config.key, serverName: this.config.server_name },
        'uplink',
        'uplink.',
      );
    } catch (error) {
      this.healthState.set('fault', describeError(error));
      this.log.error({ err: describeError(error) }, 'cannot prepare the MQTT connection');
      this.scheduleReconnect();
      return;
    }
    if (!this.running) return;
    this.client = openSession(this.config, this.config.client_id ?? `outpost-${this.postId}`, security, { topic: this.topics.state, payload: this.postState(v1.PostStatus.POST_STATUS_LOST) }, {
      connected: (client) => {
        if (client === this.client) void this.onConnect(client);
      },
      message: (client, topic, payload) => {
        if (client !== this.client) return;
        if (topic === this.topics.ack) this.onAck(payload);
        else if (topic === this.topics.cmd) this.onCommand?.(payload);
      },
      closed: (client, failure) => {
        if (client === this.client) this.onClose(client, failure);
      },
    });
  }

  private async onConnect(client: MqttClient): Promise<void> {
    try {
      const asked = this.clock();
      const granted = await client.subscribeAsync(this.topics.ack, { qos: 1 });
      this.meter.estimate.connectRttSample(this.clock() - asked);
      if (granted.some((grant) => grant.qos > 2)) {
        throw Object.assign(new Error(`broker refused the subscription to ${this.topics.ack}`), { code: 135 });
      }
      if (this.onCommand !== undefined) await this.subscribeCommands(client);
      await client.publishAsync(this.topics.state, this.postState(v1.PostStatus.POST_STATUS_ONLINE), { qos: 1, retain: true });
    } catch (error) {
      if (client !== this.client) return;
      const problem = classifyLinkError(error, this.config.broker);
      this.healthState.set(problem.status, problem.message);
      this.log.error({ err: describeError(error) }, problem.message);
      client.end(true);
      return;
    }
    if (client !== this.client) return;
    this.connectedAt = this.clock();
    this.ackedOnThisConnection = false;
    this.meter.attach(streamBytesOf(client));
    this.figures.connected = true;
    if (this.everConnected) this.figures.reconnects += 1;
    this.everConnected = true;
    this.healthState.set('ok');
    this.log.info({ broker: this.config.broker, reconnects: this.figures.reconnects }, 'uplink connected');
    this.pump();
  }

  /** A broker that will not let the post read `cmd` costs the commands, not the link: logged, not fatal. */
  private async subscribeCommands(client: MqttClient): Promise<void> {
    const granted = await client.subscribeAsync(this.topics.cmd, { qos: 1 });
    if (granted.some((grant) => grant.qos > 2)) this.log.warn({ topic: this.topics.cmd }, 'the broker refused the subscription to the command topic; commands from the centre will not arrive (check the broker ACL)');
  }

  private onClose(client: MqttClient, failure: unknown): void {
    this.client = undefined;
    client.removeAllListeners('connect');
    client.removeAllListeners('message');
    client.end(true);
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    const wasConnected = this.figures.connected;
    this.figures.connected = false;
    const released = this.window.releaseAll();
    if (!this.running) return;
    if (wasConnected && (this.ackedOnThisConnection || this.clock() - this.connectedAt >= STABLE_CONNECTION_MS)) this.retry.succeeded();
    const problem = failure === undefined ? { status: 'degraded' as const, message: `lost the connection to broker ${this.config.broker}; records wait in the outbox` } : classifyLinkError(failure, this.config.broker);
    if (this.healthState.status !== 'fault' || failure !== undefined) this.healthState.set(problem.status, problem.message);
    this.log.warn({ released, err: failure === undefined ? undefined : describeError(failure) }, problem.message);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.running) return;
    this.retry.cancel();
    const delay = this.retry.failed();
    this.log.info({ retry_ms: delay, attempt: this.retry.attempts }, 'reconnecting to the broker');
  }

  /** Publishes envelopes while the window has room and the outbox has records; polls when it is empty. */
  private pump(): void {
    const client = this.client;
    if (!this.running || client === undefined || !this.figures.connected) return;
    // The outbox changed stores (memory until the file opened): what is in flight belongs to the old one.
    if (this.sendingStoreId !== this.outbox.storeId) {
      this.window.releaseAll();
      this.meter.forgetSeqs();
      this.sendingStoreId = this.outbox.storeId;
    }
    for (;;) {
      const sizing = this.meter.sizing();
      const limits = nextEnvelopeLimits(this.gate, sizing);
      if (limits === undefined) break;
      let lease;
      try {
        lease = this.outbox.nextBatch(limits);
      } catch (error) {
        this.log.error({ err: describeError(error) }, 'could not lease records from the outbox; trying again shortly');
        break;
      }
      if (lease === undefined) break;
      // The alarms counted are not leasable yet (still being written): no status past the window meanwhile.
      if (limits.alarmsOnly && !lease.records.some((record) => record.priority === v1.Priority.PRIORITY_ALARM)) {
        this.outbox.release(lease);
        break;
      }
      const payload = writeEnvelope({ postId: this.postId, storeId: this.outbox.storeId }, lease.records, this.clock(), this.config.compression);
      const wireBytes = publishWireBytes(this.topics.up, payload.length);
      const records = lease.records.length;
      client.publish(this.topics.up, Buffer.from(payload.buffer, payload.byteOffset, payload.length), { qos: 1 }, (error) => {
        if (error !== undefined && error !== null) this.log.debug({ err: describeError(error), records }, 'publish not confirmed by the broker; the envelope is resent after reconnect');
      });
      const facts = this.meter.published(lease, wireBytes, this.window.bytes);
      this.window.add(lease, facts);
      this.figures.sent(wireBytes, records, facts.resent);
    }
    // A steady cadence, not re-armed by every ack, so a record waits half a poll on average.
    if (hasRoom(this.gate, this.meter.sizing()) && this.pollTimer === undefined) {
      this.pollTimer = setTimeout(() => {
        this.pollTimer = undefined;
        this.pump();
      }, this.idlePollMs);
    }
  }

  private onAck(payload: Buffer): void {
    let ack: CentreAck;
    try {
      ack = readCentreAck(payload, this.ackLimits);
    } catch (error) {
      if (!(error instanceof UnusableAck)) throw error;
      this.figures.unusableAcks += 1;
      // Once: a peer flooding the ack topic must not flood the log too; the count is in health.
      if (this.figures.unusableAcks === 1) this.log.warn({ bytes: payload.length, reason: error.message }, 'ignored an unusable ack from the centre; later ones are counted (unusable_acks) and not logged');
      return;
    }
    if (ack.storeId !== BigInt.asUintN(64, this.outbox.storeId)) {
      this.log.debug({ store_id: ack.storeId.toString() }, 'ignored an ack for another store (an earlier outbox of this post)');
      return;
    }
    const outcome = this.window.applyAck(ack.ranges, ack.rejected);
    this.figures.duplicates += ack.duplicates;
    if (outcome.rejected > 0) {
      this.figures.rejected += outcome.rejected;
      this.log.warn({ rejected: ack.rejected, reason: ack.reason }, `the centre refused ${outcome.rejected} record(s) for good: ${ack.reason || 'no reason given'}; they are dropped`);
    }
    if (outcome.ignored > 0) {
      const first = this.figures.ignoredAckSeqs === 0;
      this.figures.ignoredAckSeqs += outcome.ignored;
      if (first) {
        this.log.warn({ ignored: outcome.ignored }, 'the centre acked seqs that were not in flight; they are not deleted (counted in ignored_ack_seqs, logged once)');
      }
    }
    if (outcome.completed.length === 0 && outcome.deleted === 0) {
      this.pump();
      return;
    }
    this.ackedOnThisConnection = true;
    this.meter.completed(outcome.completed);
    this.figures.acked(outcome.deleted);
    if (this.healthState.status !== 'ok' && this.figures.connected) this.healthState.set('ok');
    this.pump();
  }

  private onAckTimeout(entry: InFlightEnvelope): void {
    const rtoMs = Math.round(this.meter.estimate.rtoMs);
    this.meter.timedOut(entry);
    this.figures.resends += 1;
    this.log.warn({ records: entry.lease.records.length, rto_ms: rtoMs, waited_ms: this.clock() - entry.sentAt }, 'no ack from the centre in time; the records go out again');
    this.pump();
  }

  private postState(status: outpost.v1.PostStatus): Buffer {
    return encodePostState(this.postId, status, this.facts, this.outbox.storeId, this.clock());
  }
}

/** The connection's byte counters (a TCP or TLS socket); undefined for a stream that has none. */
function streamBytesOf(client: MqttClient): StreamBytes | undefined {
  const stream = client.stream as Partial<StreamBytes> | undefined;
  return stream !== undefined && typeof stream.bytesWritten === 'number' && typeof stream.writableLength === 'number' ? (stream as StreamBytes) : undefined;
}
