import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { LinkEstimate, MIN_RTO_MS } from '../../agent/uplink/link-estimate.js';
import { LinkMeter, type StreamBytes } from '../../agent/uplink/link-meter.js';
import { linkSizing } from '../../agent/uplink/link-sizing.js';
import { WindowRamp } from '../../agent/uplink/window-ramp.js';
import { SendWindow, type InFlightEnvelope } from '../../agent/uplink/send-window.js';
import { waitFor } from '../support/net.js';
import { reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';

const batch = { maxBytes: 65_536, maxRecords: 500 };

test('RTT as RFC 6298: first sample sets SRTT and RTTVAR = R/2, later ones 1/8 and 1/4; RTO = SRTT + 4 RTTVAR, at least 1 s', () => {
  const estimate = new LinkEstimate(30_000, 120_000);
  assert.is(estimate.rtoMs, 30_000, 'before any sample: the configured first RTO');
  estimate.rttSample(2000, 100, 0);
  assert.is(estimate.srttMs, 2000);
  assert.is(estimate.rttvarMs, 1000);
  assert.is(estimate.rtoMs, 6000);
  estimate.rttSample(1000, 100, 10);
  // RTTVAR = 3/4 * 1000 + 1/4 * |2000 - 1000| = 1000; SRTT = 7/8 * 2000 + 1/8 * 1000 = 1875.
  assert.is(estimate.rttvarMs, 1000);
  assert.is(estimate.srttMs, 1875);
  assert.is(estimate.rtoMs, 5875);
  const lan = new LinkEstimate(30_000, 120_000);
  lan.rttSample(2, 100, 0);
  assert.is(lan.rtoMs, MIN_RTO_MS, 'a LAN round trip still waits the RFC minimum');
});

test("base round trip: ack samples less the crossing of the bytes queued ahead, between the connection's SUBACK round trip (less a segment's crossing) and twice it", () => {
  const estimate = new LinkEstimate(30_000, 60_000);
  estimate.connectRttSample(750);
  assert.is(estimate.baseRttMs(0), 750, 'before the rate is known: the SUBACK round trip as it came');
  // 14,600 B/s: the 1460-byte segment the SUBACK may have waited for took 100 ms of it.
  estimate.rateSample(14_600, 1000, 0, true);
  assert.is(estimate.baseRttMs(0), 650, 'before any ack: the SUBACK round trip less one segment');
  // 7 s for an envelope that waited behind 87,600 bytes (6 s at 14,600 B/s): 1 s of it was route and centre.
  estimate.rttSample(7000, 87_600, 1);
  assert.is(estimate.baseRttMs(1), 1000);
  // A minute later that sample is forgotten; a queue counted as route never lifts the base past the cap.
  estimate.rttSample(30_000, 87_600, 120_000);
  assert.is(estimate.baseRttMs(120_000), 1300);
  // While the window still limits the rate the crossing is overstated (7 s for a 3.5 s round trip): the SUBACK's round trip is the floor.
  estimate.rttSample(3500, 102_200, 120_001);
  assert.is(estimate.baseRttMs(120_001), 650);
  const noConnect = new LinkEstimate(30_000, 60_000);
  noConnect.rateSample(14_600, 1000, 0, true);
  noConnect.rttSample(7000, 87_600, 1);
  assert.is(noConnect.baseRttMs(1), 1000);
  // On a 9.6 kbit/s radio a segment takes longer than the SUBACK's round trip: no floor (the window is two envelopes there).
  const radio = new LinkEstimate(30_000, 60_000);
  radio.rateSample(1200, 1000, 0, true);
  radio.connectRttSample(1500);
  assert.is(Math.round(radio.baseRttMs(0)), 283);
  radio.connectRttSample(650);
  assert.is(radio.baseRttMs(0), 0);
});

test('a timeout doubles the RTO up to the cap; a fresh sample ends the doubling', () => {
  const estimate = new LinkEstimate(30_000, 60_000);
  estimate.rttSample(4000, 100, 0);
  assert.is(estimate.rtoMs, 12_000);
  estimate.timedOut();
  assert.is(estimate.rtoMs, 24_000);
  estimate.timedOut();
  estimate.timedOut();
  assert.is(estimate.rtoMs, 60_000, 'capped');
  estimate.rttSample(4000, 100, 1);
  assert.ok(estimate.rtoMs < 12_000);
});

test('delivery rate: the highest sample while it grows, then the median, so one bunched ack does not inflate it', () => {
  const estimate = new LinkEstimate(30_000, 120_000);
  let now = 0;
  for (const rate of [1000, 2000, 4000]) estimate.rateSample(rate, 1000, (now += 1000), true);
  assert.ok(estimate.startup);
  assert.is(estimate.deliveryRate(now), 4000);
  for (let round = 0; round < 3; round++) estimate.rateSample(4100, 1000, (now += 1000), true);
  assert.not.ok(estimate.startup, 'three round trips without a quarter more: the pipe is full');
  estimate.rateSample(40_000, 1000, (now += 1000), false);
  assert.is(estimate.deliveryRate(now), 4100, 'the median of the latest samples ignores the outlier');
});

test('sizing: small envelopes and window on a 9.6 kbit/s radio, the configured ceiling on a fast link, two 4 KiB envelopes before any measurement', () => {
  const first = linkSizing({ rate: 0, baseRttMs: 0, startup: true, wirePerRecordByte: 1, batch, keepaliveMs: 60_000 });
  assert.is(first.limits.maxBytes, 4096);
  assert.is(first.windowBytes, 8192);
  const radio = linkSizing({ rate: 1200, baseRttMs: 600, startup: false, wirePerRecordByte: 0.8, batch, keepaliveMs: 60_000 });
  assert.is(radio.envelopeWireBytes, 3600, 'three seconds of link time');
  assert.is(radio.limits.maxBytes, 4500, 'record bytes before deflate');
  assert.is(radio.windowBytes, 2 * 3600, 'one envelope, and one more since it holds more than two BDP (720 bytes each)');
  assert.ok(radio.windowBytes / 1200 < 8, 'an alarm waits behind under 8 s of link time');
  const fibre = linkSizing({ rate: 12_500_000, baseRttMs: 20, startup: false, wirePerRecordByte: 0.7, batch, keepaliveMs: 60_000 });
  assert.is(fibre.limits.maxBytes, 65_536, 'batch.max_bytes is the ceiling');
  assert.is(Math.round(fibre.windowBytes), Math.round(Math.ceil(65_536 * 0.7) + 2 * 250_000), 'one envelope and two BDP');
  const ramping = linkSizing({ rate: 8000, baseRttMs: 600, startup: true, wirePerRecordByte: 1, batch, keepaliveMs: 60_000, rampBytes: 120_000 });
  assert.is(ramping.windowBytes, 120_000, 'the ramp lifts the window past what window-limited rate samples give');
  const rampCapped = linkSizing({ rate: 1200, baseRttMs: 600, startup: true, wirePerRecordByte: 1, batch, keepaliveMs: 60_000, rampBytes: 120_000 });
  assert.is(rampCapped.windowBytes, 36_000, 'never past half a keepalive of link time');
  const slowKeepalive = linkSizing({ rate: 1200, baseRttMs: 60_000, startup: false, wirePerRecordByte: 1, batch, keepaliveMs: 10_000 });
  assert.is(slowKeepalive.windowBytes, 2 * slowKeepalive.envelopeWireBytes, 'half a keepalive caps the BDP part, never below two envelopes');
});

test('window ramp: grows by three times each envelope acked at the route round trip, ends at the first ack that shows a queue, again from the first window on a new connection', () => {
  const ramp = new WindowRamp(8192);
  assert.is(ramp.windowBytes, 8192);
  ramp.acked(4096, 640, 600);
  ramp.acked(4096, 650, 600);
  assert.is(ramp.windowBytes, 8192 + 3 * 8192, 'the first round trip acked 8 KiB without queueing: four times the window');
  ramp.acked(4096, 0, 0);
  assert.is(ramp.windowBytes, undefined, 'no base round trip known: no ramp');
  ramp.restart();
  ramp.acked(3600, 3400, 630);
  assert.is(ramp.windowBytes, undefined, 'a 9.6 kbit/s radio: the first envelope took seconds to cross, the pipe is already full');
  ramp.acked(4096, 640, 600);
  assert.is(ramp.windowBytes, undefined, 'once ended it stays ended on this connection');
  ramp.restart();
  assert.is(ramp.windowBytes, 8192);
});

/** A socket that holds `queued` bytes of what was written, as the test says. */
class FakeStream implements StreamBytes {
  bytesWritten = 0;
  writableLength = 0;
}

test('no resend while the first copy is still in the local socket; due once it left and the RTO passed', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2)]);
  const stream = new FakeStream();
  let now = Date.now();
  const meter = new LinkMeter({ initialRtoMs: 50, batch, keepaliveMs: 60_000 }, () => now);
  meter.attach(stream);
  const timedOut: InFlightEnvelope[] = [];
  const window = new SendWindow(outbox, (entry) => meter.resendDueIn(entry), (entry) => timedOut.push(entry), () => now);
  const lease = outbox.nextBatch(batch);
  assert.ok(lease);
  // Published: 5000 bytes written, all of it still in the socket's buffer.
  stream.bytesWritten = 5000;
  stream.writableLength = 5000;
  const entry = window.add(lease, meter.published(lease, 5000, 0));
  now += 10_000;
  assert.ok(meter.resendDueIn(entry) > 0, 'still queued here: not due, whatever the RTO');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.is(timedOut.length, 0);
  stream.writableLength = 0;
  assert.ok(meter.resendDueIn(entry) <= 0, 'left the machine 10 s ago with a 50 ms RTO: due');
  await waitFor('the resend', () => timedOut.length === 1, 5000);
  meter.timedOut(entry);
  const again = outbox.nextBatch(batch);
  assert.ok(again);
  assert.ok(meter.published(again, 5000, 0).resent, 'the next envelope with those records is a resend (Karn: no RTT sample from it)');
  window.releaseAll();
});

test("Karn's rule: an acked resend gives no RTT or rate sample; a first copy does", async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2)]);
  let now = 1_000_000;
  const meter = new LinkMeter({ initialRtoMs: 30_000, batch, keepaliveMs: 60_000 }, () => now);
  const lease = outbox.nextBatch({ maxBytes: 65_536, maxRecords: 1 });
  assert.ok(lease);
  const entry: InFlightEnvelope = { lease, sentAt: now, remaining: new Set(), timer: undefined, ...meter.published(lease, 1000, 0), resent: true };
  now += 5000;
  assert.is(meter.completed([entry]), undefined);
  assert.not.ok(meter.estimate.measured);
  const second = outbox.nextBatch(batch);
  assert.ok(second);
  const fresh: InFlightEnvelope = { lease: second, sentAt: now, remaining: new Set(), timer: undefined, ...meter.published(second, 1000, 0) };
  now += 800;
  assert.is(meter.completed([fresh]), 800);
  assert.is(meter.estimate.srttMs, 800);
  assert.is(Math.round(meter.deliveryRate), 1250);
  assert.is(second.records[0]?.priority, v1.Priority.PRIORITY_STATUS);
});

test.run();
