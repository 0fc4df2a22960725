import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { v1, type outpost } from '../../wire/index.js';
import type { LoadedConfig } from '../config/load.js';
import type { PostConfig } from '../config/schema.js';
import { MaintenanceDoors } from '../diagnostics/doors.js';
import type { StatusSource } from '../diagnostics/status-report.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Outbox } from '../outbox/types.js';
import { agentVersion } from '../version.js';
import { assembleDevices, type Devices } from './assembly.js';
import { healthStatusOf, type Component } from '../../kernel/component.js';
import { bounded } from './bounded.js';
import { HealthReporter } from './health-reporter.js';
import { Pipeline } from './pipeline.js';
import type { RecordDraft, RecordSink, TimeSource } from './records.js';
import type { LinkNow } from './kinds.js';
import { linkNow } from './link-now.js';

/** What the uplink needs to say who the post is in its retained PostState. */
export interface PostStateFacts {
  bootId: string;
  agentVersion: string;
  configHash: string;
  startedUnixMs: number;
  name: string;
  position: () => outpost.v1.IPosition | undefined;
}

export interface UplinkHandle extends Component {
  /** The link figures for Health. */
  linkVitals(): outpost.v1.ILinkVitals;
  /** New records are durable in the outbox: look now rather than at the next poll. */
  notify?(): void;
}

export interface FusionHandle {
  /** Sees every record; acts on detections. */
  observe(record: outpost.v1.IRecord): void;
  /** Emits what is still open (an incident being extended) and stops its timers. */
  stop(): void;
}

/** Where messages on the post's `cmd` topic go (agent/commands/desk.ts). */
export interface CommandInbox {
  receive(payload: Uint8Array): void;
}

/** The parts the runtime is built from; tests substitute their own. */
export interface AgentParts {
  openOutbox(post: PostConfig, log: Logger): Outbox;
  createUplink(context: { post: PostConfig; outbox: Outbox; log: Logger; state: PostStateFacts; onCommand?: ((payload: Buffer) => void) | undefined }): UplinkHandle;
  createFusion(context: { post: PostConfig; sink: RecordSink; log: Logger }): FusionHandle;
  /** The post's clock; it may consult the GPS sensors once they are built. */
  createTime(context: { post: PostConfig; devices: Devices; log: Logger }): TimeSource;
  /** The latest measured position, if a GPS sensor has one. */
  position?(devices: Devices): outpost.v1.IPosition | undefined;
  /** The radio or modem signal in dBm, if a modem sensor knows it (LinkVitals.signal_dbm). */
  signalDbm?(devices: Devices): number | undefined;
}

/**
 * The agent runtime behind `outpost run`: the outbox, the record pipeline, the configured
 * buses and sensors, fusion, the uplink and the health reporter, started and stopped in
 * order. A device that is missing at start is the device's fault in health, never a reason
 * not to start; only the outbox (the promise not to lose records) must open.
 */
export class Agent {
  private loaded: LoadedConfig;
  private outbox: Outbox | undefined;
  private uplink: UplinkHandle | undefined;
  private pipeline: Pipeline | undefined;
  private fusion: FusionHandle | undefined;
  private devices: Devices = { buses: new Map(), sensors: new Map() };
  private reporter: HealthReporter | undefined;
  private time: TimeSource | undefined;
  private readonly bootId = randomUUID();
  private readonly startedUnixMs = Date.now();
  private readonly doors: MaintenanceDoors;
  private running = false;
  private commands: CommandInbox | undefined;

  constructor(
    loaded: LoadedConfig,
    private readonly parts: AgentParts,
    private readonly log: Logger,
  ) {
    this.loaded = loaded;
    this.doors = new MaintenanceDoors({ ...this.statusSource(), health: () => this.healthSnapshot(), config: () => this.post }, log);
  }

  get post(): PostConfig {
    return this.loaded.config;
  }

  /** Every component, for health and diagnostics. */
  components(): Component[] {
    const list: Component[] = [...this.devices.buses.values(), ...this.devices.sensors.values()];
    if (this.uplink !== undefined) list.push(this.uplink);
    const outbox = this.outbox;
    if (outbox !== undefined) list.push({ name: 'outbox', health: () => outbox.health(), healthStatus: () => healthStatusOf(outbox), start: async () => {}, stop: async () => {} });
    return list;
  }

  /** The pipeline every record goes through (the demo and tests watch it). */
  get records(): Pipeline | undefined {
    return this.pipeline;
  }

