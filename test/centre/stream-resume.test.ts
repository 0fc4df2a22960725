import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Uplink } from '../../agent/uplink/index.js';
import { startSecureCentre, type SecureCentre, type Session } from './access-helpers.js';

let secure: SecureCentre | undefined;
const holder: { uplink?: Uplink | undefined } = {};

test.after.each(async () => {
  await holder.uplink?.stop();
  await secure?.centre.stop();
  secure = holder.uplink = undefined;
});

interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/** Opens /api/stream and reads events until `until` says stop (or the first `reset`). */
async function readStream(api: string, session: Session, headers: Record<string, string>, until: (events: SseEvent[]) => boolean, opened?: () => void): Promise<SseEvent[]> {
  const response = await fetch(`${api}/api/stream`, { headers: { cookie: session.cookie, ...headers } });
  assert.is(response.status, 200);
  opened?.();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let text = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end;
    while ((end = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, end).split('\n');
      text = text.slice(end + 2);
      const field = (name: string): string | undefined => block.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
      const event = field('event');
      if (event !== undefined) events.push({ event, id: field('id'), data: field('data') ?? '' });
    }
  }
  await reader.cancel();
  return events;
}

test('a client reconnecting with Last-Event-ID gets what it missed; an id from another run gets a reset', async () => {
  secure = await startSecureCentre();
  const viewer = await secure.login('viewer');
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  // Each sendIncident stores seven records: three snapshots, a reading, two detections, the incident.
  const PER_INCIDENT = 7;
  const first = readStream(secure.api, viewer, {}, (events) => events.length >= PER_INCIDENT, opened);
  await ready;
  await secure.sendIncident('inc-1', holder);
  const seen = await first;
  assert.equal(seen.map((event) => event.event), Array.from({ length: PER_INCIDENT }, () => 'record'));
  const lastId = seen[PER_INCIDENT - 1]?.id as string;
  assert.match(lastId, new RegExp(`^[0-9a-z]+-${PER_INCIDENT}$`));

  // Disconnected: two more incidents arrive meanwhile.
  await secure.sendIncident('inc-2', holder);
  await secure.sendIncident('inc-3', holder);
  const resumed = await readStream(secure.api, viewer, { 'last-event-id': lastId }, (events) => events.length >= 2 * PER_INCIDENT);
  assert.equal(resumed.map((event) => Number(event.id?.split('-')[1])), Array.from({ length: 2 * PER_INCIDENT }, (_, index) => PER_INCIDENT + 1 + index));
  const incidents = resumed.map((event) => JSON.parse(event.data) as { incident?: { id: string } }).flatMap((row) => (row.incident === undefined ? [] : [row.incident.id]));
  assert.equal(incidents, ['inc-2', 'inc-3']);

  const stale = await readStream(secure.api, viewer, { 'last-event-id': 'otherrun-5' }, (events) => events.length >= 1);
  assert.is(stale[0]?.event, 'reset');
});

test.run();
