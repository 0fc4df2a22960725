import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { UplinkConfig } from './config.js';

const CONNECT_TIMEOUT_MS = 30_000;

export interface SessionEvents {
  /** CONNACK accepted. */
  connected(client: MqttClient): void;
  /** A message on a subscribed topic. */
  message(client: MqttClient, topic: string, payload: Buffer): void;
  /** The connection ended, or never came up; `failure` is the last error seen, if any. */
  closed(client: MqttClient, failure: unknown): void;
}

/**
 * One MQTT 3.1.1 connection attempt of the post: clean session (the outbox, not the broker,
 * holds what is unsent), mqtt.js's own reconnect off (the uplink backs off with jitter
 * itself), and the retained LOST state as the will.
 */
export function openSession(config: UplinkConfig, clientId: string, security: IClientOptions, will: { topic: string; payload: Buffer }, events: SessionEvents): MqttClient {
  const client = mqtt.connect(config.broker, {
    ...security,
    clientId,
    protocolVersion: 4,
    clean: true,
    keepalive: Math.max(1, Math.round(config.keepalive / 1000)),
    reconnectPeriod: 0,
    connectTimeout: CONNECT_TIMEOUT_MS,
    will: { topic: will.topic, payload: will.payload, qos: 1, retain: true },
    // Otherwise mqtt-packet keeps a 2-byte Buffer for each of the 65,536 message ids: 6 MB of heap
    // (a fifth of the agent's) to save an allocation per packet at a few packets a second (issue 13).
    writeCache: false,
  });
  let failure: unknown;
  client.on('connect', () => events.connected(client));
  client.on('message', (topic, payload) => events.message(client, topic, payload));
  client.on('error', (error) => {
    failure = error;
  });
  client.on('close', () => {
    events.closed(client, failure);
    failure = undefined;
  });
  return client;
}
