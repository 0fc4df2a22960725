import { describeError, systemCode } from '../../kernel/errors.js';
import type { ComponentStatus } from '../../kernel/component.js';

/** How a failed connection shows in health: what happened and what a technician does about it. */
export interface LinkProblem {
  status: ComponentStatus;
  message: string;
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
    return { status: 'fault', message: `broker ${broker}: its certificate does not carry the expected name (${reason}); set uplink.server_name to a name in the certificate or reissue it` };
  }
  if (code !== undefined && TLS_TRUST.has(code)) {
    return { status: 'fault', message: `broker ${broker}: certificate not trusted (${code}); set uplink.ca to the CA file that signed the broker certificate` };
  }
  if (code !== undefined && TLS_DATES.has(code)) {
    return { status: 'fault', message: `broker ${broker}: certificate outside its validity (${code}); check the post's clock and the certificate dates` };
  }
  const connack = connackCode(error);
  if (connack === 4 || connack === 134) {
    return { status: 'fault', message: `broker ${broker} refused the username or password; check uplink.username and uplink.password` };
  }
  if (connack === 5 || connack === 135) {
    return { status: 'fault', message: `broker ${broker} refused this post (not authorised); check the client certificate and the broker's ACL for this post` };
  }
  if (code === 'ECONNREFUSED') return { status: 'degraded', message: `broker ${broker} refused the TCP connection (nothing listening); records wait in the outbox` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { status: 'degraded', message: `broker ${broker}: name does not resolve (${code}); check DNS or the URL; records wait in the outbox` };
  if (/ssl|tls|certificate|alert/i.test(reason)) {
    return { status: 'fault', message: `broker ${broker}: TLS handshake failed (${reason}); check uplink.ca, uplink.cert and uplink.key against the broker's settings` };
  }
  return { status: 'degraded', message: `broker ${broker}: ${reason}; records wait in the outbox` };
}
