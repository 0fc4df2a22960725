import type { Bus } from '../../kernel/bus.js';

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
}
