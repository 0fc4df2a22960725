import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect } from 'node:net';
import { z } from 'zod';
import type { Uplink } from '../../agent/uplink/index.js';
import { v1 } from '../../wire/index.js';
import { startSecureCentre, type SecureCentre } from './access-helpers.js';

let secure: SecureCentre;
const holder: { uplink?: Uplink | undefined } = {};

const T0 = Date.now() - 3 * 60_000;
/** Three Health records a minute apart: battery as a float32 carries noise the API must round away. */
const HEALTH = [12.4, 12.35, 12.3].map((volts, minute) => ({
  timeUnixMs: T0 + minute * 60_000,
  health: { vitals: { supplyVoltageV: volts, cpuTemperatureC: 41.25 + minute, outbox: [{ priority: v1.Priority.PRIORITY_STATUS, records: 10 * minute }, { priority: v1.Priority.PRIORITY_ALARM, records: 1 }], link: { connected: minute !== 1, ackRttMs: 120 + minute, signalDbm: -71.4 } } },
}));

test.before(async () => {
  secure = await startSecureCentre();
  await secure.sendIncident('inc-7', holder, HEALTH);
});

test.after(async () => {
  await holder.uplink?.stop();
  await secure.centre.stop();
});

interface OpenApi {
  paths: Record<string, Record<string, { 'x-role': string; responses: { '200': { content: Record<string, { schema: { $ref?: string; items?: { $ref: string } } }> } } }>>;
  components: { schemas: Record<string, unknown> };
}

let openapi: OpenApi;

/** Checks a 200 answer against the OpenAPI document's schema for that operation. */
async function conforms(path: string, method: string, template: string, response: Response): Promise<unknown> {
  assert.is(response.status, 200, `${method} ${path}: ${response.status}`);
  const body = (await response.json()) as unknown;
  const schema = openapi.paths[template]?.[method]?.responses['200'].content['application/json']?.schema;
  assert.ok(schema !== undefined, `${method} ${template} is in the OpenAPI document`);
  const name = (schema.$ref ?? schema.items?.$ref ?? '').split('/').at(-1) as string;
  const validator = z.fromJSONSchema(openapi.components.schemas[name] as Parameters<typeof z.fromJSONSchema>[0]);
  const result = (schema.items === undefined ? validator : z.array(validator)).safeParse(body);
  assert.ok(result.success, `${method} ${path} does not match ${name}: ${result.error?.message.slice(0, 400)}`);
  return body;
}

test('every route but login answers 401 without a session or token, as problem+json', async () => {
  openapi = (await (await fetch(`${secure.api}/api/openapi.json`)).json()) as OpenApi;
  const routes = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ path, method, role: methods[method]?.['x-role'] })));
  assert.ok(routes.length >= 15, `${routes.length} routes`);
  for (const { path, method, role } of routes) {
    if (role === 'public') continue;
    const concrete = path.replace('{post}', 'bp-030').replace('{incident}', 'inc-7');
    const response = await fetch(`${secure.api}${concrete}`, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, ...(method === 'post' ? { body: '{}' } : {}) });
    assert.is(response.status, 401, `${method} ${concrete}`);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  }
  assert.is((await fetch(`${secure.api}/api/nothing`)).status, 401, 'an unknown route does not tell an anonymous caller it is unknown');
  assert.is((await secure.request('/api/posts', { token: 'opc_forged_token' })).status, 401);
});

