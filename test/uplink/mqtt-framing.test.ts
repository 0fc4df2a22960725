import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generate } from 'mqtt-packet';
import { publishPacket, publishWireBytes } from '../../agent/uplink/mqtt-framing.js';

test('a QoS 1 PUBLISH made in one buffer is byte for byte what mqtt-packet makes, at every length of the remaining-length field', () => {
  for (const size of [0, 1, 100, 127 - 30, 200, 16_383, 16_384, 70_000, 2_100_000]) {
    const payload = Buffer.alloc(size, size % 251);
    for (const [topic, retain, messageId] of [['outpost/v1/post-01/up', false, 1], ['outpost/v1/pöst/state', true, 65_535]] as const) {
      const ours = publishPacket(topic, messageId, payload, retain);
      const theirs = generate({ cmd: 'publish', topic, payload, qos: 1, retain, dup: false, messageId });
      assert.ok(ours.equals(theirs), `payload ${size} bytes, topic ${topic}`);
      // What the link is billed for: the packet and its 4-byte PUBACK.
      assert.is(publishWireBytes(topic, size), ours.length + 4);
    }
  }
});

test.run();
