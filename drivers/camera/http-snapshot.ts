import { OutpostError } from '../../kernel/errors.js';
import { boundedGet, type GetAnswer, type GetLimits } from './http-get.js';
import { HttpLogin } from './http-login.js';
import { checkJpeg } from './image-check.js';
import { safeUrl } from './safe-url.js';
import type { CameraInfo, Frame } from './types.js';

export interface HttpSnapshotOptions extends GetLimits {
  url: URL;
  username?: string | undefined;
  password?: string | undefined;
  /** The post's clock. */
  now?: () => number;
}

/**
 * Fetches JPEG snapshots over HTTP: no auth, Basic, or Digest (the camera's 401 decides; Digest
 * is preferred when both are offered, its nonce reused with the count going up). Credentials
 * come from the config or from the URL's user:password part.
 */
export class HttpSnapshot {
  readonly label: string;
  private readonly target: URL;
  private readonly login: HttpLogin | undefined;
  private lastStatus: number | undefined;
  private readonly now: () => number;
  /** The camera's Server header, once it has answered. */
  server: string | undefined;

  constructor(private readonly options: HttpSnapshotOptions) {
    this.label = safeUrl(options.url);
    this.target = new URL(options.url.href);
    const username = options.username ?? (options.url.username === '' ? undefined : decodeURIComponent(options.url.username));
    const password = options.password ?? decodeURIComponent(options.url.password);
    this.target.username = '';
    this.target.password = '';
    this.now = options.now ?? Date.now;
    if (username !== undefined) this.login = new HttpLogin(username, password);
  }

  /** How this camera is met: `none`, `basic`, `digest MD5`... (`unknown` before the first grab). */
  get auth(): string {
    return this.login?.auth ?? (this.lastStatus === undefined ? 'unknown' : 'none');
  }

  info(): CameraInfo {
    const info: CameraInfo = { url: this.label, auth: this.auth };
    if (this.server !== undefined) info.server = this.server;
    return info;
  }

  async grab(): Promise<Frame> {
    const requestedUnixMs = this.now();
    const answer = await this.send();
    this.lastStatus = answer.status;
    const server = answer.headers.server;
    if (typeof server === 'string') this.server = server;
    if (answer.status !== 200) throw this.statusError(answer);
    const contentType = answer.headers['content-type'];
    checkJpeg(answer.body, contentType, this.label);
    const receivedUnixMs = this.now();
    const frame: Frame = { bytes: answer.body, contentType: contentType ?? 'image/jpeg', requestedUnixMs, receivedUnixMs };
    const cameraDate = Date.parse(answer.headers.date ?? '');
    if (Number.isFinite(cameraDate)) frame.cameraClockOffsetMs = cameraDate - receivedUnixMs;
    return frame;
  }

  private async send(): Promise<GetAnswer> {
    const get = (authorization: string | undefined): Promise<GetAnswer> => {
      const headers: Record<string, string> = { accept: 'image/jpeg, image/*;q=0.8', 'user-agent': 'outpost-camera' };
      if (authorization !== undefined) headers['authorization'] = authorization;
      return boundedGet(this.target, headers, this.options, this.label);
    };
    if (this.login !== undefined) return this.login.send('GET', `${this.target.pathname}${this.target.search}`, get, this.label);
    const answer = await get(undefined);
    if (answer.status === 401) throw new OutpostError(`${this.label} asks for a login, and no username is configured`, { code: 'camera.auth', hint: 'set username and password on the camera bus (use ${VAR} to keep them out of the file)' });
    return answer;
  }

  private statusError(answer: GetAnswer): OutpostError {
    if (answer.status === 404) {
      return new OutpostError(`${this.label} does not exist on the camera (HTTP 404)`, { code: 'camera.not_found', hint: "check the path in url against the camera's manual (e.g. /cgi-bin/snapshot.cgi, /ISAPI/Streaming/channels/101/picture)" });
    }
    if (answer.status === 403) {
      return new OutpostError(`${this.label} forbids this user to take snapshots (HTTP 403)`, { code: 'camera.auth', hint: 'give the user the right to view or take snapshots on the camera' });
    }
    return new OutpostError(`${this.label} answered HTTP ${answer.status} instead of a picture`, { code: 'camera.http', retryable: answer.status >= 500, hint: answer.status >= 500 ? 'the camera failed; it is tried again' : 'check url against the camera manual' });
  }
}
