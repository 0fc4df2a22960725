import { v1, type outpost } from '../../../wire/index.js';
import { describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import type { Timers } from '../../../kernel/timers.js';
import type { LinkNow } from '../../runtime/kinds.js';
import type { RecordSink } from '../../runtime/records.js';
import type { FrameStore, UnsentFrame } from './frame-store.js';

/** How often the link is looked at for a chance to send a frame: an idle link is found within this. */
export const FULL_FRAME_CHECK_MS = 2_000;
/**
 * Larger files are never sent on their own (fetch-file still returns them): the centre refuses
 * envelopes over 8 MiB (wire/envelope-limits.ts), and a record goes in one envelope.
 */
export const MAX_SENT_BYTES = 6 * 1024 * 1024;

export interface FullFrameSenderOptions {
  store: FrameStore;
  sink: RecordSink;
  link: () => LinkNow;
  /** A frame goes only if the measured delivery rate sends it within this (`full_frames.max_delay`). */
  maxDelayMs: number;
  timers: Timers;
  log: Logger;
  /** Counts frames sent and frames too large to send on their own. */
  counters: { full_frames_sent: number; full_frames_too_large: number };
}

/**
 * `full_frames.send: when_idle`: the frames (and clips) the camera kept go up the link on their
 * own, newest first, as Snapshot records with the full picture in `data` (full_size_bytes 0: it
 * is the frame itself) and the same id, camera, reason and detection/incident links as the
 * thumbnail's record. One goes only when the link is connected, its measured rate sends it
 * within `max_delay`, and nothing waits in the outbox or the pipeline: not an alarm, not a
 * reading, not a thumbnail, not the frame sent before (it stays in the outbox until acked). So
 * an alarm waits behind at most one frame, and at most `max_delay`.
 */
export class FullFrameSender {
  private timer: unknown;
  private running = false;
  private sending: Promise<void> = Promise.resolve();
  /** The last rate the acks measured on this connection: an idle link has no fresh samples, and idle is when frames go. */
  private knownRate = 0;

  constructor(private readonly options: FullFrameSenderOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.arm();
  }

  /** Stops looking; waits for a frame being read or marked. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    await this.sending;
  }

  /** One look at the link: sends the newest unsent frame when it may go. Resolves true when one was sent. */
  async tryOnce(): Promise<boolean> {
    const link = this.options.link();
    // A new connection may be another route (the fallback modem): its rate is measured afresh.
    this.knownRate = link.connected ? link.deliveryRateBytesPerS || this.knownRate : 0;
    const { alarm, status, bulk, unstored } = link.waiting;
    if (this.knownRate <= 0 || alarm + status + bulk + unstored > 0) return false;
    const next = await this.options.store.nextUnsent();
    if (next === undefined) return false;
    if (next.bytes > MAX_SENT_BYTES) {
      this.options.counters.full_frames_too_large++;
      this.options.log.info({ frame: next.id, bytes: next.bytes }, 'a kept file is too large to send on its own; fetch-file returns it');
      await this.options.store.sent(next.id);
      return false;
    }
    if ((next.bytes / this.knownRate) * 1000 > this.options.maxDelayMs) return false;
    const frame = await this.options.store.readUnsent(next.id);
    if (frame === undefined) return false;
    this.options.sink.emit({ snapshot: fullSnapshot(frame), timeUnixMs: frame.takenUnixMs });
    // Marked after the emit: a restart in between sends it twice rather than never.
    await this.options.store.sent(frame.id);
    this.options.counters.full_frames_sent++;
    return true;
  }

  private arm(): void {
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined;
      if (!this.running) return;
      this.sending = this.tryOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.options.log.warn({ err: describeError(error) }, 'a full frame could not be sent'))
        .finally(() => this.running && this.arm());
    }, FULL_FRAME_CHECK_MS);
  }
}

/** The thumbnail's record with the full picture instead: same id and links, the full size as the picture's. */
export function fullSnapshot(frame: UnsentFrame): outpost.v1.ISnapshot {
  const snapshot = v1.Snapshot.decode(frame.about);
  snapshot.id = frame.id;
  snapshot.contentType = frame.type;
  snapshot.data = frame.bytes;
  snapshot.fullSizeBytes = 0;
  if (frame.type === 'image/jpeg') {
    snapshot.width = snapshot.fullWidth;
    snapshot.height = snapshot.fullHeight;
  }
  return snapshot;
}

/** What a frame's record says, without its picture: kept beside the frame until it is sent on its own. */
export function aboutOf(snapshot: outpost.v1.ISnapshot): Uint8Array {
  return v1.Snapshot.encode({ ...snapshot, data: new Uint8Array(0) }).finish();
}
