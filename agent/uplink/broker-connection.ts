import type { IClientOptions, MqttClient } from 'mqtt';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { withTimeout } from './deadline.js';
import type { UplinkConfig } from './config.js';
import { openSession } from './mqtt-session.js';

/** Each step of a goodbye waits at most this long for the broker. */
const GOODBYE_STEP_MS = 700;

export interface ConnectionEvents {
  /** A message on the subscribed ack topic, or another the broker sent. */
  message(client: MqttClient, topic: string, payload: Buffer): void;
  /** The connection ended after it opened; `failure` is the last error seen, if any. */
  closed(client: MqttClient, failure: unknown): void;
}

export interface ConnectionRequest {
  config: UplinkConfig;
  clientId: string;
  security: IClientOptions;
  will: { topic: string; payload: Buffer };
  /** Subscribed at QoS 1 before the connection counts as open: an envelope sent before it could lose its ack. */
  ackTopic: string;
  events: ConnectionEvents;
  /** The SUBACK's round trip, ms: the route's delay without queueing. */
  subackRtt(ms: number): void;
  clock: () => number;
  /** The client as soon as it exists, so a stop can end an attempt still connecting. */
  connecting(client: MqttClient | undefined): void;
}

/**
 * One attempt to open the post's MQTT connection, for the uplink's Reconnector: resolves with the
 * client once the broker accepted it (CONNACK) and granted the ack subscription (SUBACK);
 * rejects with what went wrong when the connection ends, or the subscription is refused, before
 * that. After it resolves, the end of the connection is `events.closed`.
 */
export function openBrokerConnection(request: ConnectionRequest): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    let opened = false;
    const client = openSession(request.config, request.clientId, request.security, request.will, {
      connected: (connected) => {
        const asked = request.clock();
        connected.subscribeAsync(request.ackTopic, { qos: 1 }).then(
          (granted) => {
            if (granted.some((grant) => grant.qos > 2)) throw Object.assign(new Error(`broker refused the subscription to ${request.ackTopic}`), { code: 135 });
            request.subackRtt(request.clock() - asked);
            opened = true;
            request.connecting(undefined);
            resolve(connected);
          },
        ).catch((error: unknown) => {
          request.connecting(undefined);
          connected.end(true);
          reject(error);
        });
      },
      message: (connected, topic, payload) => {
        if (opened) request.events.message(connected, topic, payload);
      },
      closed: (connected, failure) => {
        if (opened) {
          request.events.closed(connected, failure);
          return;
        }
        request.connecting(undefined);
        reject(failure ?? new Error('the broker closed the connection before accepting it'));
      },
    });
    request.connecting(client);
  });
}

/**
 * A clean stop on a working connection: the retained OFFLINE state (the broker then shows the
 * post stopped, not lost), then a DISCONNECT, each waiting at most 700 ms for the broker.
 */
export async function sayGoodbye(client: MqttClient, state: { topic: string; payload: Buffer }, log: Logger): Promise<void> {
  await withTimeout(client.publishAsync(state.topic, state.payload, { qos: 1, retain: true }), GOODBYE_STEP_MS).catch((error: unknown) =>
    log.warn({ err: describeError(error) }, 'could not publish the OFFLINE state; the broker will show the post as lost'),
  );
  await withTimeout(client.endAsync(), GOODBYE_STEP_MS).catch(() => client.end(true));
}

/** A broker that will not let the post read `cmd` costs the commands, not the link: logged, not fatal; nothing waits for it. */
export function subscribeCommands(client: MqttClient, topic: string, log: Logger): void {
  client.subscribeAsync(topic, { qos: 1 }).then(
    (granted) => {
      if (granted.some((grant) => grant.qos > 2)) log.warn({ topic }, 'the broker refused the subscription to the command topic; commands from the centre will not arrive (check the broker ACL)');
    },
    (error: unknown) => log.debug({ err: describeError(error) }, 'the command subscription ended with the connection'),
  );
}
