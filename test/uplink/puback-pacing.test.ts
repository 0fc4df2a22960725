import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { linkSizing } from '../../agent/uplink/link-sizing.js';
import { PubackPacing } from '../../agent/uplink/puback-pacing.js';
import { WindowRamp } from '../../agent/uplink/window-ramp.js';

const batch = { maxBytes: 65_536, maxRecords: 500 };

test('PUBACK pacing: bytes acked after the first PUBACK of a back-to-back train over the time since; a late publish starts a new train', () => {
  const pacing = new PubackPacing();
  const t0 = Date.now();
  assert.is(pacing.acked(2500, t0, t0 + 700), undefined, 'one PUBACK: no spacing yet');
  assert.is(pacing.acked(2500, t0, t0 + 720), 125_000, 'the second envelope crossed 20 ms after the first: 1 Mbit/s');
  assert.is(pacing.acked(5000, t0 + 10, t0 + 760), 7500 / 0.06, 'the train goes on: 7.5 KB over 60 ms');
  assert.is(pacing.acked(2500, t0 + 800, t0 + 1500), undefined, 'published after the last PUBACK: the link may have idled, a new train');
  assert.is(pacing.acked(2500, t0 + 801, t0 + 1502), undefined, 'PUBACKs 2 ms apart were read in one go: no sample');
  assert.is(pacing.acked(2500, t0 + 802, t0 + 1540), 5000 / 0.04);
  pacing.restart();
  assert.is(pacing.acked(2500, t0 + 1000, t0 + 2000), undefined, 'a new connection: nothing of the last one counts');
});

test('window ramp: a first ack that seems to show a queue only holds the ramp until the PUBACKs paced the link', () => {
  const ramp = new WindowRamp(8192);
  ramp.paced(4000);
  assert.is(ramp.windowBytes, 8192, 'a BDP below the first window changes nothing');
  ramp.paced(60_000);
  assert.is(ramp.windowBytes, 60_000, 'the PUBACKs showed a larger BDP: the window opens to it at once');
  ramp.restart();
  ramp.acked(2500, 720, 230);
  assert.is(ramp.windowBytes, undefined, "held: the base round trip counted the first window's ack rate");
  assert.is(ramp.ended, false);
  ramp.paced(40_000);
  assert.is(ramp.windowBytes, 40_000, 'the PUBACKs show a BDP past the first window: the ramp goes on from it');
  ramp.acked(2500, 700, 600);
  assert.is(ramp.windowBytes, 40_000 + 7500);
  ramp.acked(2500, 1400, 600);
  assert.is(ramp.ended, true, 'the PUBACKs paced the link: a queue now ends the ramp');
  ramp.restart();
  ramp.acked(2500, 2800, 1800);
  ramp.paced(720);
  assert.is(ramp.ended, true, 'a 9.6 kbit/s radio: the PUBACKs show a BDP below the first window, the held ramp ends');
  ramp.paced(100_000);
  assert.is(ramp.windowBytes, undefined, 'once ended it stays ended on this connection');
});

test('sizing: envelopes follow the PUBACK-paced rate when it shows more than the window-limited ack rate', () => {
  const acksOnly = linkSizing({ rate: 3500, baseRttMs: 600, startup: true, wirePerRecordByte: 0.7, batch, keepaliveMs: 60_000, rampBytes: 40_000 });
  const paced = linkSizing({ rate: 3500, baseRttMs: 600, startup: true, wirePerRecordByte: 0.7, batch, keepaliveMs: 60_000, rampBytes: 40_000, pacedRate: 50_000 });
  assert.is(acksOnly.limits.maxBytes, 15_000, 'three seconds at the ack rate');
  assert.is(paced.limits.maxBytes, 65_536, 'three seconds at the paced rate, up to batch.max_bytes');
  assert.is(paced.windowBytes, 2 * paced.envelopeWireBytes, 'never below two envelopes');
  const radio = linkSizing({ rate: 1000, baseRttMs: 600, startup: true, wirePerRecordByte: 0.8, batch, keepaliveMs: 60_000, pacedRate: 1200 });
  assert.is(radio.envelopeWireBytes, 3600, 'on a radio the paced rate is the link rate: three seconds of it');
});

test.run();
