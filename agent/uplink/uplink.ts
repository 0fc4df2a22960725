import type { MqttClient } from 'mqtt';
import { v1, type outpost } from '../../wire/index.js';
import type { Logger } from '../../kernel/logger.js';
import type { Outbox } from '../outbox/types.js';
import type { Reconnector } from '../../kernel/reconnector.js';
import { HealthState, type ComponentHealthReport, type HealthStatus } from '../../kernel/component.js';
import type { PostStateFacts, UplinkHandle } from '../runtime/agent.js';
import type { UplinkConfig } from './config.js';
import { ackLimits } from './centre-ack.js';
import { takeAck } from './ack-intake.js';
import { connectionOptions } from '../../wire/connection-options.js';
import { waitUntil } from './deadline.js';
import { LinkFailure, linkFailure } from './link-problem.js';
import { brokerReconnector, openBrokerConnection, sayGoodbye, subscribeCommands } from './broker-connection.js';
import { LinkFigures } from './link-figures.js';
import { LinkMeter, streamBytesOf } from './link-meter.js';
import type { PipelinedStart } from './pipelined-start.js';
import { encodePostState } from './post-state.js';
import { SendingConnection, sendEnvelopes, type SendLoopParts } from './send-loop.js';
import { SendWindow, type InFlightEnvelope } from './send-window.js';
import { StatusThinning } from './status-thinning.js';
import { postTopic } from '../../wire/topics.js';
import { onceOnGrid } from '../../kernel/grid-timer.js';

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
  /**
   * How often an empty outbox is looked at again. Default 1 s: what the pipeline stores reaches the
   * uplink through `notify()` at once, so the poll only finds the rest (a STORE_RESET, a drop report,
   * a lease the outbox let go), and polling five times a second was a tenth of a post's CPU (issue 13).
   */
  idlePollMs?: number;
  /** Jitter source for the reconnect backoff (tests pin it). Default Math.random. */
  random?: () => number;
  /** Messages on the post's `cmd` topic (commands from the centre); without it `cmd` is not subscribed. */
  onCommand?: ((payload: Buffer) => void) | undefined;
}

/** A connection that stayed up this long proves the link; the next failure backs off from the minimum again. */
const STABLE_CONNECTION_MS = 30_000;
/** Stop waits this long for acks in flight, then says goodbye (sayGoodbye: under 1.5 s): under 2.5 s in all. */
const STOP_ACK_WAIT_MS = 1000;

