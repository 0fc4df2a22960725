import { TLSSocket } from 'node:tls';
import type { MqttClient, Packet } from 'mqtt';
import { generate } from 'mqtt-packet';
import { publishPacket } from './mqtt-framing.js';

/**
 * Packets the post writes right behind its CONNECT, before the broker's CONNACK. MQTT 3.1.1
 * §3.1.4 allows it ("Clients are allowed to send further Control Packets immediately after
 * sending a CONNECT Packet; Clients need not wait for a CONNACK Packet to arrive from the
 * Server"), and a broker handles one connection's packets in order: the ack subscription is in
 * place before an envelope behind it reaches the centre, and a refused CONNECT ends the
 * connection before the broker reads anything behind it. On a satellite hop this saves the two
 * round trips (CONNACK, then SUBACK) that came before the first envelope.
 *
 * mqtt.js holds every publish and subscribe until CONNACK and has no option to do otherwise, so
 * these are written on its stream (the bytes mqtt-packet, mqtt.js's own encoder, makes), with
 * packet ids from the client's own id sequence (mqtt.js's publishes that follow do not reuse
 * them). Their SUBACKs are read here from `packetreceive`; their PUBACKs mqtt.js logs and ignores.
 * Envelopes go this way after CONNACK too (`publishOn`); the rest goes through mqtt.js.
 */
export class PipelinedStart {
  private readonly subacks = new Map<number, { resolve(granted: number[]): void; reject(error: Error): void }>();
  /** Publishes whose PUBACK someone waits for (mqtt.js ignores these). */
  private readonly pubacks = new Map<number, () => void>();

  constructor(private readonly client: MqttClient) {
    client.on('packetreceive', (packet: Packet) => {
      if (packet.cmd === 'puback' && packet.messageId !== undefined) {
        const confirmed = this.pubacks.get(packet.messageId);
        this.pubacks.delete(packet.messageId);
        confirmed?.();
        return;
      }
      if (packet.cmd !== 'suback' || packet.messageId === undefined) return;
      const waiting = this.subacks.get(packet.messageId);
      if (waiting === undefined) return;
      this.subacks.delete(packet.messageId);
      waiting.resolve(packet.granted.map((grant) => (typeof grant === 'number' ? grant : 0x80)));
    });
    client.on('close', () => {
      for (const waiting of this.subacks.values()) waiting.reject(new Error('the connection ended before the broker answered the subscription'));
      this.subacks.clear();
      this.pubacks.clear();
    });
  }

  /** Subscribes `topic` at `qos` (default 1); resolves with the broker's grants (0x80: refused). */
  subscribe(topic: string, qos: 0 | 1 = 1): Promise<number[]> {
    const messageId = this.client.messageIdProvider.allocate() ?? 1;
    const answered = new Promise<number[]>((resolve, reject) => this.subacks.set(messageId, { resolve, reject }));
    this.write(generate({ cmd: 'subscribe', messageId, subscriptions: [{ topic, qos }] }));
    return answered;
  }

  /** Publishes at QoS 1; `confirmed` on its PUBACK (which says the broker read it: MQTT 3.1.1 has no refusal in PUBACK). */
  publish(topic: string, payload: Buffer, retain = false, confirmed?: () => void): void {
    const messageId = this.client.messageIdProvider.allocate() ?? 1;
    if (confirmed !== undefined) this.pubacks.set(messageId, confirmed);
    this.write(publishPacket(topic, messageId, payload, retain));
  }

  private write(bytes: Buffer): void {
    const stream = this.client.stream;
    // A connection that already ended takes nothing; its close reports why.
    if (!stream.destroyed && !stream.writableEnded) stream.write(bytes);
  }
}

/**
 * Calls `ready` once the connection's transport is up (TCP connected, TLS handshake done): from
 * then on bytes written leave at once, so round trips measured from it are the route's, not the
 * handshake's. Not at all when the connection ends before that.
 */
export function whenTransportUp(client: MqttClient, ready: () => void): void {
  const stream = client.stream;
  const event = stream instanceof TLSSocket ? 'secureConnect' : 'connect';
  const up = (): void => {
    client.removeListener('close', gone);
    ready();
  };
  const gone = (): void => {
    stream.removeListener(event, up);
  };
  stream.once(event, up);
  client.once('close', gone);
}

/**
 * One QoS 1 publish on `client`, before CONNACK as after: one buffer written on the stream, its
 * PUBACK read here. mqtt.js's publish (topic checks, its outgoing store, the packet written in six
 * parts through the stream) costs CPU on every envelope (issue 13) and adds nothing an envelope
 * needs: the session is clean, so its store would not resend across a reconnect (the outbox
 * does). `confirmed` is called on the PUBACK; never when the connection ends first.
 */
export function publishOn(_client: MqttClient, early: PipelinedStart, topic: string, payload: Buffer, options: { retain?: boolean; confirmed?: (error: Error | undefined) => void } = {}): void {
  const confirmed = options.confirmed;
  early.publish(topic, payload, options.retain === true, confirmed === undefined ? undefined : () => confirmed(undefined));
}
