import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildStatus, type StatusSource } from '../../agent/diagnostics/status-report.js';
import { formatStatus } from '../../agent/diagnostics/status-text.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import { v1 } from '../../wire/index.js';
import { FakeClocks, detection, drainAll, open, reading, snapshot, storePath } from '../outbox/helpers.js';

const HOUR = 3_600_000;

function statusOf(outbox: SqliteOutbox, now: number) {
  const source: StatusSource = {
    identity: () => ({ postId: 'classes-01', bootId: 'boot', agentVersion: '0.0.0', configHash: '0'.repeat(64), configFile: '/etc/outpost/post.yaml', startedUnixMs: now - 60_000 }),
    components: () => [],
    outboxStats: () => outbox.stats(),
    link: () => undefined,
    time: () => ({ quality: v1.TimeQuality.TIME_QUALITY_NTP }),
  };
  return buildStatus(source, now);
}

test('outpost status gives each class its depth, oldest age and drops (evicted, expired, compacted) from the outbox', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, { max_records: 6, ttl: { alarm: '4h', status: '4h', bulk: '1h' }, drop_report_interval: '10h' });
  await outbox.enqueue([reading('power', 1), reading('power', 2), reading('power', 3)]);
  await outbox.enqueue([snapshot('cam-1'), snapshot('cam-2')]);
  clocks.advance(HOUR + 1_000);
  drainAll(outbox);
  await outbox.enqueue([detection('d1'), detection('d2'), detection('d3'), detection('d4'), detection('d5'), detection('d6')]);

  const report = statusOf(outbox, clocks.now());
  const byClass = Object.fromEntries((report.outbox?.classes ?? []).map((entry) => [entry.class, entry]));
  assert.equal(Object.keys(byClass), ['alarm', 'status', 'bulk'], 'drain order');
  assert.equal(byClass.alarm?.drops, { evicted: 0, expired: 0, compacted: 0 });
  assert.is(byClass.alarm?.records, 6);
  assert.equal(byClass.status?.drops, { evicted: 1, expired: 0, compacted: 2 }, 'two readings superseded, the last evicted for the alarms');
  assert.is(byClass.status?.records, 0);
  assert.equal(byClass.bulk?.drops, { evicted: 0, expired: 2, compacted: 0 }, 'both snapshots outlived the bulk TTL');
  assert.equal(report.outbox?.drops, { evicted: 1, expired: 2, compacted: 2 }, 'the totals are the sums of the classes');

  clocks.advance(90_000);
  const later = statusOf(outbox, clocks.now());
  assert.is(later.outbox?.classes[0]?.oldestAgeS, 90);
  const text = formatStatus(later);
  assert.match(text, /\n {2}alarm +6 records +[\d.]+ [KM]?i?B {2}oldest 1m30s +dropped none\n/);
  assert.match(text, /\n {2}status +0 records +0 B {2}oldest - +dropped 1 evicted, 2 compacted\n/);
  assert.match(text, /\n {2}bulk +0 records +0 B {2}oldest - +dropped 2 expired\n/);
  await outbox.close();
});

test.run();
