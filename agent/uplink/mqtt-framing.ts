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
