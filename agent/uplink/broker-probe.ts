import { connect } from 'node:net';

/** A probe that has not connected nor been refused by then gives way to the full attempt. */
const PROBE_TIMEOUT_MS = 5_000;

/** Where a TCP broker URL (mqtt://, mqtts://, tcp://, ssl://) listens; undefined for WebSocket or an unparsable URL. */
export function brokerEndpoint(broker: string): { host: string; port: number } | undefined {
  let url: URL;
  try {
    url = new URL(broker);
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'mqtts:' || url.protocol === 'ssl:' || url.protocol === 'tls:';
  if (!secure && url.protocol !== 'mqtt:' && url.protocol !== 'tcp:') return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === '' ? undefined : { host, port: url.port === '' ? (secure ? 8883 : 1883) : Number(url.port) };
}

function refused(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ECONNREFUSED';
}

/**
 * While the broker refuses TCP connections, each reconnect first tries a bare TCP connect
 * (closed at once) and only builds an MQTT client when something listens (issue 13: an mqtt.js
 * client per refused try was a fifth of an idle post's CPU). A refused probe rejects with the
 * socket's own ECONNREFUSED error, so the fault text, health and backoff are those of a refused
 * attempt. Probing starts only after an attempt was refused and stops at the first other
 * outcome: a working broker never sees a probe, and anything but a refusal (a timeout, DNS, TLS,
 * a CONNACK refusal) is still found and reported by the full attempt.
 */
export class BrokerProbe {
  private refusing = false;
  private readonly endpoint: { host: string; port: number } | undefined;

  constructor(broker: string) {
    this.endpoint = brokerEndpoint(broker);
  }

  /** One reconnect attempt, `attempt` skipped while the broker still refuses. */
  async gate<T>(attempt: () => Promise<T>): Promise<T> {
    if (this.refusing && this.endpoint !== undefined) await this.probe(this.endpoint);
    try {
      const result = await attempt();
      this.refusing = false;
      return result;
    } catch (error) {
      this.refusing = refused(error);
      throw error;
    }
  }

  /** Rejects with the refusal if the broker still refuses; resolves on anything else. */
  private probe(endpoint: { host: string; port: number }): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: endpoint.host, port: endpoint.port });
      const timer = setTimeout(() => done(undefined), PROBE_TIMEOUT_MS);
      const done = (error: unknown) => {
        clearTimeout(timer);
        socket.destroy();
        if (refused(error)) reject(error);
        else resolve();
      };
      socket.once('connect', () => done(undefined));
      socket.once('error', (error) => done(error));
    });
  }
}
