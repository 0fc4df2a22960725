import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testUnless } from '../support/skip.js';
import { DrainRig, drainFigures } from './drain.js';
import { shapingMissing } from './shaped-link.js';

// The short link suite, in npm run test:kernel's default list (link-drain.test.ts is the long one, run by name): two
// small drains through netem + tbf with real TCP underneath, a 64 kbit/s and a 9.6 kbit/s radio-like link.
const missing = shapingMissing();
const rig = new DrainRig();

test.after.each(() => rig.endDrain());
test.after(() => rig.stop());

const cases = [
  { name: '64 kbit/s, 100 ms', prefix: 'link_short_64k_100ms', postId: 'bp-64k', rateBit: 64_000, delayMs: 100, total: 200 },
  { name: '9.6 kbit/s, 300 ms', prefix: 'link_short_9k6_300ms', postId: 'bp-9k6', rateBit: 9600, delayMs: 300, total: 60 },
];

for (const { name, prefix, postId, rateBit, delayMs, total } of cases) {
  testUnless(test, missing, `a ${total}-record backlog drains over a ${name} link: every record stored once, in order, no faster than the link, acks a round trip late`, async () => {
    const drained = await rig.drain(postId, { rateBit, delayMs }, total, { timeoutMs: 60_000 });
    assert.equal(drained.seqs, Array.from({ length: total }, (_, index) => index + 1), 'every record stored, once, in order');
    drainFigures(prefix, rateBit, total, drained);
    assert.ok(drained.wireUp > 0, 'the post sent through the shaped path');
    assert.ok(drained.seconds >= (drained.wireUp * 8) / rateBit, `${drained.wireUp} bytes took ${drained.seconds.toFixed(1)} s: no faster than ${rateBit} bit/s allows`);
    // netem delays each direction: an ack cannot come back sooner than one round trip.
    assert.ok(drained.ackRttMs >= 2 * delayMs, `ack round trip ${drained.ackRttMs} ms, below the link's ${2 * delayMs} ms`);
  });
}

test.run();
