import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { FakeClocks, detection, drainAll, dropReports, eventRecord, open, seqsOf, snapshot, storePath } from './helpers.js';

const { DropReason, Priority } = v1;
const test = suite('outbox: TTL and clock jumps');

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;
const ttls = { ttl: { alarm: '4h', status: '2h', bulk: '1h' }, compact_status: false, drop_report_interval: '1m' };
const names = (outbox: ReturnType<typeof open>) => drainAll(outbox).filter((record) => !record.event?.dropped).map((record) => record.detection?.id ?? record.event?.message ?? record.snapshot?.camera);

async function oneOfEach(outbox: ReturnType<typeof open>): Promise<void> {
  await outbox.enqueue([detection('alarm'), eventRecord('status'), snapshot('bulk')]);
}

test('each class expires after its own TTL, and the expiry is reported', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, ttls);
  await oneOfEach(outbox);
  clocks.advance(HOUR - 1_000);
  assert.equal(names(outbox), ['alarm', 'status', 'bulk']);
  clocks.advance(2_000);
  assert.equal(names(outbox), ['alarm', 'status'], 'bulk after 1 h');
  clocks.advance(HOUR);
  assert.equal(names(outbox), ['alarm'], 'status after 2 h');
  clocks.advance(2 * HOUR);
  assert.equal(names(outbox), [], 'alarms after 4 h');
  assert.is(outbox.stats().expired, 3);
  await outbox.enqueue([detection('later')]);
  const reports = dropReports(drainAll(outbox)).filter((report) => report.reason === DropReason.DROP_REASON_EXPIRED);
  assert.equal(
    reports.map((report) => [report.priority, report.count]).sort(),
    [
      [Priority.PRIORITY_ALARM, 1],
      [Priority.PRIORITY_STATUS, 1],
      [Priority.PRIORITY_BULK, 1],
    ].sort(),
  );
  await outbox.close();
});

test('a wall clock corrected by years while running neither expires everything nor keeps records forever', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, ttls);
  await oneOfEach(outbox);
  clocks.jump(+5 * YEAR);
  assert.equal(names(outbox), ['alarm', 'status', 'bulk'], 'a jump forward expires nothing');
  clocks.jump(-10 * YEAR);
  clocks.advance(HOUR + 1_000);
  assert.equal(names(outbox), ['alarm', 'status'], 'after a jump back, records still expire on time');
  assert.is(outbox.stats().classes.find((c) => c.priority === Priority.PRIORITY_ALARM)?.oldestAgeS, 3601, 'ages ignore the jumps');
  await outbox.close();
});

test('across a restart, believable downtime counts towards TTLs', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const first = open(path, clocks, ttls);
  await oneOfEach(first);
  await first.close();
  clocks.wall += 90 * 60_000; // powered off for 90 minutes; the monotonic clock of a new process starts anew
  clocks.mono = 5;
  const second = open(path, clocks, ttls);
  assert.equal(names(second), ['alarm', 'status'], 'bulk (1 h) expired during the downtime, status (2 h) not yet');
  await second.close();
});

test('across a restart, a wall clock that leapt by years or went backwards does not count', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const first = open(path, clocks, ttls);
  await oneOfEach(first);
  await first.close();
  clocks.wall += 7 * YEAR;
  const second = open(path, clocks, ttls);
  assert.equal(names(second), ['alarm', 'status', 'bulk'], 'a leap longer than any TTL is a clock correction, not downtime');
  await second.close();
  clocks.wall -= 20 * YEAR;
  const third = open(path, clocks, ttls);
  assert.equal(names(third), ['alarm', 'status', 'bulk'], 'a clock gone backwards credits nothing');
  clocks.advance(HOUR + 1_000);
  assert.equal(names(third), ['alarm', 'status'], 'and records age from there on');
  await third.close();
});

test('ordering follows seq, whatever the wall clock says', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, ttls);
  await outbox.enqueue([detection('first')]);
  clocks.jump(-3 * YEAR);
  await outbox.enqueue([detection('second')]);
  clocks.jump(+6 * YEAR);
  await outbox.enqueue([detection('third')]);
  assert.equal(names(outbox), ['first', 'second', 'third']);
  await outbox.close();
});

test('records out on a lease do not expire under the uplink', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, { ...ttls, lease: '10h' });
  await oneOfEach(outbox);
  const lease = outbox.nextBatch({ maxBytes: 1e6, maxRecords: 10 });
  assert.equal(seqsOf(lease), [1, 2, 3]);
  clocks.advance(5 * HOUR);
  assert.is(outbox.nextBatch({ maxBytes: 1e6, maxRecords: 10 }), undefined);
  assert.is(outbox.ack([{ first: 1, last: 3 }]), 3, 'still there to be acked');
  await outbox.close();
});

test.run();
