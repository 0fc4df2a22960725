import { v1 } from '../wire/index.js';
import type { SqliteCentreStore } from '../centre/index.js';
import type { RecordBatch, RecordInput } from '../centre/store.js';

/**
 * A fleet for the console's benches: `posts` posts along a border some 600 km long, each online
 * with a surveyed position and one Health record, the first `incidents` of them with an incident
 * (one a second back from `now`). Stored directly (the fill is not what these benches time).
 */
export async function seedFleet(store: SqliteCentreStore, posts: number, incidents: number, now: number): Promise<void> {
  const health = v1.Record.encode({
    timeUnixMs: now,
    priority: v1.Priority.PRIORITY_STATUS,
    health: {
      components: [{ name: 'geo-1', state: v1.ComponentState.COMPONENT_STATE_OK }, { name: 'cam-1', state: v1.ComponentState.COMPONENT_STATE_OK }],
      vitals: { supplyVoltageV: 12.6, cpuTemperatureC: 41, outbox: [{ priority: v1.Priority.PRIORITY_STATUS, records: 3 }], link: { connected: true, ackRttMs: 140, signalDbm: -70 } },
    },
  }).finish();
  const batches: RecordBatch[] = [];
  for (let index = 0; index < posts; index += 1) {
    const postId = `bp-${String(index).padStart(3, '0')}`;
    await store.recordState({ postId, status: v1.PostStatus.POST_STATUS_ONLINE, name: `Post ${index}`, bootId: 'boot-1', agentVersion: '0.1.0', configHash: 'abc', startedUnixMs: now - 3600_000, stateUnixMs: now, storeId: '1', position: { latitudeDeg: 50 + (index / posts) * 4, longitudeDeg: 23 + Math.sin(index / 20) * 0.5 }, receivedUnixMs: now });
    const records: RecordInput[] = [{ seq: 1, kind: 'health', sensor: '', timeUnixMs: now, timeQuality: 1, priority: v1.Priority.PRIORITY_STATUS, bytes: health }];
    if (index < incidents) {
      const id = `inc-${index}`;
      records.push({ seq: 2, kind: 'incident', sensor: '', timeUnixMs: now - index * 1000, timeQuality: 1, priority: v1.Priority.PRIORITY_ALARM, bytes: v1.Record.encode({ timeUnixMs: now - index * 1000, incident: { id, kind: v1.DetectionKind.DETECTION_KIND_PERSON, detectionIds: ['geo-1:1'] } }).finish(), bodyId: id });
    }
    batches.push({ postId, storeId: '1', receivedUnixMs: now, records, backlog: 3 });
  }
  await store.storeBatches(batches);
}
