import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink } from '../uplink/helpers.js';
import { MemoryOutbox } from '../uplink/memory-outbox.js';

let centre: RunningCentre | undefined;
let uplink: Uplink | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await centre?.stop();
  uplink = centre = undefined;
});

const T0 = 1_760_000_000_000;

/** A stored record as the API gives it (centre/README.md): the body under its kind's name. */
interface RecordRow {
  postId: string;
  kind: string;
  detection?: { id: string };
  incident?: { id: string };
  reading?: { samples: { values: number[] }[] };
  event?: { kind: string };
}

interface PostRow {
  id: string;
  online: boolean;
  name: string;
  backlog: number | null;
  lastSeenUnixMs: number;
  health?: { health: { vitals: { outbox: { records: string }[] } } };
}

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${centre?.httpAddress}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** Reads `count` SSE record events from /api/stream. */
async function streamEvents(url: string, count: number, ready: () => void): Promise<RecordRow[]> {
  const response = await fetch(url);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: RecordRow[] = [];
  let text = '';
  ready();
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end;
    while ((end = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (block.includes('event: record') && data !== undefined) events.push(JSON.parse(data.slice(6)) as RecordRow);
    }
  }
  await reader.cancel();
  return events;
}

test('the HTTP API serves posts, detections, incidents, readings, health, events, stats and a live stream', async () => {
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'centre.db'), http: '127.0.0.1:0' });
  const outbox = new MemoryOutbox();
  await outbox.enqueue([
    { timeUnixMs: T0 + 1, detection: { id: 'geo-1:1', sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.8 } },
    { timeUnixMs: T0 + 2, detection: { id: 'beam-e:1', sensor: 'beam-e', kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK, confidence: 1 } },
    { timeUnixMs: T0 + 3, incident: { id: 'inc-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, detectionIds: ['geo-1:1', 'beam-e:1'] } },
    { timeUnixMs: T0 + 4, reading: { sensor: 'power', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.6] }] } },
    { timeUnixMs: T0 + 5, reading: { sensor: 'enclosure', channels: [{ name: 'temperature', unit: 'Cel' }], samples: [{ values: [31] }] } },
    { timeUnixMs: T0 + 6, health: { components: [{ name: 'uplink', state: v1.ComponentState.COMPONENT_STATE_OK }], vitals: { outbox: [{ priority: v1.Priority.PRIORITY_STATUS, records: 42 }] } } },
    { timeUnixMs: T0 + 7, event: { kind: v1.EventKind.EVENT_KIND_AGENT_STARTED, source: 'agent', message: 'started' } },
  ]);
  uplink = makeUplink('bp-030', outbox, { broker: centre.brokerAddress });
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const streamed = streamEvents(`${centre.httpAddress}/api/stream?kind=detection`, 2, opened);
  // Headers arrive once the centre has registered the stream.
  await open;
  await uplink.start();
  await waitFor('every record stored', () => outbox.stats().records === 0);

  const posts = await get<PostRow[]>('/api/posts');
  assert.is(posts.status, 200);
  assert.is(posts.body.length, 1);
  assert.is(posts.body[0]?.id, 'bp-030');
  assert.is(posts.body[0]?.online, true);
  assert.is(posts.body[0]?.name, 'Test post');
  assert.is(posts.body[0]?.backlog, 42);
  assert.ok((posts.body[0]?.lastSeenUnixMs ?? 0) > 0);

  const one = await get<PostRow>('/api/posts/bp-030');
  assert.is(one.body.health?.health.vitals.outbox[0]?.records, '42');
  assert.is((await get('/api/posts/nope')).status, 404);

  const detections = await get<RecordRow[]>('/api/detections?post=bp-030');
  assert.equal(detections.body.map((row) => row.detection?.id), ['beam-e:1', 'geo-1:1'], 'newest first');
  assert.is(detections.body[0]?.postId, 'bp-030');
  assert.is(detections.body[0]?.kind, 'detection');
  assert.equal((await get<RecordRow[]>(`/api/detections?since=${T0 + 2}`)).body.map((row) => row.detection?.id), ['beam-e:1']);
  assert.equal((await get<RecordRow[]>('/api/detections?limit=1')).body.length, 1);
  assert.equal((await get<RecordRow[]>(`/api/detections?since=${new Date(T0 + 2).toISOString()}`)).body.length, 1);
  assert.is((await get('/api/detections?limit=zero')).status, 400);
  assert.is((await get('/api/detections?since=yesterday')).status, 400);

  assert.equal((await get<RecordRow[]>('/api/incidents')).body.map((row) => row.incident?.id), ['inc-1']);
  assert.equal((await get<RecordRow[]>('/api/readings?sensor=power')).body.map((row) => row.reading?.samples[0]?.values[0]), [12.6]);
  assert.is((await get<RecordRow[]>('/api/readings?post=bp-030')).body.length, 2);
  assert.is((await get<RecordRow[]>('/api/health?post=bp-030')).body.length, 1);
  assert.equal((await get<RecordRow[]>('/api/events')).body.map((row) => row.event?.kind), ['EVENT_KIND_AGENT_STARTED']);
  const stats = await get<{ stored: number; malformed: number }>('/api/stats');
  assert.is(stats.body.stored, 7);
  assert.is(stats.body.malformed, 0);
  assert.is((await get('/api/nothing')).status, 404);

  const events = await streamed;
  assert.equal(events.map((event) => event.detection?.id).sort(), ['beam-e:1', 'geo-1:1']);
});

test.run();