  healthSnapshot(): outpost.v1.IHealth | undefined {
    return this.reporter?.snapshot();
  }

  async start(): Promise<void> {
    const post = this.post;
    this.outbox = this.parts.openOutbox(post, this.log.child({ module: 'outbox' }));
    this.uplink = this.parts.createUplink({ post, outbox: this.outbox, log: this.log.child({ module: 'uplink' }), state: this.stateFacts(), onCommand: (payload) => this.commands?.receive(payload) });
    await this.startPipelineAndDevices();
    await this.uplink.start().catch((error: unknown) => this.log.error({ module: 'agent', err: describeError(error) }, 'uplink did not start; records wait in the outbox'));
    await this.doors.start(post);
    this.running = true;
    this.log.info({ module: 'agent', post: post.post.id, buses: this.devices.buses.size, sensors: this.devices.sensors.size, boot_id: this.bootId }, 'agent running');
  }

  /** Commands from the centre go here from now on (before `start`, so none is missed). */
  attachCommands(inbox: CommandInbox): void {
    this.commands = inbox;
  }

  /** Emits a record and resolves once it is durable in the outbox (a command's result before a restart). */
  async emitDurable(draft: RecordDraft): Promise<void> {
    const pipeline = this.pipeline;
    if (pipeline === undefined) throw new Error('the agent is not running; the record was not stored');
    pipeline.emit(draft);
    await pipeline.drain();
  }

  /** The config the agent runs: its file, hash and content. */
  get config(): LoadedConfig {
    return this.loaded;
  }

  /** What `outpost status` shows: every component, the outbox, the link, the clock. */
  statusSource(): StatusSource {
    return {
      identity: () => ({ ...this.identity(), configFile: resolve(this.loaded.file) }),
      components: () => this.components(),
      outboxStats: () => this.outbox?.stats(),
      link: () => this.linkVitals(),
      time: () => {
        const clock = this.time ?? systemClock;
        const status = clock.status?.();
        return { quality: clock.now().quality, ...(status === undefined ? {} : { locked: status.locked, ...(status.offsetMs === undefined ? {} : { offsetMs: status.offsetMs }) }) };
      },
    };
  }

  private identity(): { postId: string; bootId: string; agentVersion: string; configHash: string; startedUnixMs: number } {
    return { postId: this.post.post.id, bootId: this.bootId, agentVersion, configHash: this.loaded.hash, startedUnixMs: this.startedUnixMs };
  }

  /** Where the status socket listens, when it runs. */
  get socketPath(): string | undefined {
    return this.doors.socketPath;
  }

  /** Where the diagnostics API listens, when it runs. */
  get diagnosticsAddress(): string | undefined {
    return this.doors.httpAddress;
  }

  private stateFacts(): PostStateFacts {
    return {
      bootId: this.bootId,
      agentVersion,
      configHash: this.loaded.hash,
      startedUnixMs: this.startedUnixMs,
      name: this.post.post.name ?? this.post.post.id,
      position: () => this.position(),
    };
  }

  /** The measured position when a GPS has one, else the surveyed one from the config. */
  position(): outpost.v1.IPosition | undefined {
    const measured = this.parts.position?.(this.devices);
    if (measured !== undefined) return measured;
    const configured = this.post.post.position;
    if (configured === undefined) return undefined;
    const position: outpost.v1.IPosition = { latitudeDeg: configured.lat, longitudeDeg: configured.lon, fixQuality: v1.FixQuality.FIX_QUALITY_CONFIGURED };
    if (configured.alt_m !== undefined) position.altitudeM = configured.alt_m;
    return position;
  }

  /** The uplink's figures, with the modem's signal when one is configured. */
  private linkVitals(): outpost.v1.ILinkVitals | undefined {
    const vitals = this.uplink?.linkVitals();
    const signalDbm = this.parts.signalDbm?.(this.devices);
    if (signalDbm === undefined) return vitals;
    return { ...vitals, signalDbm };
  }

  /** The link now, for sensors that send bulk only when it is idle. */
  private linkNow(): LinkNow {
    return linkNow(this.uplink?.linkVitals(), this.outbox, this.pipeline);
  }

