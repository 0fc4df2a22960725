// The Outpost centre console: plain ES module, same origin as the API, no third-party code.
// Every value from the API is put in the page with textContent, never as HTML.

const $ = (selector) => document.querySelector(selector);
import { renderSnapshots, renderWorkflow } from './incident-parts.js';
import { drawMap, prepareMap } from './map.js';
import { bindCommandForm, renderCommands } from './commands.js';
import { renderPost } from './post.js';
import { ALARM_ROWS, liveAlarms } from './alarm-feed.js';

const views = ['login', 'posts', 'post', 'alarms', 'incident'];
let session = null;
let stream = null;
let unseen = 0;

function show(view) {
  for (const name of views) $(`#${name}-view`).hidden = name !== view;
  $('#nav').hidden = session === null;
  $('#logout').hidden = session === null;
  $('#who').textContent = session === null ? '' : `${session.user} (${session.role})`;
}

function status(text) {
  $('#status').textContent = text;
}

async function api(path, options = {}) {
  const headers = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.method === 'POST' && session?.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), credentials: 'same-origin' });
  if (response.status === 401 && path !== '/api/login') {
    session = null;
    closeStream();
    location.hash = '#/login';
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
  return body;
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.append(td);
  return td;
}

const ago = (ms) => (ms > 0 ? `${Math.max(0, Math.round((Date.now() - ms) / 1000))} s ago` : 'never');
const when = (ms) => (ms ? new Date(Number(ms)).toISOString().replace('T', ' ').slice(0, 19) + 'Z' : '');
const kindName = (kind) => String(kind ?? '').replace('DETECTION_KIND_', '').toLowerCase();

async function showPosts() {
  show('posts');
  prepareMap();
  const [posts, health] = await Promise.all([api('/api/posts'), api('/api/health')]);
  const byPost = new Map(health.map((row) => [row.postId, row.health]));
  const body = $('#posts-table tbody');
  body.replaceChildren();
  for (const post of posts) {
    const vitals = byPost.get(post.id)?.vitals ?? {};
    const faults = (byPost.get(post.id)?.components ?? []).filter((c) => c.state && c.state !== 'COMPONENT_STATE_OK');
    const row = document.createElement('tr');
    row.dataset.post = post.id;
    const name = cell(row, '');
    const link = document.createElement('a');
    link.href = `#/post/${encodeURIComponent(post.id)}`;
    link.textContent = post.name ? `${post.id} (${post.name})` : post.id;
    name.append(link);
    cell(row, post.status, `state-${post.status}`);
    cell(row, ago(post.lastSeenUnixMs));
    cell(row, vitals.supplyVoltageV === undefined ? '' : `${Number(vitals.supplyVoltageV).toFixed(1)} V`);
    cell(row, post.backlog === null ? '' : String(post.backlog));
    cell(row, faults.map((c) => `${c.name}: ${c.message || c.state}`).join('; '));
    body.append(row);
  }
  await drawMap($('#map'), posts);
  status(`${posts.length} posts`);
  // When the posts page is usable: what bench/centre-console.ts times the first load by.
  performance.mark('outpost:posts-ready');
}

function alarmItem(row) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const id = row.incident?.id ?? '';
  link.href = `#/incident/${encodeURIComponent(row.postId)}/${encodeURIComponent(id)}`;
  link.textContent = `${when(row.timeUnixMs)} · ${row.postId} · ${kindName(row.incident?.kind)} · ${id}`;
  item.dataset.incident = `${row.postId}/${id}`;
  item.append(link);
  if (row.workflow?.assessment) {
    item.classList.add('done');
    item.append(` · assessed: ${row.workflow.assessment.label}`);
  } else if (row.workflow?.acknowledged) item.append(' · acknowledged');
  return item;
}

async function showAlarms() {
  show('alarms');
  unseen = 0;
  $('#new-count').hidden = true;
  const incidents = await api(`/api/incidents?limit=${ALARM_ROWS}`);
  alarms.reset(incidents);
  status(`${incidents.length} recent incidents`);
}

let audio = null;

/** A short tone for a new incident. Browsers allow sound only after the user interacted with the page (the login counts). */
function chime() {
  try {
    audio ??= new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  } catch {
    // No audio device or not allowed yet: the visible announcement stands alone.
  }
}

function closeStream() {
  stream?.close();
  stream = null;
}

/** Once per frame: what arrived since the last one, announced once (one tone for a burst). */
function announce(rows, waiting) {
  if ($('#alarms-view').hidden) {
    unseen += rows.length;
    $('#new-count').textContent = String(unseen);
    $('#new-count').hidden = false;
  }
  const last = rows[rows.length - 1];
  const latest = `${last.incident?.id ?? ''} at ${last.postId}`;
  const held = waiting > 0 ? ` · ${waiting} new above, held while you work in the list` : '';
  status(`${rows.length === 1 ? `New incident ${latest}` : `${rows.length} new incidents, the latest ${latest}`}${held}`);
  chime();
}

