import { describeError, OutpostError } from '../../../kernel/errors.js';
import type { GetLimits } from '../http-get.js';
import { HttpSnapshot } from '../http-snapshot.js';
import { RtspSnapshot } from '../rtsp/rtsp-snapshot.js';
import { safeUrl } from '../safe-url.js';
import type { FrameSource } from '../source-camera.js';
import type { CameraInfo, Frame } from '../types.js';
import { OnvifDevice, type OnvifProfile } from './device.js';

export interface OnvifSnapshotOptions extends GetLimits {
  /** The device service, e.g. http://10.0.0.20/onvif/device_service. */
  url: URL;
  /** The media profile's token or name; the first profile when not given. */
  profile?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  now?: () => number;
}

/**
 * Frames from an ONVIF camera: the device is asked once for its clock, what it is, its profiles
 * and the chosen profile's snapshot URI (GetSnapshotUri), then frames come through the HTTP
 * snapshot path with the same username and password (Digest or Basic, as the camera asks). A
 * camera without snapshots (they are optional in Profile S) gives its frames from the profile's
 * RTSP stream (GetStreamUri) through ffmpeg instead. An address that stops answering is asked
 * for again on the next grab: cameras hand out new ones after a reboot or a settings change.
 */
export class OnvifSnapshot implements FrameSource {
  private readonly device: OnvifDevice;
  private readonly label: string;
  private snapshot: FrameSource | undefined;
  private details: Omit<CameraInfo, 'url' | 'auth'> = {};

  constructor(private readonly options: OnvifSnapshotOptions) {
    this.label = safeUrl(options.url);
    this.device = new OnvifDevice({ url: options.url, username: options.username, password: options.password, limits: options, ...(options.now === undefined ? {} : { now: options.now }) });
  }

  close(): void {
    this.snapshot?.close?.();
  }

  info(): CameraInfo {
    const snapshot = this.snapshot?.info();
    const http = this.device.httpAuth === undefined ? '' : ` and http ${this.device.httpAuth}`;
    return { url: this.label, auth: `onvif ws-username-token${http}${snapshot === undefined ? '' : `, frames ${snapshot.auth}`}`, ...this.details, ...(snapshot?.server === undefined ? {} : { server: snapshot.server }) };
  }

  async grab(): Promise<Frame> {
    const snapshot = this.snapshot ?? (await this.resolve());
    try {
      const frame = await snapshot.grab();
      // The device service's clock is the one its tokens are checked against; a snapshot server's Date may differ.
      frame.cameraClockOffsetMs = this.device.clockOffsetMs;
      return frame;
    } catch (error) {
      if (error instanceof OutpostError && ['camera.not_found', 'camera.unreachable', 'camera.timeout'].includes(error.code)) this.snapshot = undefined;
      throw error;
    }
  }

  private async resolve(): Promise<FrameSource> {
    await this.device.syncClock();
    const information = await this.device.information();
    const profiles = await this.device.profiles();
    const profile = this.choose(profiles);
    const snapshotUri = await this.device.snapshotUri(profile.token).catch((error: unknown) => {
      if (error instanceof OutpostError && error.code === 'camera.onvif') return error;
      throw error;
    });
    const stream = await this.device.streamUri(profile.token).catch((error: unknown) => {
      if (snapshotUri instanceof OutpostError) throw new OutpostError(`ONVIF device ${this.label} gives neither a snapshot nor a stream for profile ${profile.token}: ${snapshotUri.message}; ${describeError(error)}`, { code: 'camera.onvif', hint: 'pick another profile, or use the camera\'s snapshot or RTSP address as url or rtsp' });
      return `not given (${describeError(error)})`;
    });
    const described = (item: OnvifProfile): string => [item.token, JSON.stringify(item.name), item.video].filter((part) => part !== undefined && part !== '').join(' ');
    this.details = {
      device: [information.manufacturer, information.model, information.firmware === undefined ? undefined : `firmware ${information.firmware}`].filter((part) => part !== undefined).join(' ') || 'not said',
      profiles: [profile, ...profiles.filter((item) => item !== profile)].map(described),
      snapshotUri: snapshotUri instanceof OutpostError ? `not given (${snapshotUri.message}): frames come from the stream` : safeUrl(snapshotUri),
      streamUri: typeof stream === 'string' ? stream : safeUrl(stream),
    };
    this.snapshot = snapshotUri instanceof URL ? new HttpSnapshot({ ...this.options, url: snapshotUri }) : new RtspSnapshot({ ...this.options, url: stream as URL });
    return this.snapshot;
  }

  private choose(profiles: OnvifProfile[]): OnvifProfile {
    const wanted = this.options.profile;
    const found = wanted === undefined ? profiles[0] : (profiles.find((profile) => profile.token === wanted) ?? profiles.find((profile) => profile.name === wanted));
    if (found !== undefined) return found;
    const known = profiles.map((profile) => `${profile.token} ("${profile.name}")`).join(', ') || 'none';
    throw new OutpostError(`ONVIF device ${this.label} has no media profile ${wanted === undefined ? 'at all' : `"${wanted}"`} (profiles: ${known})`, {
      code: 'camera.onvif_profile',
      hint: wanted === undefined ? 'create a media profile on the camera' : 'set profile to one of these tokens or names',
    });
  }
}