test('answers match the OpenAPI document; a viewer reads but gets 403 for changes and the audit log', async () => {
  const viewer = await secure.login('viewer');
  await conforms('/api/session', 'get', '/api/session', await secure.request('/api/session', { session: viewer }));
  await conforms('/api/posts', 'get', '/api/posts', await secure.request('/api/posts', { session: viewer }));
  await conforms('/api/posts/bp-030', 'get', '/api/posts/{post}', await secure.request('/api/posts/bp-030', { session: viewer }));
  await conforms('/api/detections', 'get', '/api/detections', await secure.request('/api/detections', { session: viewer }));
  const incidents = (await conforms('/api/incidents', 'get', '/api/incidents', await secure.request('/api/incidents', { session: viewer }))) as { workflow: { acknowledged: unknown } }[];
  assert.is(incidents[0]?.workflow.acknowledged, null);
  const detail = (await conforms('/api/incidents/bp-030/inc-7', 'get', '/api/incidents/{post}/{incident}', await secure.request('/api/incidents/bp-030/inc-7', { session: viewer }))) as { detections: { detection: { id: string } }[] };
  assert.equal(detail.detections.map((row) => row.detection.id).sort(), ['inc-7:beam', 'inc-7:geo']);
  await conforms('/api/stats', 'get', '/api/stats', await secure.request('/api/stats', { session: viewer }));
  const assess = await secure.request('/api/incidents/bp-030/inc-7/assess', { method: 'POST', session: viewer, body: { assessment: 'person', note: 'walker' } });
  assert.is(assess.status, 403);
  assert.match(((await assess.json()) as { detail: string }).detail, /needs the operator role; viewer is viewer/);
  assert.is((await secure.request('/api/audit', { session: viewer })).status, 403);
  assert.is((await secure.request('/api/users', { session: viewer })).status, 403);
});

test('CSRF: a session\'s change without the X-CSRF-Token header, or with another, is refused; with it the operator assesses', async () => {
  const operator = await secure.login('operator');
  const other = await secure.login('viewer');
  const body = { assessment: 'person', note: 'one person walking north' };
  assert.is((await secure.request('/api/incidents/bp-030/inc-7/assess', { method: 'POST', session: operator, body, csrf: false })).status, 403);
  assert.is((await secure.request('/api/incidents/bp-030/inc-7/assess', { method: 'POST', session: operator, body, csrf: other.csrfToken })).status, 403);
  // A cross-site form cannot send JSON: a form-encoded change is refused before it is read.
  const form = await fetch(`${secure.api}/api/incidents/bp-030/inc-7/acknowledge`, { method: 'POST', headers: { cookie: operator.cookie, 'x-csrf-token': operator.csrfToken, 'content-type': 'application/x-www-form-urlencoded' }, body: 'note=x' });
  assert.is(form.status, 415);
  await conforms('ack', 'post', '/api/incidents/{post}/{incident}/acknowledge', await secure.request('/api/incidents/bp-030/inc-7/acknowledge', { method: 'POST', session: operator, body: {} }));
  const workflow = (await conforms('assess', 'post', '/api/incidents/{post}/{incident}/assess', await secure.request('/api/incidents/bp-030/inc-7/assess', { method: 'POST', session: operator, body }))) as { assessment: { label: string; by: string } };
  assert.equal([workflow.assessment.label, workflow.assessment.by], ['person', 'operator']);
  const badLabel = await secure.request('/api/incidents/bp-030/inc-7/assess', { method: 'POST', session: operator, body: { assessment: 'alien' } });
  assert.is(badLabel.status, 400);
  assert.match(((await badLabel.json()) as { detail: string }).detail, /one of person, vehicle, animal, environment, false_alarm, unknown/);
  assert.is((await secure.request('/api/incidents/bp-030/nope/acknowledge', { method: 'POST', session: operator, body: {} })).status, 404);

  const exported = (await conforms('/api/assessments', 'get', '/api/assessments', await secure.request('/api/assessments', { session: operator }))) as { label: string; record: { incident: { id: string } } }[];
  assert.equal(exported.map((row) => [row.label, row.record.incident.id]), [['person', 'inc-7']]);
  assert.is((await secure.request('/api/login', { method: 'POST', body: { name: 'nobody', password: 'guess-guess-guess' } })).status, 401);
  const admin = await secure.login('admin');
  const audit = (await conforms('/api/audit', 'get', '/api/audit', await secure.request('/api/audit', { session: admin }))) as { actor: string; action: string; subject: string }[];
  const actions = audit.map((row) => `${row.actor} ${row.action} ${row.subject}`);
  for (const expected of ['cli user.add viewer', 'anonymous session.login_failed nobody', 'admin session.login admin', 'cli post.add bp-030', 'operator incident.acknowledge bp-030/inc-7', 'operator incident.assess bp-030/inc-7']) assert.ok(actions.includes(expected), `${expected} in ${actions.join('; ')}`);
  await conforms('/api/users', 'get', '/api/users', await secure.request('/api/users', { session: admin }));
});

