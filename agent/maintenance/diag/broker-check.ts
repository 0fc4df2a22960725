import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TLSSocket } from 'node:tls';
import mqtt from 'mqtt';
import { describeError } from '../../../kernel/errors.js';
import { connectionOptions, isTlsUrl } from '../../../wire/connection-options.js';
import type { PostConfig } from '../../config/schema.js';
import { classifyLinkError } from '../../uplink/link-problem.js';
import { fail, pass, type Check } from './check.js';

/** A certificate that ends sooner than this is a failure: a crew may not be back before it does. */
const CERT_MARGIN_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Connects to the broker as the uplink would (same TLS files and credentials) under a client id
 * of its own, so a running agent's session is not taken over; checks the broker's certificate
 * and the post's own for the days they have left.
 */
export async function brokerChecks(post: PostConfig, timeoutMs: number, now: number = Date.now()): Promise<Check[]> {
  const uplink = post.uplink;
  const checks: Check[] = [];
  let security;
  try {
    security = await connectionOptions({ username: uplink.username, password: uplink.password, ca: uplink.ca, cert: uplink.cert, key: uplink.key, serverName: uplink.server_name }, 'uplink', 'uplink.');
  } catch (error) {
    return [fail('broker', describeError(error), 'put the PEM files where the uplink section says')];
  }
  if (uplink.cert !== undefined) checks.push(certificateDays('post certificate', new X509Certificate(await readFile(uplink.cert)), now, `renew ${uplink.cert} (outpost enrol, or your PKI) and reload the agent`));
  let client;
  try {
    client = await mqtt.connectAsync(uplink.broker, { ...security, clientId: `outpost-${post.post.id}-diag-${process.pid}`, protocolVersion: 4, clean: true, reconnectPeriod: 0, connectTimeout: timeoutMs }, false);
  } catch (error) {
    const problem = classifyLinkError(error, uplink.broker);
    const cut = problem.message.indexOf('; ');
    checks.unshift(fail('broker', cut < 0 ? problem.message : problem.message.slice(0, cut), 'check uplink.broker, that the broker runs and that the post reaches it (route, firewall, APN); TLS and login problems are named in the detail'));
    return checks;
  }
  try {
    checks.unshift(pass('broker', `${uplink.broker} accepted an MQTT connection${isTlsUrl(uplink.broker) ? ' over TLS' : ''}`));
    const stream = client.stream as Partial<TLSSocket>;
    const peer = typeof stream.getPeerX509Certificate === 'function' ? stream.getPeerX509Certificate() : undefined;
    if (peer !== undefined) checks.splice(1, 0, certificateDays('broker certificate', peer, now, 'the centre must renew its broker certificate'));
  } finally {
    await client.endAsync(true).catch(() => undefined);
  }
  return checks;
}

function certificateDays(part: string, certificate: X509Certificate, now: number, fix: string): Check {
  const daysLeft = Math.floor((Date.parse(certificate.validTo) - now) / DAY_MS);
  const detail = `${certificate.subject.replace(/\n/g, ', ')}: valid until ${certificate.validTo} (${daysLeft} days)`;
  if (daysLeft < CERT_MARGIN_DAYS) return fail(part, `${detail}; less than ${CERT_MARGIN_DAYS} days left`, fix);
  return pass(part, detail);
}
