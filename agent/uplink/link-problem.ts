import { OutpostError, describeError, systemCode, withoutStack } from '../../kernel/errors.js';
import type { ComponentStatus } from '../../kernel/component.js';

/** How a failed connection shows in health: what happened and what a technician does about it. */
export interface LinkProblem {
  status: ComponentStatus;
  message: string;
  /** The cause, stable across retries: the uplink warns once per cause and counts the repeats. */
  code: string;
}

const TLS_TRUST = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED']);
const TLS_DATES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function connackCode(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'number') return (error as { code: number }).code;
  return undefined;
}

/**
 * Sorts a connection failure: a broker that is down or unreachable is `degraded` (it will come
 * back; records wait in the outbox), a refusal that needs a person (certificate, credentials,
 * ACL) is a `fault`. Both are retried with backoff.
 */
export function classifyLinkError(error: unknown, broker: string): LinkProblem {
  const code = systemCode(error);
  const reason = describeError(error);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { status: 'fault', message: `broker ${broker}: its certificate does not carry the expected name (${reason}); set uplink.server_name to a name in the certificate or reissue it`, code: 'uplink.tls-name' };
  }
  if (code !== undefined && TLS_TRUST.has(code)) {
    return { status: 'fault', message: `broker ${broker}: certificate not trusted (${code}); set uplink.ca to the CA file that signed the broker certificate`, code: 'uplink.tls-trust' };
  }
  if (code !== undefined && TLS_DATES.has(code)) {
    return { status: 'fault', message: `broker ${broker}: certificate outside its validity (${code}); check the post's clock and the certificate dates`, code: 'uplink.tls-dates' };
  }
  const connack = connackCode(error);
  if (connack === 4 || connack === 134) {
    return { status: 'fault', message: `broker ${broker} refused the username or password; check uplink.username and uplink.password`, code: 'uplink.credentials' };
  }
  if (connack === 5 || connack === 135) {
    return { status: 'fault', message: `broker ${broker} refused this post (not authorised); check the client certificate and the broker's ACL for this post`, code: 'uplink.not-authorised' };
  }
  if (code === 'ECONNREFUSED') return { status: 'degraded', message: `broker ${broker} refused the TCP connection (nothing listening); records wait in the outbox`, code: 'uplink.refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { status: 'degraded', message: `broker ${broker}: name does not resolve (${code}); check DNS or the URL; records wait in the outbox`, code: 'uplink.dns' };
  if (/ssl|tls|certificate|alert/i.test(reason)) {
    return { status: 'fault', message: `broker ${broker}: TLS handshake failed (${reason}); check uplink.ca, uplink.cert and uplink.key against the broker's settings`, code: 'uplink.tls' };
  }
  return { status: 'degraded', message: `broker ${broker}: ${reason}; records wait in the outbox`, code: code === undefined ? 'uplink.unreachable' : `uplink.${code.toLowerCase()}` };
}

/** A lost or failed connection as the Reconnector takes it: the cause's code, the text for health and the log, and the health status. */
export class LinkFailure extends OutpostError {
  readonly status: ComponentStatus;

  constructor(problem: LinkProblem, cause?: unknown) {
    super(problem.message, { code: problem.code, cause, retryable: true, disconnect: true });
    this.name = 'LinkFailure';
    this.status = problem.status;
  }
}

/** `failure`: what the connection reported last (undefined: it closed without an error, the broker or the route dropped it). */
export function linkFailure(failure: unknown, broker: string): LinkFailure {
  if (failure instanceof LinkFailure) return failure;
  const problem = failure === undefined ? { status: 'degraded' as const, message: `lost the connection to broker ${broker}; records wait in the outbox`, code: 'uplink.lost' } : classifyLinkError(failure, broker);
  // Routine while the broker or the route is down (every retry makes one): no stack.
  return withoutStack(() => new LinkFailure(problem, failure));
}