  private async startPipelineAndDevices(): Promise<void> {
    const post = this.post;
    const outbox = this.outbox as Outbox;
    // The clock may depend on GPS sensors that do not exist yet: ask it lazily.
    const time: TimeSource = { now: () => (this.time ?? systemClock).now() };
    const pipeline = new Pipeline({ outbox, time, log: this.log, onDurable: () => this.uplink?.notify?.() });
    this.pipeline = pipeline;
    this.fusion = this.parts.createFusion({ post, sink: pipeline, log: this.log.child({ module: 'fusion' }) });
    const fusion = this.fusion;
    pipeline.observe((record) => fusion.observe(record));
    pipeline.observe((record) => this.doors.metrics.observeRecord(record));
    this.devices = await assembleDevices({ post, log: this.log, sink: pipeline, time, records: pipeline, link: () => this.linkNow() });
    this.time = this.parts.createTime({ post, devices: this.devices, log: this.log.child({ module: 'time' }) });
    pipeline.emit({
      event: {
        kind: v1.EventKind.EVENT_KIND_AGENT_STARTED,
        severity: v1.Severity.SEVERITY_INFO,
        source: 'agent',
        message: `agent ${agentVersion} started`,
        attributes: { boot_id: this.bootId, config_hash: this.loaded.hash },
      },
    });
    const starting = [...this.devices.buses.values(), ...this.devices.sensors.values()].map((component) =>
      component.start().catch((error: unknown) => this.log.error({ module: 'agent', component: component.name, err: describeError(error) }, 'component failed to start')),
    );
    await Promise.all(starting);
    this.reporter = new HealthReporter({
      components: () => this.components(),
      sink: pipeline,
      time,
      log: this.log,
      intervalMs: post.health.interval,
      outboxPath: resolve(post.outbox.path),
      outboxStats: () => this.outbox?.stats(),
      link: () => this.linkVitals(),
      position: () => this.position(),
    });
    this.reporter.start();
  }

  private async stopPipelineAndDevices(): Promise<void> {
    this.reporter?.stop();
    this.reporter = undefined;
    // Sensors first (no new records), then their buses, then what is in flight to the outbox.
    await bounded('sensors', Promise.allSettled([...this.devices.sensors.values()].map((sensor) => sensor.stop())), this.log);
    await bounded('buses', Promise.allSettled([...this.devices.buses.values()].map((bus) => bus.stop())), this.log);
    this.fusion?.stop();
    await bounded('pending records', this.pipeline?.stop() ?? Promise.resolve(), this.log);
    this.devices = { buses: new Map(), sensors: new Map() };
  }

  /** Stops polling, finishes enqueues under way, says offline, closes the store. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.doors.stop();
    await this.stopPipelineAndDevices();
    await bounded('uplink', this.uplink?.stop() ?? Promise.resolve(), this.log);
    await bounded('outbox', this.outbox?.close() ?? Promise.resolve(), this.log);
    this.log.info({ module: 'agent' }, 'agent stopped');
  }

  /**
   * Applies a new, already validated config. Devices, fusion and health restart; the outbox and
   * uplink restart only when their own sections (or the post's identity) changed, so a sensor
   * tweak does not drop the link.
   */
  async reload(next: LoadedConfig): Promise<void> {
    if (next.hash === this.loaded.hash) {
      this.log.info({ module: 'agent' }, 'config unchanged; nothing to reload');
      return;
    }
    const before = this.post;
    const after = next.config;
    const linkChanged = !isDeepStrictEqual(before.uplink, after.uplink) || !isDeepStrictEqual(before.post, after.post) || !isDeepStrictEqual(before.outbox, after.outbox);
    await this.stopPipelineAndDevices();
    this.loaded = next;
    if (linkChanged) {
      await bounded('uplink', this.uplink?.stop() ?? Promise.resolve(), this.log);
      await bounded('outbox', this.outbox?.close() ?? Promise.resolve(), this.log);
      this.outbox = this.parts.openOutbox(after, this.log.child({ module: 'outbox' }));
      this.uplink = this.parts.createUplink({ post: after, outbox: this.outbox, log: this.log.child({ module: 'uplink' }), state: this.stateFacts(), onCommand: (payload) => this.commands?.receive(payload) });
    }
    await this.startPipelineAndDevices();
    if (linkChanged) await this.uplink?.start().catch((error: unknown) => this.log.error({ module: 'agent', err: describeError(error) }, 'uplink did not start after reload'));
    this.pipeline?.emit({
      event: {
        kind: v1.EventKind.EVENT_KIND_CONFIG_RELOADED,
        severity: v1.Severity.SEVERITY_INFO,
        source: 'agent',
        message: `config reloaded from ${next.file}`,
        attributes: { config_hash: next.hash },
      },
    });
    this.log.info({ module: 'agent', link_restarted: linkChanged }, 'config reloaded');
  }
}

const systemClock: TimeSource = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) };