test('tokens: scoped to a role at most their user\'s, work as Bearer without CSRF, stop at once when revoked', async () => {
  const { token, secret } = await secure.admin.addToken('cli', 'operator', 'feed', 'viewer');
  assert.is((await secure.request('/api/posts', { token: secret })).status, 200);
  assert.is((await secure.request('/api/incidents/bp-030/inc-7/acknowledge', { method: 'POST', token: secret, body: {} })).status, 403, 'a viewer-scoped token cannot act');
  await secure.admin.revokeToken('cli', token.id);
  assert.is((await secure.request('/api/posts', { token: secret })).status, 401);
  try {
    await secure.admin.addToken('cli', 'viewer', 'greedy', 'admin');
    assert.unreachable('a token above its user was made');
  } catch (error) {
    assert.match(String(error), /more rights \(admin\) than its user viewer/);
  }
});

test('login: a wrong password is 401; repeated failures are rate-limited (429, Retry-After); logout ends the session', async () => {
  const wrong = await secure.request('/api/login', { method: 'POST', body: { name: 'technician', password: 'wrong-password' } });
  assert.is(wrong.status, 401);
  for (let attempt = 0; attempt < 4; attempt += 1) await secure.request('/api/login', { method: 'POST', body: { name: 'technician', password: `wrong-${attempt}` } });
  const limited = await secure.request('/api/login', { method: 'POST', body: { name: 'technician', password: 'technician-password-1' } });
  assert.is(limited.status, 429, 'even the right password waits out the limit');
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  const admin = await secure.login('admin');
  const cookie = (await secure.request('/api/logout', { method: 'POST', session: admin, body: {} })).headers.get('set-cookie') ?? '';
  assert.match(cookie, /outpost_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
  assert.is((await secure.request('/api/posts', { session: admin })).status, 401);
});

test('cookies and headers: HttpOnly SameSite=Strict session, CSP without inline scripts, no framing', async () => {
  const response = await secure.request('/api/login', { method: 'POST', body: { name: 'operator', password: 'operator-password-1' } });
  assert.match(response.headers.get('set-cookie') ?? '', /^outpost_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self';/);
  assert.not.match(csp, /unsafe-inline|unsafe-eval/);
  assert.is(response.headers.get('x-frame-options'), 'DENY');
});

/** Sends raw bytes and gives the status line (or '' when the server closed without answering). */
function raw(text: string): Promise<string> {
  const { hostname, port } = new URL(secure.api);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

test('malformed requests are answered without crashing: //, %00, limit=-1, unknown parameters, 10 KB queries, bad cursors', async () => {
  const viewer = await secure.login('viewer');
  const statuses: Record<string, number> = {};
  for (const path of ['/api/posts/%00', '/api/detections?limit=-1', '/api/detections?colour=red', `/api/detections?post=${'x'.repeat(10_000)}`, '/api/detections?cursor=zzz', '/api/audit?after=-3', '/api/posts/%']) {
    statuses[path.slice(0, 40)] = (await secure.request(path, { session: viewer })).status;
  }
  assert.equal(Object.values(statuses), [404, 400, 400, 200, 400, 403, 400], JSON.stringify(statuses));
  const unknown = await secure.request('/api/detections?colour=red', { session: viewer });
  assert.match(((await unknown.json()) as { detail: string }).detail, /unknown query parameter "colour"; this route takes post, sensor, since, until, limit, cursor/);
  assert.match(await raw(`GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: ${viewer.cookie}\r\n\r\n`), /^HTTP\/1\.1 404/);
  assert.match(await raw('GET /api/posts HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: nonsense\r\n\r\n'), /^HTTP\/1\.1 400/);
  assert.match(await raw(`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), /^HTTP\/1\.1 431|^$/);
  const big = await secure.request('/api/login', { method: 'POST', body: { name: 'x', password: 'p'.repeat(20_000) } });
  assert.is(big.status, 413);
  assert.is((await secure.request('/api/stats', { session: viewer })).status, 200, 'still serving');
});

test('a post\'s vitals over time, rounded, oldest first; an incident\'s snapshots, their pictures behind the same access rules', async () => {
  const viewer = await secure.login('viewer');
  const vitals = (await conforms('/api/posts/bp-030/vitals', 'get', '/api/posts/{post}/vitals', await secure.request(`/api/posts/bp-030/vitals?since=${T0}`, { session: viewer }))) as Record<string, unknown>[];
  assert.equal(vitals, [
    { time: new Date(T0).toISOString(), batteryV: 12.4, temperatureC: 41.3, signalDbm: -71, backlogRecords: 1, ackRttMs: 120, linkUp: true },
    { time: new Date(T0 + 60_000).toISOString(), batteryV: 12.35, temperatureC: 42.3, signalDbm: -71, backlogRecords: 11, ackRttMs: null, linkUp: false },
    { time: new Date(T0 + 120_000).toISOString(), batteryV: 12.3, temperatureC: 43.3, signalDbm: -71, backlogRecords: 21, ackRttMs: 122, linkUp: true },
  ]);
  assert.equal(((await (await secure.request(`/api/posts/bp-030/vitals?since=${T0}&limit=1`, { session: viewer })).json()) as { batteryV: number }[]).map((point) => point.batteryV), [12.3], 'the latest within the limit');
  assert.is((await secure.request('/api/posts/bp-030/vitals?colour=red', { session: viewer })).status, 400);

  const detail = (await (await secure.request('/api/incidents/bp-030/inc-7', { session: viewer })).json()) as { snapshots: { id: string; url: string; contentType: string; frameIndex: number }[] };
  assert.equal(detail.snapshots.map((snapshot) => [snapshot.id, snapshot.frameIndex]), [['inc-7:snap-1', 1], ['inc-7:snap-2', 2]], 'the one it lists and the later one naming it, not another incident\'s');
  const picture = await secure.request(detail.snapshots[0]?.url as string, { session: viewer });
  assert.is(picture.status, 200);
  assert.is(picture.headers.get('content-type'), 'image/jpeg');
  assert.is(picture.headers.get('x-content-type-options'), 'nosniff');
  const bytes = Buffer.from(await picture.arrayBuffer());
  assert.equal([bytes[0], bytes[1]], [0xff, 0xd8], 'a JPEG');
  assert.is((await fetch(`${secure.api}${detail.snapshots[0]?.url}`)).status, 401, 'no session, no picture');
  const svg = await secure.request('/api/snapshots/bp-030/inc-7%3Aother', { session: viewer });
  assert.equal([svg.status, svg.headers.get('content-type'), svg.headers.get('content-disposition')], [200, 'application/octet-stream', 'attachment'], 'a type that could carry script is a download');
  assert.is((await secure.request('/api/snapshots/bp-030/nope', { session: viewer })).status, 404);
});

test('pages: a full page carries Next-Cursor and the next page continues without overlap', async () => {
  const viewer = await secure.login('viewer');
  const first = await secure.request('/api/detections?limit=1', { session: viewer });
  const cursor = first.headers.get('next-cursor');
  assert.ok(cursor !== null);
  const second = await secure.request(`/api/detections?limit=1&cursor=${cursor}`, { session: viewer });
  const ids = [...((await first.json()) as { detection: { id: string } }[]), ...((await second.json()) as { detection: { id: string } }[])].map((row) => row.detection.id);
  assert.equal(ids, ['inc-7:beam', 'inc-7:geo']);
});

test.run();
