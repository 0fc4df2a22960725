import type { Bus } from '../../kernel/bus.js';
import type { ComponentHealthReport } from '../../kernel/component.js';

/** One picture from a camera, as it came off the wire. */
export interface Frame {
  bytes: Buffer;
  /** As the camera declared it, e.g. `image/jpeg`. */
  contentType: string;
  /**
   * When the request was sent, by the post's clock (ms since the Unix epoch). The camera's own
   * clock is never used for this: cameras drift, reset to 1970 after a power cut, or run in
   * another time zone.
   */
  requestedUnixMs: number;
  /** When the last byte arrived, by the post's clock. */
  receivedUnixMs: number;
  /** The camera's Date header minus the post's clock, ms, when it sent one: for health only. */
  cameraClockOffsetMs?: number;
}

/** What a camera is, for health and `outpost probe camera`. */
export interface CameraInfo {
  /** The snapshot URL with credentials and secret query values removed: safe to print. */
  url: string;
  /** `basic`, `digest MD5`, `digest SHA-256`, or `none`, once a request has met the camera. */
  auth: string;
  /** The camera's Server header, when it sends one. */
  server?: string;
  /** ONVIF cameras: manufacturer, model and firmware from GetDeviceInformation. */
  device?: string;
  /** ONVIF cameras: every media profile as `token "name" encoding size`, the one in use first. */
  profiles?: string[];
  /** ONVIF cameras: the snapshot and stream addresses of the profile in use, safe to print. */
  snapshotUri?: string;
  streamUri?: string;
}

/**
 * A camera bus (drivers/camera). `grab()` resolves with one frame or rejects with an
 * OutpostError whose `code` says why (`camera.unreachable`, `camera.timeout`, `camera.auth`,
 * `camera.not_found`, `camera.not_image`, `camera.too_large`, `camera.http`); its text names the
 * URL without credentials. A grab never takes longer than the bus's `timeout`, and never holds
 * more than `max_image` bytes. Reachability is in `health()`: a failed grab marks the camera
 * faulty and it is tried again with backoff; a grab while faulty tries at once.
 */
export interface Camera extends Bus<'Camera'> {
  grab(): Promise<Frame>;
  info(): CameraInfo;
  /** Pre/post-event clips, when the bus records them (`clip:` under an `rtsp` camera). */
  readonly clips?: ClipRecorder | undefined;
}

/** A clip written to a file by `ClipRecorder.clip`. */
export interface ClipFile {
  bytes: number;
  contentType: string;
  /** What it covers by the post's clock (ms since the Unix epoch), whole segments, so a little more than asked. */
  startUnixMs: number;
  endUnixMs: number;
  /** Why it ends before the `post` seconds asked for (the stream stopped), if it does. */
  cutShort?: string;
}

/**
 * A rolling buffer of the camera's last seconds of video. `clip(into)` is asked at the alarm:
 * it waits until `postMs` after the call has been recorded, then writes `preMs` before the call
 * to `postMs` after it into the file `into`, and resolves with what it wrote. It rejects with an
 * OutpostError (`camera.clip`...) when the recorder is not running or holds nothing of that
 * span; a stream that stops during the wait gives what was recorded, marked `cutShort`, never a
 * hang. Its `health()` is the recorder's: a fault while it cannot record, with the reason.
 */
export interface ClipRecorder {
  readonly preMs: number;
  readonly postMs: number;
  clip(into: string): Promise<ClipFile>;
  health(): ComponentHealthReport;
}