const alarms = liveAlarms($('#alarm-list'), (row, fresh) => {
  const item = alarmItem(row);
  if (fresh) item.classList.add('new');
  return item;
}, announce);

/** The live feed: EventSource resends Last-Event-ID on reconnect, so the centre replays what was missed. */
function openStream() {
  if (stream !== null) return;
  stream = new EventSource('/api/stream?kind=incident');
  stream.addEventListener('record', (event) => alarms.push(JSON.parse(event.data)));
  stream.addEventListener('reset', () => void showAlarms());
}

async function showIncident(postId, incidentId) {
  show('incident');
  const detail = await api(`/api/incidents/${encodeURIComponent(postId)}/${encodeURIComponent(incidentId)}`);
  const incident = detail.incident.incident;
  $('#incident-title').textContent = `Incident ${incident.id} at ${postId}`;
  const facts = $('#incident-facts');
  facts.replaceChildren();
  for (const [term, value] of [['Kind', kindName(incident.kind)], ['Confidence', incident.confidence === undefined ? '' : Number(incident.confidence).toFixed(2)], ['Time', when(detail.incident.timeUnixMs)], ['Sensors', (incident.sensors ?? []).join(', ')]]) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    facts.append(dt, dd);
  }
  const body = $('#detections-table tbody');
  body.replaceChildren();
  for (const row of detail.detections) {
    const tr = document.createElement('tr');
    cell(tr, row.detection.id);
    cell(tr, row.detection.sensor);
    cell(tr, kindName(row.detection.kind));
    cell(tr, row.detection.confidence === undefined ? '' : Number(row.detection.confidence).toFixed(2));
    cell(tr, when(row.timeUnixMs));
    body.append(tr);
  }
  const readings = $('#readings-table tbody');
  readings.replaceChildren();
  for (const row of detail.readings.slice(0, 20)) {
    const tr = document.createElement('tr');
    const channels = row.reading.channels ?? [];
    const values = (row.reading.samples?.[0]?.values ?? []).map((value, index) => `${channels[index]?.name ?? index}=${value}${channels[index]?.unit ? ` ${channels[index].unit}` : ''}`);
    cell(tr, row.reading.sensor);
    cell(tr, values.join(', '));
    cell(tr, when(row.timeUnixMs));
    readings.append(tr);
  }
  renderSnapshots(detail.snapshots, when);
  renderWorkflow(detail.workflow);
  const mayAct = session.role !== 'viewer';
  $('#actions').hidden = !mayAct;
  $('#read-only').hidden = mayAct;
  $('#incident-view').dataset.key = `${postId}/${incidentId}`;
  status('');
}

async function showPost(postId) {
  show('post');
  await Promise.all([renderPost(api, when, postId), renderCommands(api, when, postId, session.role !== 'viewer')]);
  status('');
}

async function act(action, body) {
  const key = $('#incident-view').dataset.key;
  const [postId, ...rest] = key.split('/');
  const path = `/api/incidents/${encodeURIComponent(postId)}/${encodeURIComponent(rest.join('/'))}/${action}`;
  renderWorkflow(await api(path, { method: 'POST', body }));
  status(action === 'assess' ? 'Assessment saved' : 'Acknowledged');
}

async function route() {
  try {
    if (session === null) {
      show('login');
      $('#login-form [name=name]').focus();
      return;
    }
    openStream();
    const [, page, ...args] = location.hash.split('/');
    if (page === 'alarms') await showAlarms();
    else if (page === 'post' && args.length === 1) await showPost(decodeURIComponent(args[0]));
    else if (page === 'incident' && args.length === 2) await showIncident(decodeURIComponent(args[0]), decodeURIComponent(args[1]));
    else await showPosts();
    $('main h1:not([hidden])')?.setAttribute('tabindex', '-1');
  } catch (error) {
    status(String(error.message ?? error));
  }
}

$('#login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  $('#login-error').textContent = '';
  try {
    session = await api('/api/login', { method: 'POST', body: { name: form.get('name'), password: form.get('password') } });
    event.target.reset();
    location.hash = '#/posts';
    await route();
  } catch (error) {
    $('#login-error').textContent = `Login refused: ${error.message}`;
  }
});

$('#logout').addEventListener('click', async () => {
  await api('/api/logout', { method: 'POST', body: {} }).catch(() => undefined);
  session = null;
  closeStream();
  location.hash = '#/login';
  await route();
});

$('#acknowledge').addEventListener('click', () => act('acknowledge', {}).catch((error) => status(error.message)));
$('#assess-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  act('assess', { assessment: form.get('assessment'), note: form.get('note') ?? '' }).catch((error) => status(error.message));
});

bindCommandForm(api, when, status);

window.addEventListener('hashchange', () => void route());

api('/api/session')
  .then((body) => (session = body))
  .catch(() => (session = null))
  .finally(() => void route());
