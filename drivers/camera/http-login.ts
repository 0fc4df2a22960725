import { OutpostError } from '../../kernel/errors.js';
import { parseChallenges } from './challenge.js';
import { DigestSession, strongestDigest } from './digest.js';
import type { GetAnswer } from './http-get.js';

/**
 * One camera's HTTP login, shared by every request to it (snapshots, and ONVIF's SOAP calls on
 * cameras that ask for HTTP Digest): the camera's 401 decides between Basic and Digest, Digest
 * when both are offered. The Digest nonce is reused with the count going up, so a request
 * costs one round trip once the first has been answered.
 */
export class HttpLogin {
  private readonly digest: DigestSession;
  private basic = false;

  constructor(
    private readonly username: string,
    private readonly password: string,
  ) {
    this.digest = new DigestSession(username, password);
  }

  /** `basic`, `digest MD5`, `digest SHA-256`..., or undefined before a camera has asked. */
  get auth(): string | undefined {
    if (this.digest.algorithm !== undefined) return `digest ${this.digest.algorithm}`;
    return this.basic ? 'basic' : undefined;
  }

  /**
   * Sends a request (`send` makes it afresh each time, with the Authorization header given) and
   * answers the camera's 401: once to a first challenge (or an expired nonce), once more to
   * `stale=true` (the password was right, only the nonce is old). A 401 to fresh credentials is
   * `camera.auth`, "refused the username and password".
   */
  async send(method: string, uri: string, send: (authorization: string | undefined) => Promise<GetAnswer>, label: string): Promise<GetAnswer> {
    const first = await send(this.header(method, uri));
    if (first.status !== 401) return first;
    this.challenged(first, label);
    const second = await send(this.header(method, uri));
    if (second.status !== 401) return second;
    const again = strongestDigest(parseChallenges(second.challenges));
    if (typeof again === 'object' && again.stale) {
      this.digest.accept(again);
      const third = await send(this.header(method, uri));
      if (third.status !== 401) return third;
    }
    this.digest.forget();
    this.basic = false;
    throw new OutpostError(`${label} refused the username and password (HTTP 401)`, { code: 'camera.auth', hint: "check username and password against the camera's users; some cameras lock a user out for a while after failed logins" });
  }

  private header(method: string, uri: string): string | undefined {
    const digest = this.digest.authorization(method, uri);
    if (digest !== undefined) return digest;
    return this.basic ? `Basic ${Buffer.from(`${this.username}:${this.password}`, 'utf8').toString('base64')}` : undefined;
  }

  /** Takes the scheme the 401 asks for, or says why none can be given. */
  private challenged(answer: GetAnswer, label: string): void {
    const challenges = parseChallenges(answer.challenges);
    const digest = strongestDigest(challenges);
    if (typeof digest === 'object') {
      this.digest.accept(digest);
      this.basic = false;
    } else if (challenges.some((challenge) => challenge.scheme === 'basic')) {
      this.digest.forget();
      this.basic = true;
    } else {
      const why = typeof digest === 'string' ? digest : `it offers ${challenges.map((challenge) => challenge.scheme).join(', ') || 'no scheme we know'}`;
      throw new OutpostError(`${label} asks for a login we cannot give: ${why}`, { code: 'camera.auth', hint: 'set the camera to Basic or Digest (MD5 or SHA-256) authentication' });
    }
  }
}
