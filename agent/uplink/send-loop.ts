import type { MqttClient } from 'mqtt';
import { v1 } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Lease, Outbox } from '../outbox/types.js';
import { writeEnvelope } from '../../wire/envelope-writer.js';
import type { UplinkConfig } from './config.js';
import type { LinkFigures } from './link-figures.js';
import type { LinkMeter } from './link-meter.js';
import { publishOn, type PipelinedStart } from './pipelined-start.js';
import { publishWireBytes } from './mqtt-framing.js';
import { hasRoom, nextEnvelopeLimits, type SendGate } from './send-gate.js';
import type { SendWindow } from './send-window.js';
import type { StatusThinning } from './status-thinning.js';

/** The uplink's parts the send loop works with (shared with the uplink, not owned). */
export interface SendLoopParts {
  postId: string;
  /** The post's `up` topic. */
  topic: string;
  outbox: Outbox;
  log: Logger;
  meter: LinkMeter;
  window: SendWindow;
  gate: SendGate;
  thinning: StatusThinning;
  compression: UplinkConfig['compression'];
  clock: () => number;
  /** The window grew between acks (the broker's PUBACKs paced the link): publish again. */
  windowGrew: () => void;
}

/** Where envelopes go: `publish` writes one to the connection (`brokerAcked` on its PUBACK), `sent` counts it once written. */
export interface EnvelopeSink {
  publish(payload: Buffer, brokerAcked: () => void): void;
  sent(envelope: SentEnvelope): void;
}

/** One envelope written to the connection. */
export interface SentEnvelope {
  wireBytes: number;
  records: number;
  /** It carried records whose earlier envelope timed out. */
  resent: boolean;
}

/**
 * Publishes envelopes while the window has room and the outbox has records: leases the next
 * batch (alarms, then status, then bulk; only alarms past a full window), thins it when status
 * thinning is on, builds the envelope from the stored record bytes, publishes it and puts it
 * in the window. Returns whether the window still has room, so the caller looks at the
 * outbox again later, and whether the outbox was found empty.
 */
export function sendEnvelopes(parts: SendLoopParts, sink: EnvelopeSink): SendOutcome {
  const { outbox, meter, window, thinning } = parts;
  const thin = thinning.active((bytes) => meter.linkTimeMs(bytes));
  for (;;) {
    const sizing = meter.sizing();
    const limits = nextEnvelopeLimits(parts.gate, sizing);
    if (limits === undefined) break;
    let lease: Lease | undefined;
    try {
      lease = outbox.nextBatch(thin && !limits.alarmsOnly ? thinning.leaseLimits(limits) : limits);
    } catch (error) {
      parts.log.error({ err: describeError(error) }, 'could not lease records from the outbox; trying again shortly');
      break;
    }
    // Nothing published since `sizing`: it still holds.
    if (lease === undefined) return { room: hasRoom(parts.gate, sizing), drained: true };
    // The alarms counted are not leasable yet (still being written): no status past the window meanwhile.
    if (limits.alarmsOnly && !lease.records.some((record) => record.priority === v1.Priority.PRIORITY_ALARM)) {
      outbox.release(lease);
      break;
    }
    // Taken before thinning, which makes a new lease of what it keeps.
    const tookAll = lease.more === false && !thin;
    if (thin) lease = thinning.thin(lease);
    const bytes = writeEnvelope({ postId: parts.postId, storeId: outbox.storeId }, lease.records, parts.clock(), parts.compression);
    const payload = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const wireBytes = publishWireBytes(parts.topic, payload.length);
    const publishedAt = parts.clock();
    sink.publish(payload, () => {
      if (meter.brokerAcked(wireBytes, publishedAt)) parts.windowGrew();
    });
    // After the write: the socket's byte count then says when this envelope has left the machine.
    const facts = meter.published(lease, wireBytes, window.bytes);
    window.add(lease, facts);
    sink.sent({ wireBytes, records: lease.records.length, resent: facts.resent });
    // The outbox gave all it had: no second look that finds it empty (one a tick, issue 13). A
    // notify after an enqueue, a lease going back and the idle poll look again.
    if (tookAll) return { room: hasRoom(parts.gate, meter.sizing()), drained: true };
  }
  return { room: hasRoom(parts.gate, meter.sizing()), drained: false };
}

/** What a send loop left: `room` in the window for another envelope; `drained`: it stopped because the outbox had nothing to lease. */
export interface SendOutcome {
  room: boolean;
  drained: boolean;
}

/**
 * Envelopes written behind the CONNECT before the broker answers it: aedes holds at most 42
 * packets a client sends before its CONNACK (its queueLimit) and drops the connection past that;
 * the first window is two envelopes, the rest would be alarms arriving meanwhile.
 */
const PIPELINED_ENVELOPES = 16;

/** The connection envelopes go on, from its transport being up (before CONNACK) until it ends. */
export class SendingConnection {
  /** Envelopes written before the broker accepted the connection: counted as sent once it did, never if it refused. */
  private readonly unconfirmed: SentEnvelope[] = [];

  constructor(
    readonly client: MqttClient,
    readonly early: PipelinedStart,
    private readonly figures: LinkFigures,
    private readonly log: Logger,
  ) {}

  /** No more envelopes until the broker accepted the connection. */
  get pipelineFull(): boolean {
    return !this.client.connected && this.unconfirmed.length >= PIPELINED_ENVELOPES;
  }

  /** The send loop's sink on this connection; `topic`: the post's `up`. */
  sink(topic: string): EnvelopeSink {
    const { client, early } = this;
    return {
      publish: (payload, brokerAcked) =>
        publishOn(client, early, topic, payload, {
          confirmed: (error) => {
            if (error === undefined) brokerAcked();
            else this.log.debug({ err: describeError(error) }, 'publish not confirmed by the broker; the envelope is resent after reconnect');
          },
        }),
      sent: (envelope) => {
        if (client.connected) this.figures.sent(envelope.wireBytes, envelope.records, envelope.resent);
        else this.unconfirmed.push(envelope);
      },
    };
  }

  /** CONNACK: what went out behind the CONNECT is being read by the broker, and counts as sent now. */
  accepted(): void {
    for (const envelope of this.unconfirmed.splice(0)) this.figures.sent(envelope.wireBytes, envelope.records, envelope.resent);
  }
}
