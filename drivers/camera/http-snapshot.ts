import { OutpostError } from '../../kernel/errors.js';
import { parseChallenges } from './challenge.js';
import { DigestSession, strongestDigest } from './digest.js';
import { boundedGet, type GetAnswer, type GetLimits } from './http-get.js';
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
  private readonly username: string | undefined;
  private readonly password: string;
  private readonly digest: DigestSession | undefined;
  private basic = false;
  private lastStatus: number | undefined;
  private readonly now: () => number;
  /** The camera's Server header, once it has answered. */
  server: string | undefined;

  constructor(private readonly options: HttpSnapshotOptions) {
    this.label = safeUrl(options.url);
    this.target = new URL(options.url.href);
    this.username = options.username ?? (options.url.username === '' ? undefined : decodeURIComponent(options.url.username));
    this.password = options.password ?? decodeURIComponent(options.url.password);
    this.target.username = '';
    this.target.password = '';
    this.now = options.now ?? Date.now;
    if (this.username !== undefined) this.digest = new DigestSession(this.username, this.password);
  }

  /** How this camera is met: `none`, `basic`, `digest MD5`... (`unknown` before the first grab). */
  get auth(): string {
    if (this.digest?.algorithm !== undefined) return `digest ${this.digest.algorithm}`;
    if (this.basic) return 'basic';
    return this.lastStatus === undefined ? 'unknown' : 'none';
  }

  info(): CameraInfo {
    const info: CameraInfo = { url: this.label, auth: this.auth };
    if (this.server !== undefined) info.server = this.server;
    return info;
  }

  async grab(): Promise<Frame> {
    const requestedUnixMs = this.now();
    let answer = await this.send();
    if (answer.status === 401) answer = await this.answerChallenge(answer);
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

  private send(): Promise<GetAnswer> {
    const headers: Record<string, string> = { accept: 'image/jpeg, image/*;q=0.8', 'user-agent': 'outpost-camera' };
    const uri = `${this.target.pathname}${this.target.search}`;
    const digest = this.digest?.authorization('GET', uri);
    if (digest !== undefined) headers['authorization'] = digest;
    else if (this.basic && this.username !== undefined) headers['authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`, 'utf8').toString('base64')}`;
    return boundedGet(this.target, headers, this.options, this.label);
  }

  /**
   * A 401: answer the challenge once (a first request, an expired nonce, or `stale=true`, which
   * says the password was right and only the nonce is old). A second 401 to fresh credentials
   * means they are wrong.
   */
  private async answerChallenge(first: GetAnswer): Promise<GetAnswer> {
    if (this.username === undefined || this.digest === undefined) {
      throw new OutpostError(`${this.label} asks for a login, and no username is configured`, { code: 'camera.auth', hint: 'set username and password on the camera bus (use ${VAR} to keep them out of the file)' });
    }
    const challenges = parseChallenges(first.challenges);
    const digest = strongestDigest(challenges);
    if (typeof digest === 'object') {
      this.digest.accept(digest);
      this.basic = false;
    } else if (challenges.some((challenge) => challenge.scheme === 'basic')) {
      this.digest.forget();
      this.basic = true;
    } else {
      const why = typeof digest === 'string' ? digest : `it offers ${challenges.map((challenge) => challenge.scheme).join(', ') || 'no scheme we know'}`;
      throw new OutpostError(`${this.label} asks for a login we cannot give: ${why}`, { code: 'camera.auth', hint: 'set the camera to Basic or Digest (MD5 or SHA-256) authentication' });
    }
    const second = await this.send();
    if (second.status !== 401) return second;
    const again = strongestDigest(parseChallenges(second.challenges));
    if (typeof again === 'object' && again.stale) {
      this.digest.accept(again);
      const third = await this.send();
      if (third.status !== 401) return third;
    }
    this.digest.forget();
    this.basic = false;
    throw new OutpostError(`${this.label} refused the username and password (HTTP 401)`, { code: 'camera.auth', hint: "check username and password against the camera's users; some cameras lock a user out for a while after failed logins" });
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
