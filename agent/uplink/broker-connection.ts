import type { IClientOptions, MqttClient } from 'mqtt';
import { OutpostError, describeError } from '../../kernel/errors.js';
import type { HealthState } from '../../kernel/component.js';
import type { Logger } from '../../kernel/logger.js';
import { Reconnector } from '../../kernel/reconnector.js';
import { LinkFailure, linkFailure } from './link-problem.js';
import { withTimeout } from './deadline.js';
import type { UplinkConfig } from './config.js';
import { openSession } from './mqtt-session.js';
import { PipelinedStart, whenTransportUp } from './pipelined-start.js';
import { BrokerProbe } from './broker-probe.js';

/** Each step of a goodbye waits at most this long for the broker. */
const GOODBYE_STEP_MS = 700;
/** A reconnect after failed attempts waits at most this share of the time the link has been down: after a 5-minute outage, at most 30 s. */
const OUTAGE_SHARE = 0.1;

export interface ReconnectPolicy {
  config: UplinkConfig;
  log: Logger;
  health: HealthState;
  clock: () => number;
  random?: (() => number) | undefined;
  /** One attempt: resolves with the open connection (openBrokerConnection). */
  open(): Promise<MqttClient>;
  onOpen(client: MqttClient): void;
}

/**
 * The uplink's reconnects on the kernel's Reconnector (mqtt.js's fixed-period reconnect is off):
 * capped exponential backoff from `reconnect.min` to `reconnect.max` with full jitter, reset only
 * once the owner calls `proved` (a connection that carried an ack or stayed up); failed attempts
 * wait at most a tenth of the time the link has been down. Health says `degraded` for what comes
 * back by itself (records wait), `fault` for what a person must fix.
 */
export function brokerReconnector(policy: ReconnectPolicy): Reconnector<MqttClient> {
  const { config, log, health } = policy;
  const probe = new BrokerProbe(config.broker); // while it refuses, a TCP connect per try rather than an MQTT client
  return new Reconnector<MqttClient>({
    subject: 'uplink',
    log,
    open: () => probe.gate(() => policy.open()),
    close: (client) => {
      client.removeAllListeners('message');
      client.end(true);
    },
    failure: (error) => (error instanceof OutpostError ? error : linkFailure(error, config.broker)),
    retry: { minMs: Math.max(1, config.reconnect.min), maxMs: Math.max(1, config.reconnect.min, config.reconnect.max) },
    resetBackoff: 'proved',
    outageShare: OUTAGE_SHARE,
    now: policy.clock,
    random: policy.random,
    health,
    onOpen: (client) => policy.onOpen(client),
    onFault: (error, retryMs) => {
      health.set(error instanceof LinkFailure ? error.status : 'fault', error instanceof LinkFailure ? error.message : error.describe());
      log.debug({ retry_ms: retryMs, code: error.code }, 'reconnecting to the broker');
    },
  });
}

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
  /** Subscribed at QoS 1 first thing, right behind the CONNECT: the connection counts as open once the broker granted it. */
  ackTopic: string;
  events: ConnectionEvents;
  /**
   * The connection is being made and the ack SUBSCRIBE waits behind the CONNECT: the owner's own
   * small packets (with `early`) written now leave with them, in the first segment.
   */
  opening(client: MqttClient, early: PipelinedStart): void;
  /** The transport is up: envelopes written now (`publishOn`) follow without waiting for CONNACK. */
  started(client: MqttClient, early: PipelinedStart): void;
  /** The broker accepted the connection (CONNACK): what was written behind the CONNECT is being read. */
  accepted(client: MqttClient): void;
  /** The SUBACK's round trip from the transport being up, ms: the route's delay without queueing (and the broker's CONNECT handling, and the first segment's crossing). */
  subackRtt(ms: number): void;
  clock: () => number;
  /** The client as soon as it exists, so a stop can end an attempt still connecting. */
  connecting(client: MqttClient | undefined): void;
}

/**
 * One attempt to open the post's MQTT connection, for the uplink's Reconnector. It writes the
 * ack SUBSCRIBE right behind the CONNECT, before the transport is even up, so that both (and the
 * owner's small packets, `opening`) leave first, in the first segment; envelopes follow once
 * the transport is up (`started`, see pipelined-start.ts). That segment may still carry
 * envelope bytes, and it arrives whole: the SUBACK's round trip, the base round trip's floor,
 * is taken less one segment's crossing (link-estimate.ts). It resolves with the client once the broker
 * accepted the connection (CONNACK) and granted the ack subscription (SUBACK), and rejects with
 * what went wrong when the connection ends, or the subscription is refused, before that. Acks
 * may arrive before it resolves (`events.message`). After it resolves, the end of the connection
 * is `events.closed`.
 */
export function openBrokerConnection(request: ConnectionRequest): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    let opened = false;
    const client = openSession(request.config, request.clientId, request.security, request.will, {
      connected: (connected) => request.accepted(connected),
      message: (connected, topic, payload) => request.events.message(connected, topic, payload),
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
    const early = new PipelinedStart(client);
    let upAt: number | undefined;
    // Acks at QoS 0: the session is clean, so QoS 1 would not carry an ack across a lost
    // connection either (the broker forgets it with the session), and an ack lost with the
    // connection only means its records go again and the centre drops the copies. QoS 0 spares a
    // PUBACK from the post and the broker's bookkeeping for every ack (issue 13).
    early.subscribe(request.ackTopic, 0).then(
      (granted) => {
        if (granted.some((grant) => grant > 2)) throw Object.assign(new Error(`broker refused the subscription to ${request.ackTopic}`), { code: 135 });
        request.subackRtt(request.clock() - (upAt ?? request.clock()));
        opened = true;
        request.connecting(undefined);
        resolve(client);
      },
    ).catch((error: unknown) => {
      // The connection ended first: its close rejects with the broker's reason (a refused CONNECT says why there).
      if (!client.connected) return;
      request.connecting(undefined);
      reject(error);
      client.end(true);
    });
    request.opening(client, early);
    whenTransportUp(client, () => {
      upAt = request.clock();
      request.started(client, early);
    });
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

/**
 * A broker that will not let the post read `cmd` costs the commands, not the link: logged, not
 * fatal; nothing waits for it. Written behind the CONNECT like the ack subscription.
 */
export function subscribeCommands(early: PipelinedStart, topic: string, log: Logger): void {
  early.subscribe(topic).then(
    (granted) => {
      if (granted.some((grant) => grant > 2)) log.warn({ topic }, 'the broker refused the subscription to the command topic; commands from the centre will not arrive (check the broker ACL)');
    },
    (error: unknown) => log.debug({ err: describeError(error) }, 'the command subscription ended with the connection'),
  );
}
