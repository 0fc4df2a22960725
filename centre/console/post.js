// The post page: its facts, sensors, health over time (charts) and recent faults and events.

import { lineChart } from './charts.js';

const $ = (selector) => document.querySelector(selector);
const DAY_MS = 24 * 3600_000;

function fact(list, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

const shortName = (value, prefix) => String(value ?? '').replace(prefix, '').toLowerCase();

/** Fills #post-view for one post; `api` and `when` are the console's own helpers. */
export async function renderPost(api, when, postId) {
  const id = encodeURIComponent(postId);
  const [post, vitals, events] = await Promise.all([api(`/api/posts/${id}`), api(`/api/posts/${id}/vitals?since=${Date.now() - DAY_MS}&limit=1000`), api(`/api/events?post=${id}&limit=20`)]);
  $('#post-title').textContent = post.name ? `Post ${post.id} (${post.name})` : `Post ${post.id}`;
  const facts = $('#post-facts');
  facts.replaceChildren();
  fact(facts, 'State', post.status);
  fact(facts, 'Last seen', when(post.lastSeenUnixMs));
  fact(facts, 'Agent', post.agentVersion);
  fact(facts, 'Position', post.position && Number.isFinite(post.position.latitudeDeg) ? `${post.position.latitudeDeg.toFixed(5)}, ${post.position.longitudeDeg.toFixed(5)}` : 'not reported');
  fact(facts, 'Backlog', post.backlog === null ? '' : `${post.backlog} records`);

  const sensors = $('#sensors-table tbody');
  sensors.replaceChildren();
  for (const component of post.health?.health?.components ?? []) {
    const row = document.createElement('tr');
    for (const text of [component.name, shortName(component.state, 'COMPONENT_STATE_'), component.message ?? '']) {
      const td = document.createElement('td');
      td.textContent = text;
      row.append(td);
    }
    if (component.state && component.state !== 'COMPONENT_STATE_OK') row.className = 'fault';
    sensors.append(row);
  }

  const points = vitals.map((point) => ({ ...point, t: Date.parse(point.time) }));
  const series = (key) => points.map((point) => ({ t: point.t, v: point[key] }));
  $('#charts').replaceChildren(
    lineChart('Battery', 'V', series('batteryV')),
    lineChart('Temperature', '°C', series('temperatureC')),
    lineChart('Signal', 'dBm', series('signalDbm')),
    lineChart('Backlog', 'records', series('backlogRecords')),
    lineChart('Ack round trip', 'ms', series('ackRttMs')),
  );
  $('#charts-range').textContent = points.length === 0 ? 'No health reports in the last 24 hours.' : `${points.length} health reports since ${when(points[0].t)}.`;

  const list = $('#post-events');
  list.replaceChildren(
    ...events.map((row) => {
      const item = document.createElement('li');
      item.textContent = `${when(row.timeUnixMs)} ${shortName(row.event?.kind, 'EVENT_KIND_')} ${row.event?.source ?? ''}: ${row.event?.message ?? ''}`;
      return item;
    }),
  );
  if (events.length === 0) list.textContent = 'No events.';
}
