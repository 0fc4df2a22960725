/**
 * A post in a child process for the crash tests: the real SqliteOutbox and the real Uplink.
 *   node --import tsx agent-child.ts <outbox file> <broker url> <first id> <count>
 * Enqueues `count` detections with ids first..first+count-1 in batches of 20 while the uplink
 * drains, printing `enqueued <last id>` after each enqueue has resolved (durable), then waits
 * until the outbox is empty, prints `drained`, stops cleanly and exits 0.
 */
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { outboxOptionsFrom, SqliteOutbox } from '../../agent/outbox/index.js';
import { outboxSchema } from '../../agent/outbox/config.js';
import { Uplink } from '../../agent/uplink/index.js';
import { stateFacts, uplinkConfig } from './helpers.js';

const [path, broker, firstText, countText] = process.argv.slice(2);
const first = Number(firstText);
const count = Number(countText);
const outbox = SqliteOutbox.open(path as string, outboxOptionsFrom(outboxSchema.parse({ path, compact_status: false, group_commit: 0 })));
const uplink = new Uplink({
  config: uplinkConfig({ broker, ack_timeout: '2s', reconnect: { min: '100ms', max: '400ms' }, batch: { max_records: 20 }, in_flight: 4 }),
  postId: 'bp-040',
  outbox,
  log: silentLogger(),
  state: stateFacts(),
  idlePollMs: 20,
});
await uplink.start();
for (let id = first; id < first + count; id += 20) {
  const ids = Array.from({ length: Math.min(20, first + count - id) }, (_, index) => id + index);
  await outbox.enqueue(ids.map((value) => ({ timeUnixMs: Date.now(), detection: { id: String(value), sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON } })));
  process.stdout.write(`enqueued ${ids.at(-1)}\n`);
  await new Promise((resolve) => setTimeout(resolve, 2));
}
while (outbox.stats().records > 0) await new Promise((resolve) => setTimeout(resolve, 20));
process.stdout.write('drained\n');
await uplink.stop();
await outbox.close();
