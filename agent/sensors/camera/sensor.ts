import { v1, type outpost } from '../../../wire/index.js';
import { describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import { realTimers, type Timers } from '../../../kernel/timers.js';
import type { Camera, ClipRecorder, Frame } from '../../../drivers/camera/types.js';
import type { RecordFeed, RecordSink, TimeSource } from '../../runtime/records.js';
import type { LinkNow } from '../../runtime/kinds.js';
import { clipAround } from './clip.js';
import type { CameraSensorConfig } from './config.js';
import type { FrameStore } from './frame-store.js';
import { aboutOf, FullFrameSender } from './full-frames.js';
import { ALARM, REQUESTED, SCHEDULED, snapshotOf, type SnapshotCause } from './snapshot.js';
import { TamperDetector, type TamperChange } from './tamper/detector.js';
import { frameFeatures, GRID, pictureFeatures, type FrameFeatures } from './tamper/features.js';
import { TriggerWatch, type TriggerAction } from './triggers.js';

export interface CameraSensorOptions {
  name: string;
  config: CameraSensorConfig;
  camera: Camera;
  store: FrameStore;
  sink: RecordSink;
  time: TimeSource;
  log: Logger;
  records?: RecordFeed | undefined;
  /** The link now; with `full_frames.send: when_idle`, kept frames go up on their own when it is idle. */
  link?: (() => LinkNow) | undefined;
  timers?: Timers;
}

interface Burst {
  detectionIds: string[];
  incidentId?: string;
}

/**
 * The `camera` sensor: pictures from a camera bus as Snapshot records (bulk class).
 * - On alarm: a detection from a sensor under `triggers`, or an incident one of them takes part
 *   in, makes `frames` pictures `interval` apart, each linked to the detection (and to the
 *   incident once it is known).
 * - On schedule: one picture every `schedule`.
 * - Tamper: every frame taken, plus one every `tamper.check_every`, is analysed; a tamper is a
 *   fault in health and an Event when it is raised and when it clears.
 * - Clips: when the bus records them, each alarm also asks for one (pre + post seconds around
 *   it), alongside the frames rather than in their turn; stop waits for clips in flight.
 * Frames are taken one at a time, in order; a frame that fails is counted and the next goes on.
 */
export class CameraSensor implements Component {
  readonly name: string;
  private readonly state = new HealthState();
  private readonly log: Logger;
  private readonly watch: TriggerWatch;
  private readonly tamper: TamperDetector;
  private readonly timers: Timers;
  /** Sends kept frames when the link is idle (`full_frames.send: when_idle` on a post with an uplink). */
  private readonly fullFrames: FullFrameSender | undefined;
  private readonly counters = { frames: 0, snapshots: 0, alarms: 0, grab_failures: 0, frame_failures: 0, frames_not_kept: 0, thumbnail_bytes: 0, frame_age_s: -1, stored_frames: 0, stored_bytes: 0, clips: 0, clip_failures: 0, full_frames_sent: 0, full_frames_too_large: 0 };
  /** Alarms with frames still to take or a clip still being recorded: an incident emitted meanwhile is linked to them. */
  private readonly bursts = new Set<Burst>();
  /** Clips being recorded, which stop waits for. */
  private readonly clipping = new Set<Promise<void>>();
  private readonly scheduled = new Set<unknown>();
  /** Pauses between alarm frames, ended early by stop() so that it never waits on a cleared timer. */
  private readonly pauses = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private lastFrameUnixMs: number | undefined;
  private unsubscribe: (() => void) | undefined;
  private running = false;

  constructor(private readonly options: CameraSensorOptions) {
    this.name = `sensor:${options.name}`;
    this.log = options.log.child({ module: 'camera', device: options.name });
    this.watch = new TriggerWatch(options.config.triggers);
    const { tamper } = options.config;
    this.tamper = new TamperDetector({ darkLevel: tamper.dark_level, frozenFrames: tamper.frozen_frames, blurRatio: tamper.blur_ratio, sceneOverlap: tamper.scene_overlap });
    this.timers = options.timers ?? realTimers;
    const { full_frames: fullFrames } = options.config;
    if (fullFrames.send === 'when_idle' && options.link !== undefined) {
      this.fullFrames = new FullFrameSender({ store: options.store, sink: options.sink, link: options.link, maxDelayMs: fullFrames.max_delay, timers: this.timers, log: this.log, counters: this.counters });
    }
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.records?.observe((record) => this.onRecord(record));
    const { config } = this.options;
    if (config.schedule > 0) this.every(config.schedule, () => this.enqueue(async () => void (await this.shoot({ reason: SCHEDULED, frameIndex: 1, frameCount: 1 }))));
    if (config.tamper.check_every > 0) this.every(config.tamper.check_every, () => this.enqueue(() => this.check()));
    // A first frame at once: it proves the camera and starts the tamper baselines.
    void this.enqueue(() => this.check());
    this.fullFrames?.start();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const timer of this.scheduled) this.timers.clearTimeout(timer);
    this.scheduled.clear();
    for (const wake of this.pauses) wake();
    this.pauses.clear();
    await this.fullFrames?.stop();
    await this.queue;
    await Promise.all(this.clipping);
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    const now = this.options.time.now().unixMs;
    if (this.lastFrameUnixMs !== undefined) this.counters.frame_age_s = Math.round((now - this.lastFrameUnixMs) / 1000);
    if (this.running) {
      const camera = this.options.camera.health();
      const tampers = [...this.tamper.raised.values()];
      if (camera.status === 'fault' || camera.status === 'degraded') this.state.set(camera.status, `camera ${this.options.config.bus}: ${camera.message ?? 'not working'}`);
      else if (tampers.length > 0) this.state.set('fault', `tamper: ${tampers.join('; ')}`);
      else this.state.set('ok');
    }
    return this.state.snapshot(this.counters);
  }

  /** Runs when the work before it has finished: one frame at a time. */
  /** One picture now, in turn with the others (the centre's `snapshot` command); undefined when no frame came. */
  async snapshotNow(): Promise<outpost.v1.ISnapshot | undefined> {
    let taken: outpost.v1.ISnapshot | undefined;
    await this.enqueue(async () => {
      taken = await this.shoot({ reason: REQUESTED, frameIndex: 1, frameCount: 1 });
    });
    return taken;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work).catch((error: unknown) => this.log.error({ err: describeError(error) }, 'camera work failed'));
    this.queue = next;
    return next;
  }

  private every(ms: number, work: () => Promise<void>): void {
    const arm = (): void => {
      const timer = this.timers.setTimeout(() => {
        this.scheduled.delete(timer);
        if (!this.running) return;
        void work().finally(() => this.running && arm());
      }, ms);
      this.scheduled.add(timer);
    };
    arm();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        this.pauses.delete(wake);
        resolve();
      };
      const timer = this.timers.setTimeout(() => {
        this.scheduled.delete(timer);
        wake();
      }, ms);
      this.scheduled.add(timer);
      this.pauses.add(wake);
    });
  }

  private onRecord(record: outpost.v1.IRecord): void {
    if (!this.running) return;
    const action = this.watch.consider(record);
    if (action === undefined) return;
    if (action.type === 'link') {
      for (const burst of this.bursts) {
        if (burst.detectionIds.some((id) => action.detectionIds.includes(id))) burst.incidentId = action.incidentId;
      }
      return;
    }
    this.counters.alarms++;
    const burst: Burst = { detectionIds: action.detectionId === undefined ? [] : [action.detectionId] };
    if (action.incidentId !== undefined) burst.incidentId = action.incidentId;
    this.bursts.add(burst);
    // The clip is asked for now, not in the frames' turn: its pre seconds are counted from the alarm.
    const clips = this.options.camera.clips;
    const clipping = clips === undefined ? Promise.resolve() : this.clip(clips, action, burst);
    this.clipping.add(clipping);
    void clipping.finally(() => this.clipping.delete(clipping));
    void Promise.all([this.enqueue(() => this.alarm(action, burst)), clipping]).finally(() => this.bursts.delete(burst));
  }

  private async alarm(action: Extract<TriggerAction, { type: 'shoot' }>, burst: Burst): Promise<void> {
    const { frames, interval } = this.options.config;
    this.log.info({ trigger: action.sensor, detection: action.detectionId, incident: action.incidentId }, 'alarm: taking pictures');
    for (let index = 1; index <= frames && this.running; index++) {
      if (index > 1) await this.wait(interval);
      if (!this.running) break;
      await this.shoot({ reason: ALARM, detectionId: action.detectionId, incidentId: burst.incidentId, triggerSensor: action.sensor, frameIndex: index, frameCount: frames });
    }
  }

  /** The clip around an alarm, kept in the frame store and named by a Snapshot record; a failure is counted and logged. */
  private async clip(clips: ClipRecorder, action: Extract<TriggerAction, { type: 'shoot' }>, burst: Burst): Promise<void> {
    const asked = this.options.time.now();
    try {
      const cause = { reason: ALARM, detectionId: action.detectionId, incidentId: action.incidentId, triggerSensor: action.sensor };
      const { snapshot, kept, cutShort } = await clipAround(clips, cause, () => burst.incidentId, { camera: this.options.config.bus, store: this.options.store }, asked.unixMs);
      this.options.sink.emit({ snapshot, timeUnixMs: asked.unixMs, timeQuality: asked.quality });
      this.counters.clips++;
      if (kept) await this.sendLater(snapshot);
      if (cutShort !== undefined) this.log.warn({ clip: snapshot.id, reason: cutShort }, 'the clip was cut short: the stream stopped during it');
      if (!kept) this.log.warn({ folder: this.options.store.folder, clip: snapshot.id }, 'the clip was not kept (larger than store.max_size, or the disk is full or read-only)');
      const usage = this.options.store.usage;
      this.counters.stored_frames = usage.frames;
      this.counters.stored_bytes = usage.bytes;
    } catch (error) {
      this.counters.clip_failures++;
      this.log.warn({ err: describeError(error) }, 'no clip of the alarm');
    }
  }

  /** One picture: grabbed, sent as a thumbnail, kept in full, and analysed for tamper from the thumbnail's decode. */
  private async shoot(cause: SnapshotCause): Promise<outpost.v1.ISnapshot | undefined> {
    const frame = await this.grab();
    if (frame === undefined) return undefined;
    const taken = this.options.time.now();
    try {
      const { snapshot, kept, decoded } = await snapshotOf(frame, cause, { camera: this.options.config.bus, store: this.options.store, thumbnail: { width: this.options.config.thumbnail.width, maxBytes: this.options.config.thumbnail.max_size } }, taken.unixMs);
      // A thumbnail narrower than the analysis grid would blur it: the JPEG is decoded again for tamper then.
      await this.analyse(() => (decoded.width >= GRID.width ? pictureFeatures(decoded) : frameFeatures(frame.bytes)), taken.unixMs);
      this.options.sink.emit({ snapshot, timeUnixMs: taken.unixMs, timeQuality: taken.quality });
      this.counters.snapshots++;
      if (kept) await this.sendLater(snapshot);
      if (!kept) {
        this.counters.frames_not_kept++;
        this.log.warn({ folder: this.options.store.folder }, 'the full frame was not kept (larger than store.max_size, or the disk is full or read-only); only its thumbnail was sent');
      }
      this.counters.thumbnail_bytes = snapshot.data?.length ?? 0;
      const usage = this.options.store.usage;
      this.counters.stored_frames = usage.frames;
      this.counters.stored_bytes = usage.bytes;
      return snapshot;
    } catch (error) {
      this.counters.frame_failures++;
      this.log.warn({ err: describeError(error) }, 'a frame could not be made into a snapshot');
      await this.analyse(() => frameFeatures(frame.bytes), taken.unixMs);
      return undefined;
    }
  }

  /** With `when_idle`, marks a kept frame (or clip) to go up the link on its own, linked as its record is. */
  private async sendLater(snapshot: outpost.v1.ISnapshot): Promise<void> {
    if (this.fullFrames === undefined || snapshot.id == null) return;
    await this.options.store.awaitSending(snapshot.id, aboutOf(snapshot)).catch((error: unknown) => this.log.warn({ err: describeError(error), frame: snapshot.id }, 'the full frame will not be sent on its own (fetch-file still returns it)'));
  }

  /** A frame only for tamper analysis and frame age. */
  private async check(): Promise<void> {
    const frame = await this.grab();
    if (frame !== undefined) await this.analyse(() => frameFeatures(frame.bytes), this.options.time.now().unixMs);
  }

  private async grab(): Promise<Frame | undefined> {
    try {
      const frame = await this.options.camera.grab();
      this.counters.frames++;
      this.lastFrameUnixMs = this.options.time.now().unixMs;
      return frame;
    } catch (error) {
      this.counters.grab_failures++;
      this.log.debug({ err: describeError(error) }, 'no frame');
      return undefined;
    }
  }

  private async analyse(features: () => Promise<FrameFeatures>, atUnixMs: number): Promise<void> {
    let changes: TamperChange[];
    try {
      changes = this.tamper.observe(await features(), atUnixMs);
    } catch (error) {
      this.counters.frame_failures++;
      this.log.warn({ err: describeError(error) }, 'a frame could not be analysed for tamper');
      return;
    }
    for (const change of changes) {
      if (change.active) this.log.warn({ tamper: change.kind, ...change.figures }, change.message);
      else this.log.info({ tamper: change.kind }, change.message);
      this.options.sink.emit({
        event: {
          kind: v1.EventKind.EVENT_KIND_TAMPER,
          severity: change.active ? v1.Severity.SEVERITY_ALARM : v1.Severity.SEVERITY_INFO,
          source: this.name,
          message: `camera ${this.options.config.bus}: ${change.message}`,
          attributes: { tamper: change.kind, state: change.active ? 'raised' : 'cleared', ...Object.fromEntries(Object.entries(change.figures).map(([key, value]) => [key, String(value)])) },
        },
      });
    }
  }
}
