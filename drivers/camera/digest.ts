import { createHash, randomBytes } from 'node:crypto';
import type { Challenge } from './challenge.js';

/**
 * An HTTP Digest client session (RFC 7616) for one camera: MD5, SHA-256 and their `-sess`
 * forms, qop=auth (or none, for RFC 2069 cameras), userhash. The nonce is reused for the
 * following requests with the nonce count (`nc`) counting up, so a snapshot every few seconds
 * costs one round trip, not two; a `stale=true` answer swaps the nonce and resets the count.
 *
 * Written here rather than taken from npm: the small packages (digest-fetch, digest-header)
 * support MD5 only or wrap fetch with their own retry loop, which would bypass our size and
 * time limits, and none handles `stale` as RFC 7616 says.
 */
export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';

const ALGORITHMS: Record<string, DigestAlgorithm> = { 'md5': 'MD5', 'md5-sess': 'MD5-sess', 'sha-256': 'SHA-256', 'sha-256-sess': 'SHA-256-sess' };
const STRENGTH: Record<DigestAlgorithm, number> = { 'SHA-256': 4, 'SHA-256-sess': 3, MD5: 2, 'MD5-sess': 1 };

export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  algorithm: DigestAlgorithm;
  /** `auth` when the server offers it; undefined for an RFC 2069 server that offers no qop. */
  qop?: 'auth';
  userhash: boolean;
  stale: boolean;
}

/** Why a Digest challenge cannot be answered (an unknown algorithm, auth-int only), or the challenge. */
export function readDigestChallenge(challenge: Challenge): DigestChallenge | string {
  const { params } = challenge;
  const algorithm = ALGORITHMS[(params['algorithm'] ?? 'MD5').toLowerCase()];
  if (algorithm === undefined) return `digest algorithm ${params['algorithm']} is not supported (MD5, SHA-256 and their -sess forms are)`;
  if (params['nonce'] === undefined || params['realm'] === undefined) return 'digest challenge without a nonce or realm';
  const offered = params['qop']?.split(',').map((item) => item.trim().toLowerCase());
  if (offered !== undefined && !offered.includes('auth')) return `digest qop ${params['qop']} is not supported (auth is)`;
  const read: DigestChallenge = {
    realm: params['realm'],
    nonce: params['nonce'],
    algorithm,
    userhash: params['userhash']?.toLowerCase() === 'true',
    stale: params['stale']?.toLowerCase() === 'true',
  };
  if (offered !== undefined) read.qop = 'auth';
  if (params['opaque'] !== undefined) read.opaque = params['opaque'];
  return read;
}

/** The strongest Digest challenge we can answer, or why none can be answered. */
export function strongestDigest(challenges: readonly Challenge[]): DigestChallenge | string | undefined {
  const digests = challenges.filter((challenge) => challenge.scheme === 'digest').map(readDigestChallenge);
  const usable = digests.filter((digest): digest is DigestChallenge => typeof digest !== 'string');
  usable.sort((a, b) => STRENGTH[b.algorithm] - STRENGTH[a.algorithm]);
  return usable[0] ?? digests[0];
}

export interface DigestInputs {
  username: string;
  password: string;
  method: string;
  /** The request-target as sent: path and query. */
  uri: string;
  nc: number;
  cnonce: string;
}

function hash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm.startsWith('SHA-256') ? 'sha256' : 'md5').update(text, 'utf8').digest('hex');
}

/** The `response` value of RFC 7616 §3.4.1. */
export function digestResponse(challenge: DigestChallenge, inputs: DigestInputs): string {
  const { algorithm } = challenge;
  let ha1 = hash(algorithm, `${inputs.username}:${challenge.realm}:${inputs.password}`);
  if (algorithm.endsWith('-sess')) ha1 = hash(algorithm, `${ha1}:${challenge.nonce}:${inputs.cnonce}`);
  const ha2 = hash(algorithm, `${inputs.method}:${inputs.uri}`);
  if (challenge.qop === undefined) return hash(algorithm, `${ha1}:${challenge.nonce}:${ha2}`);
  return hash(algorithm, `${ha1}:${challenge.nonce}:${ncText(inputs.nc)}:${inputs.cnonce}:${challenge.qop}:${ha2}`);
}

/** The Authorization header value for these inputs. */
export function digestAuthorization(challenge: DigestChallenge, inputs: DigestInputs): string {
  const username = challenge.userhash ? hash(challenge.algorithm, `${inputs.username}:${challenge.realm}`) : inputs.username;
  const parts = [
    `username=${quote(username)}`,
    `realm=${quote(challenge.realm)}`,
    `nonce=${quote(challenge.nonce)}`,
    `uri=${quote(inputs.uri)}`,
    `algorithm=${challenge.algorithm}`,
    `response=${quote(digestResponse(challenge, inputs))}`,
  ];
  if (challenge.opaque !== undefined) parts.push(`opaque=${quote(challenge.opaque)}`);
  if (challenge.qop !== undefined) parts.push(`qop=${challenge.qop}`, `nc=${ncText(inputs.nc)}`, `cnonce=${quote(inputs.cnonce)}`);
  if (challenge.userhash) parts.push('userhash=true');
  return `Digest ${parts.join(', ')}`;
}

function ncText(nc: number): string {
  return nc.toString(16).padStart(8, '0');
}

function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/** One camera's Digest state: the current nonce and its count, reused across requests. */
export class DigestSession {
  private challenge: DigestChallenge | undefined;
  private nc = 0;

  constructor(
    private readonly username: string,
    private readonly password: string,
    private readonly cnonce: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  /** Whether a nonce is held, so the next request can carry credentials before being asked. */
  get primed(): boolean {
    return this.challenge !== undefined;
  }

  get algorithm(): DigestAlgorithm | undefined {
    return this.challenge?.algorithm;
  }

  /** A new challenge from a 401: a new nonce, the count starts again. */
  accept(challenge: DigestChallenge): void {
    this.challenge = challenge;
    this.nc = 0;
  }

  forget(): void {
    this.challenge = undefined;
    this.nc = 0;
  }

  /** The Authorization header for the next request, counting the nonce's use. */
  authorization(method: string, uri: string): string | undefined {
    if (this.challenge === undefined) return undefined;
    this.nc += 1;
    return digestAuthorization(this.challenge, { username: this.username, password: this.password, method, uri, nc: this.nc, cnonce: this.cnonce() });
  }
}