/**
 * The post's link to the centre: a Component named `uplink`.
 *
 *   new Uplink({ config, postId, outbox, log, state, clock?, idlePollMs?, random? })
 *
 * - On connect: right behind the CONNECT, without waiting for CONNACK (pipelined-start.ts),
 *   subscribes `outpost/v1/{post}/ack` (and `…/cmd` when it takes commands), publishes the
 *   retained PostState ONLINE on `…/state` and the first envelopes; the MQTT will (retained) says
 *   LOST; a clean `stop()` publishes OFFLINE. A refused connection counts nothing as sent.
 * - Send loop: leases batches from the outbox, publishes each as one Envelope at QoS 1 on `…/up`;
 *   envelope size and the bytes kept unacked follow the link as the acks measure it (LinkMeter;
 *   `uplink.batch` and `in_flight` are ceilings); an alarm waiting goes out even when the window
 *   is full. The centre's Ack deletes the records (acks for another store_id are ignored,
 *   `rejected` ranges are dropped and logged); no ack by the resend time (RTO from the measured
 *   round trip, plus the time the bytes ahead need at the measured rate, never while the first
 *   copy is still in the local socket) releases the lease for a resend; a lost link releases everything.
 * - With `thin_status` on and more status waiting than the link carries in `backlog`, each
 *   lease's readings are thinned first (StatusThinning), counted and reported.
 * - Reconnects with capped, jittered backoff (brokerReconnector), reset only once a connection
 *   stayed up 30 s or carried an ack. One warning per cause, repeats counted.
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
  private readonly link: Reconnector<MqttClient>;
  private readonly healthState: HealthState;
  private readonly figures: LinkFigures;
  private readonly window: SendWindow;
  private readonly meter: LinkMeter;
  private readonly loop: SendLoopParts;
  private readonly thinning: StatusThinning;
  private readonly topics: { up: string; ack: string; state: string; cmd: string };
  private readonly onCommand: ((payload: Buffer) => void) | undefined;
  private readonly ackLimits: { maxBytes: number; maxRanges: number };
  /** An attempt still connecting (no SUBACK yet), which a stop ends. */
  private connecting: MqttClient | undefined;
  private sending: SendingConnection | undefined;
  private running = false;
  private connectedAt = 0;
  /** Cancels the idle poll armed for the next whole second (`idlePollMs`) of the shared grid. */
  private cancelPoll: (() => void) | undefined;
  /**
   * The last look found the outbox empty and nothing was stored or let go since: acks and PUBACKs
   * then pump without asking the outbox (three queries a class each) again (issue 13). An enqueue
   * (`notify`), a resend, a lost link and the idle poll end it.
   */
  private drained = false;
  /** A pump is queued for the notifies of this turn. */
  private notified = false;
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
    this.idlePollMs = options.idlePollMs ?? 1_000;
    this.healthState = new HealthState(this.clock);
    this.link = brokerReconnector({ config: this.config, log: this.log, health: this.healthState, clock: this.clock, random: options.random, open: () => this.connect(), onOpen: (client) => this.onOpen(client) });
    this.figures = new LinkFigures(this.clock);
    const batch = { maxBytes: this.config.batch.max_bytes, maxRecords: this.config.batch.max_records };
    this.meter = new LinkMeter({ initialRtoMs: this.config.ack_timeout, batch, keepaliveMs: this.config.keepalive }, this.clock);
    this.window = new SendWindow(this.outbox, (entry) => this.meter.resendDueIn(entry), (entry) => this.onAckTimeout(entry), this.clock);
    const gate = { window: this.window, outbox: this.outbox, inFlight: this.config.in_flight, lingerMs: this.config.linger };
    const thin = this.config.thin_status;
    this.thinning = new StatusThinning({ enabled: thin.enabled, backlogMs: thin.backlog, keepEveryMs: thin.keep_every }, this.outbox, this.clock, this.log);
    this.ackLimits = ackLimits(this.config.in_flight, this.config.batch.max_records);
    this.topics = { up: postTopic(this.postId, 'up'), ack: postTopic(this.postId, 'ack'), state: postTopic(this.postId, 'state'), cmd: postTopic(this.postId, 'cmd') };
    const { outbox, log, meter, window, thinning, clock } = this;
    this.loop = { postId: this.postId, topic: this.topics.up, outbox, log, meter, window, gate, thinning, compression: this.config.compression, clock, windowGrew: () => this.pump() };
    this.onCommand = options.onCommand;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.healthState.set('degraded', `connecting to broker ${this.config.broker}`);
    // The first attempt may take a connect timeout; start does not wait for it.
    void this.link.start();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.cancelPoll?.();
    this.cancelPoll = undefined;
    this.thinning.report();
    this.connecting?.end(true);
    const client = this.link.handle;
    // Acks still arrive while we wait: the session stays current until they are in.
    if (client !== undefined && this.figures.connected) await waitUntil(() => this.window.size === 0 || this.link.handle !== client, STOP_ACK_WAIT_MS);
    const stillConnected = client !== undefined && this.link.handle === client && this.figures.connected;
    this.window.releaseAll();
    if (client !== undefined && stillConnected) await sayGoodbye(client, { topic: this.topics.state, payload: this.postState(v1.PostStatus.POST_STATUS_OFFLINE) }, this.log);
    await this.link.stop();
    this.sending = undefined;
    this.figures.connected = false;
    this.log.info({ records_sent: this.figures.recordsSent, acks: this.figures.acks, ignored_ack_seqs: this.figures.ignoredAckSeqs, unusable_acks: this.figures.unusableAcks }, 'uplink stopped');
  }

  /**
   * Records were just enqueued: send them now instead of at the next idle poll. Optional (the
   * poll finds them anyway); the pipeline calls it to keep enqueue-to-centre latency low.
   */
  notify(): void {
    this.drained = false;
    if (this.notified) return;
    // The enqueues of one commit resolve together (ten sensors' readings, one per enqueue): one
    // look at the outbox after all of them, not one each that finds the first took everything.
    this.notified = true;
    queueMicrotask(() => {
      this.notified = false;
      this.pump();
    });
  }

  healthStatus(): HealthStatus {
    return this.healthState.current;
  }

  health(): ComponentHealthReport {
    return this.healthState.snapshot({ ...this.figures.counters(this.meter), ...this.thinning.counters, in_flight: this.window.size, in_flight_bytes: this.window.bytes });
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

  /** One attempt to connect, for the Reconnector: resolves once the broker granted the ack subscription; what went out before a refusal goes back to the outbox. */
  private async connect(): Promise<MqttClient> {
    try {
      return await this.openConnection();
    } catch (error) {
      this.sending = undefined;
      this.drained = false;
      this.window.releaseAll();
      throw error;
    }
  }

  private async openConnection(): Promise<MqttClient> {
    const security = await connectionOptions(
      { username: this.config.username, password: this.config.password, ca: this.config.ca, cert: this.config.cert, key: this.config.key, serverName: this.config.server_name },
      'uplink',
      'uplink.',
    );
    return openBrokerConnection({
      config: this.config,
      clientId: this.config.client_id ?? `outpost-${this.postId}`,
      security,
      will: { topic: this.topics.state, payload: this.postState(v1.PostStatus.POST_STATUS_LOST) },
      ackTopic: this.topics.ack,
      events: {
        message: (client, topic, payload) => {
          if (client !== this.sending?.client) return;
          if (topic === this.topics.ack) this.onAck(client, payload);
          else if (topic === this.topics.cmd) this.onCommand?.(payload);
        },
        closed: (client, failure) => this.onClose(client, failure),
      },
      opening: (_client, early) => this.onOpening(early),
      started: (client, early) => this.onStarted(client, early),
      accepted: (client) => {
        if (client === this.sending?.client) this.sending.accepted();
      },
      subackRtt: (ms) => this.meter.estimate.connectRttSample(ms),
      clock: this.clock,
      connecting: (client) => (this.connecting = client),
    });
  }

  /** The ack SUBSCRIBE follows the CONNECT: the rest goes behind it without waiting for CONNACK (pipelined-start.ts). */
  private onOpening(early: PipelinedStart): void {
    // Subscribed before ONLINE goes out: the centre publishes pending commands again when it sees
    // ONLINE, and the broker handles this connection's packets in order, so the subscription is there.
    if (this.onCommand !== undefined) subscribeCommands(early, this.topics.cmd, this.log);
    // Envelopes follow the ONLINE state on the same connection, so it still arrives first; waiting for its PUBACK would idle the link a round trip.
    early.publish(this.topics.state, this.postState(v1.PostStatus.POST_STATUS_ONLINE), true);
  }

  private onStarted(client: MqttClient, early: PipelinedStart): void {
    if (!this.running) return;
    this.sending = new SendingConnection(client, early, this.figures, this.log);
    this.drained = false;
    this.meter.attach(streamBytesOf(client));
    this.pump();
  }

  private onOpen(client: MqttClient): void {
    this.connectedAt = this.clock();
    this.figures.connected = true;
    if (this.everConnected) this.figures.reconnects += 1;
    this.everConnected = true;
    this.log.info({ broker: this.config.broker, reconnects: this.figures.reconnects }, 'uplink connected');
    this.pump();
  }

  private onClose(client: MqttClient, failure: unknown): void {
    if (client !== this.link.handle || !this.running) return;
    // A connection that stayed up long enough proved the link even without an ack (an idle post).
    if (this.clock() - this.connectedAt >= STABLE_CONNECTION_MS) this.link.proved(client);
    this.dropConnection(client, linkFailure(failure, this.config.broker));
  }

  /** The connection is gone or unusable: everything in flight goes back to the outbox, and the Reconnector closes it and retries. */
  private dropConnection(client: MqttClient, failure: LinkFailure): void {
    this.cancelPoll?.();
    this.cancelPoll = undefined;
    this.figures.connected = false;
    this.sending = undefined;
    this.drained = false;
    const released = this.window.releaseAll();
    if (released > 0) this.log.debug({ released }, 'envelopes in flight go back to the outbox');
    this.link.lost(client, failure);
  }

  /** Publishes envelopes while the window has room and the outbox has records (send-loop.ts); polls when it is empty. */
  private pump(): void {
    const sending = this.sending;
    if (!this.running || sending === undefined || sending.pipelineFull) return;
    // The outbox changed stores (memory until the file opened): what is in flight belongs to the old one.
    if (this.sendingStoreId !== this.outbox.storeId) {
      this.drained = false;
      this.window.releaseAll();
      this.meter.forgetSeqs();
      this.sendingStoreId = this.outbox.storeId;
    }
    let room = true;
    if (!this.drained) ({ room, drained: this.drained } = sendEnvelopes(this.loop, sending.sink(this.topics.up)));
    // A steady cadence, not re-armed by every ack, so a record waits half a poll on average. On
    // the wall-clock grid the sensors poll on (kernel/grid-timer.ts): with sensors polling at the
    // same interval, the poll rides their wakeup instead of waking the post once more a second
    // (issue 13); it still comes within `idlePollMs` of being armed.
    if (room && this.cancelPoll === undefined) {
      this.cancelPoll = onceOnGrid(this.idlePollMs, () => {
        this.cancelPoll = undefined;
        // The poll finds what no notify announced (a drop report, a lease the outbox let go).
        this.drained = false;
        this.pump();
      });
    }
  }

  private onAck(client: MqttClient, payload: Buffer): void {
    const outcome = takeAck(payload, { window: this.window, outbox: this.outbox, figures: this.figures, log: this.log, limits: this.ackLimits });
    if (outcome === undefined) return;
    if (outcome.completed.length > 0 || outcome.deleted > 0) {
      this.link.proved(client);
      this.meter.completed(outcome.completed);
      this.figures.acked(outcome.deleted);
      if (this.healthState.status !== 'ok' && this.figures.connected) this.healthState.set('ok');
    }
    this.pump();
  }

  private onAckTimeout(entry: InFlightEnvelope): void {
    // Its lease went back to the outbox: there is something to send again.
    this.drained = false;
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
