import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toNumber, v1 } from '../../wire/index.js';
import { FakeClocks, detection, drainAll, dropReports, eventRecord, open, seqsOf, snapshot, storePath } from './helpers.js';

const { DropReason, Priority } = v1;
const test = suite('outbox: bounds, eviction order, drop reports');

const kinds = (records: ReturnType<typeof drainAll>) =>
  records.map((record) => record.detection?.id ?? record.event?.message ?? record.snapshot?.camera ?? '?');

test('over max_records: bulk goes first, then status, alarms last, oldest first in each', async () => {
  const outbox = open(storePath(), new FakeClocks(), { max_records: 6, compact_status: false, drop_report_interval: '1h' });
  await outbox.enqueue([snapshot('b1'), eventRecord('s1'), detection('a1'), snapshot('b2'), eventRecord('s2'), detection('a2')]);
  await outbox.enqueue([detection('a3')]);
  assert.equal(kinds(drainAll(outbox)), ['a1', 'a2', 'a3', 's1', 's2', 'b2'], 'the oldest bulk record went');
  await outbox.enqueue([detection('a4'), detection('a5')]);
  assert.equal(kinds(drainAll(outbox)), ['a1', 'a2', 'a3', 'a4', 'a5', 's2'], 'bulk gone, then the oldest status');
  await outbox.enqueue([detection('a6'), detection('a7')]);
  assert.equal(kinds(drainAll(outbox)), ['a2', 'a3', 'a4', 'a5', 'a6', 'a7'], 'alarms only as a last resort, oldest first');
  const stats = outbox.stats();
  assert.is(stats.records, 6);
  assert.is(stats.evicted, 5);
  await outbox.close();
});

test('over max_bytes: evicts until the bytes fit', async () => {
  const outbox = open(storePath(), new FakeClocks(), { max_bytes: 3_000, compact_status: false });
  await outbox.enqueue([snapshot('b1', 1_000), snapshot('b2', 1_000), detection('a1')]);
  await outbox.enqueue([snapshot('b3', 1_000)]);
  assert.equal(kinds(drainAll(outbox)), ['a1', 'b2', 'b3']);
  assert.ok(outbox.stats().bytes <= 3_000);
  await outbox.close();
});

test('records out on a lease are not evicted', async () => {
  const outbox = open(storePath(), new FakeClocks(), { max_records: 3, compact_status: false });
  await outbox.enqueue([snapshot('b1'), snapshot('b2'), snapshot('b3')]);
  const lease = outbox.nextBatch({ maxBytes: 1e6, maxRecords: 1 });
  assert.equal(seqsOf(lease), [1]);
  await outbox.enqueue([snapshot('b4')]);
  assert.is(outbox.ack([{ first: 1, last: 1 }]), 1, 'the leased record was still there to ack');
  await outbox.close();
});

test('evictions are reported upstream as RECORDS_DROPPED events with counts, seqs and severity', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const outbox = open(path, clocks, { max_records: 4, compact_status: false, drop_report_interval: '1m' });
  await outbox.enqueue([snapshot('b1'), snapshot('b2'), detection('a1'), detection('a2')]);
  await outbox.enqueue([detection('a3'), detection('a4'), detection('a5')]);
  assert.equal(dropReports(drainAll(outbox)), [], 'not before the report interval');
  clocks.advance(61_000);
  await outbox.enqueue([detection('a6')]);
  const records = drainAll(outbox);
  const events = records.filter((record) => record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED);
  const byClass = new Map(events.map((record) => [record.event?.dropped?.priority, record]));
  const bulk = byClass.get(Priority.PRIORITY_BULK)?.event;
  assert.is(toNumber(bulk?.dropped?.count), 2);
  assert.is(bulk?.dropped?.reason, DropReason.DROP_REASON_EVICTED);
  assert.equal([toNumber(bulk?.dropped?.firstSeq), toNumber(bulk?.dropped?.lastSeq)], [1, 2]);
  assert.is(bulk?.severity, v1.Severity.SEVERITY_WARNING);
  assert.match(bulk?.message ?? '', /2 bulk records evicted because the outbox was full \(seq 1\.\.2\)/);
  const alarms = byClass.get(Priority.PRIORITY_ALARM)?.event;
  assert.is(toNumber(alarms?.dropped?.count), 1);
  assert.is(alarms?.severity, v1.Severity.SEVERITY_ALARM, 'losing an alarm is itself an alarm');
  assert.is(events[0]?.priority, Priority.PRIORITY_STATUS, 'the report is a status record, as its body says');
  await outbox.close();
});

test('a storm of evictions is a handful of events, and the counts add up', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const outbox = open(path, clocks, { max_records: 40, compact_status: false, drop_report_interval: '1m' });
  for (let round = 0; round < 200; round++) {
    await outbox.enqueue([snapshot(`b${round}`, 10), eventRecord(`s${round}`)]);
    clocks.advance(500);
  }
  const evicted = outbox.stats().evicted;
  assert.ok(evicted >= 350, `a storm (${evicted} evictions)`);
  await outbox.close();
  const again = open(path, clocks, { max_records: 1_000, compact_status: false });
  const reports = dropReports(drainAll(again));
  assert.ok(reports.length <= 8, `${reports.length} drop events for ${evicted} evictions over 100 s`);
  const reported = reports.filter((report) => report.reason === DropReason.DROP_REASON_EVICTED).reduce((total, report) => total + report.count, 0);
  assert.is(reported, evicted, 'every eviction reported exactly once, even though reports are status records that were evicted themselves');
  await again.close();
});

test('drop sums survive a restart and are reported once', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const first = open(path, clocks, { max_records: 2, compact_status: false, drop_report_interval: '1h' });
  await first.enqueue([snapshot('b1'), snapshot('b2'), snapshot('b3')]);
  await first.close();
  const evicted = first.stats().evicted;
  assert.ok(evicted >= 1);
  const reopen = async (): Promise<number[]> => {
    const outbox = open(path, clocks, { max_records: 100, compact_status: false, drop_report_interval: '1h' });
    const counts = dropReports(drainAll(outbox)).map((report) => report.count);
    await outbox.close();
    return counts;
  };
  const second = await reopen();
  const third = await reopen();
  assert.is(second.reduce((a, b) => a + b, 0), evicted, 'every eviction reported');
  assert.equal(third, second, 'and not a second time');
});

test('compactions are counted and reported too', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const outbox = open(path, clocks, { drop_report_interval: '1m' });
  for (let value = 0; value < 5; value++) await outbox.enqueue([{ reading: { sensor: 'battery', samples: [{ values: [value] }] } }]);
  clocks.advance(60_000);
  await outbox.enqueue([detection('a')]);
  assert.equal(
    dropReports(drainAll(outbox)),
    [{ reason: DropReason.DROP_REASON_COMPACTED, priority: Priority.PRIORITY_STATUS, count: 4 }],
  );
  await outbox.close();
});

test.run();
