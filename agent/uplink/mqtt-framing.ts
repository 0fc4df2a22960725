/**
 * Bytes an MQTT 3.1.1 PUBLISH takes on the wire (fixed header, remaining length, topic, packet
 * id for QoS > 0, payload), and the PUBACK that answers it at QoS 1: what a metered radio link
 * is billed for, below TCP and TLS.
 */
export function publishWireBytes(topic: string, payloadBytes: number, qos: 0 | 1 = 1): number {
  const remaining = 2 + Buffer.byteLength(topic, 'utf8') + (qos > 0 ? 2 : 0) + payloadBytes;
  let lengthBytes = 1;
  for (let rest = remaining; rest >= 128; rest = Math.floor(rest / 128)) lengthBytes += 1;
  const puback = qos > 0 ? 4 : 0;
  return 1 + lengthBytes + remaining + puback;
}

/**
 * An MQTT 3.1.1 PUBLISH at QoS 1 as one buffer (§3.3): fixed header, remaining length, topic,
 * packet id, payload. One write of one buffer, where mqtt.js writes the six parts one by one
 * through the stream (issue 13). The topic is the post's own, checked when the config is read.
 */
export function publishPacket(topic: string, messageId: number, payload: Uint8Array, retain = false): Buffer {
  const topicBytes = Buffer.byteLength(topic, 'utf8');
  const remaining = 2 + topicBytes + 2 + payload.length;
  let lengthBytes = 1;
  for (let rest = remaining; rest >= 128; rest = Math.floor(rest / 128)) lengthBytes += 1;
  const packet = Buffer.allocUnsafe(1 + lengthBytes + remaining);
  packet[0] = 0x32 | (retain ? 1 : 0);
  let at = 1;
  for (let rest = remaining; ; ) {
    const digit = rest % 128;
    rest = Math.floor(rest / 128);
    packet[at++] = rest > 0 ? digit | 0x80 : digit;
    if (rest === 0) break;
  }
  packet.writeUInt16BE(topicBytes, at);
  at += 2;
  at += packet.write(topic, at, 'utf8');
  packet.writeUInt16BE(messageId, at);
  at += 2;
  packet.set(payload, at);
  return packet;
}
