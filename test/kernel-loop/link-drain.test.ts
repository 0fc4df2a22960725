import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testUnless } from '../support/skip.js';
import { DrainRig, drainFigures } from './drain.js';
import { figure } from './figure.js';
import { shapingMissing } from './shaped-link.js';

// The long link suite (2-5 min under emulation): held back from npm run test:kernel's default list, run by name.
// link-short.test.ts is the part of it that fits the default list.
const missing = shapingMissing();
const rig = new DrainRig();

test.after.each(() => rig.endDrain());
test.after(() => rig.stop());

testUnless(test, missing, 'the uplink drains a small backlog over a 9.6 kbit/s, 300 ms link: every record stored once', async () => {
  const rateBit = 9600;
  const total = 300;
  const drained = await rig.drain('bp-radio', { rateBit, delayMs: 300 }, total, { timeoutMs: 240_000 });
  assert.equal(drained.seqs, Array.from({ length: total }, (_, index) => index + 1), 'every record stored, once, in order');
  drainFigures('link_9k6_300ms', rateBit, total, drained);
  assert.ok(drained.seconds >= (drained.wireUp * 8) / rateBit, `${drained.wireUp} bytes took ${drained.seconds.toFixed(1)} s: no faster than the link rate allows`);
});

testUnless(test, missing, 'an outage mid-drain on a lossy 9.6 kbit/s, 300 ms link: the drain resumes, nothing lost, nothing stored twice', async () => {
  const total = 600;
  let storedAtCut = 0;
  const storedBefore = rig.stored();
  const drained = await rig.drain('bp-outage', { rateBit: 9600, delayMs: 300, lossPercent: 1 }, total, {
    timeoutMs: 300_000,
    during: async (link) => {
      link.outage();
      storedAtCut = rig.stored() - storedBefore;
      // The outage's length is the scenario (a radio shadowed for 15 s), not a wait for something.
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      link.restore();
    },
  });
  assert.equal(drained.seqs, Array.from({ length: total }, (_, index) => index + 1), 'every record stored, once, in order');
  assert.ok(storedAtCut < total, 'the outage came before the drain was done');
  const counters = rig.uplink?.health().counters;
  figure(`link_9k6_300ms_1pct_outage: 15 s`);
  figure(`link_9k6_300ms_1pct_outage_drain_time: ${drained.seconds.toFixed(1)} s (${total} records)`);
  figure(`link_9k6_300ms_1pct_outage_resends: ${counters?.['resends'] ?? 0} envelopes`);
  figure(`link_9k6_300ms_1pct_outage_reconnects: ${counters?.['reconnects'] ?? 0}`);
  figure(`link_9k6_300ms_1pct_outage_duplicates: ${drained.duplicates} records`);
});

test.run();
