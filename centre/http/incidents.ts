import { v1, type outpost } from '../../wire/index.js';
import { rowJson } from '../record-json.js';
import { type AccessStore, type Assessment, type CentreStore, type IncidentActionRow, type RecordRow } from '../store.js';
import type { Caller } from '../access/http-auth.js';
import { HttpProblem } from './problem.js';
import { incidentSnapshots } from './snapshots.js';

/** Member detections start at most this long before their incident's record. */
const MEMBER_WINDOW_MS = 15 * 60_000;
/** Readings shown "around" an incident: this long either side of it. */
const AROUND_MS = 5 * 60_000;

export const incidentKey = (postId: string, incidentId: string): string => `${postId}/${incidentId}`;

/** The operator workflow of one incident, from its actions (oldest first). */
export function workflowJson(actions: readonly IncidentActionRow[]): Record<string, unknown> {
  const acknowledged = actions.find((action) => action.action === 'acknowledge');
  const assessed = actions.filter((action) => action.action === 'assess').at(-1);
  return {
    acknowledged: acknowledged === undefined ? null : { by: acknowledged.actor, time: new Date(acknowledged.timeUnixMs).toISOString() },
    assessment: assessed === undefined ? null : { label: assessed.assessment, note: assessed.note, by: assessed.actor, time: new Date(assessed.timeUnixMs).toISOString() },
    history: actions.map((action) => ({ action: action.action, label: action.assessment ?? null, note: action.note, by: action.actor, time: new Date(action.timeUnixMs).toISOString() })),
  };
}

/** Adds `workflow` to each incident row of a list. */
export async function withWorkflow(access: AccessStore | undefined, rows: readonly RecordRow[]): Promise<Record<string, unknown>[]> {
  const json = rows.map(rowJson);
  if (access === undefined) return json;
  const keys = json.map((row) => incidentKey(String(row['postId']), String((row['incident'] as { id?: string } | undefined)?.id ?? '')));
  const actions = await access.incidentActions({ incidentKeys: keys, limit: 100_000 });
  return json.map((row, index) => ({ ...row, workflow: workflowJson(actions.filter((action) => action.incidentKey === keys[index])) }));
}

async function findIncident(store: CentreStore, postId: string, incidentId: string): Promise<{ row: RecordRow; record: outpost.v1.Record }> {
  const row = await store.recordByBodyId('incident', postId, incidentId);
  if (row === undefined) throw new HttpProblem(404, 'Not found', `post ${postId.slice(0, 100)} sent no incident "${incidentId.slice(0, 100)}"`);
  return { row, record: v1.Record.decode(row.bytes) };
}

/** `GET /api/incidents/{post}/{id}`: the incident, its member detections, readings around it, its snapshots, and its workflow. */
export async function incidentDetail(store: CentreStore, access: AccessStore | undefined, postId: string, incidentId: string): Promise<Record<string, unknown>> {
  const { row, record } = await findIncident(store, postId, incidentId);
  const memberIds = new Set(record.incident?.detectionIds ?? []);
  const detections = (await store.records({ kinds: ['detection'], postId, sinceUnixMs: row.timeUnixMs - MEMBER_WINDOW_MS, untilUnixMs: row.timeUnixMs + AROUND_MS, limit: 1000 }))
    .map(rowJson)
    .filter((json) => memberIds.has(String((json['detection'] as { id?: string } | undefined)?.id)));
  const readings = await store.records({ kinds: ['reading'], postId, sinceUnixMs: row.timeUnixMs - AROUND_MS, untilUnixMs: row.timeUnixMs + AROUND_MS, limit: 100 });
  const actions = access === undefined ? [] : await access.incidentActions({ incidentKeys: [incidentKey(postId, incidentId)], limit: 10_000 });
  const snapshots = record.incident ? await incidentSnapshots(store, postId, row, record.incident) : [];
  return { incident: rowJson(row), detections, readings: readings.map(rowJson), snapshots, workflow: workflowJson(actions) };
}

/** `POST /api/incidents/{post}/{id}/acknowledge|assess`: kept as an incident action and in the audit log. */
export async function incidentAction(
  store: CentreStore,
  access: AccessStore,
  caller: Caller,
  target: { postId: string; incidentId: string; action: 'acknowledge' | 'assess' },
  said: { assessment?: Assessment | undefined; note: string },
  now: number,
): Promise<Record<string, unknown>> {
  const { assessment, note } = said;
  await findIncident(store, target.postId, target.incidentId);
  const key = incidentKey(target.postId, target.incidentId);
  await access.addIncidentAction({ incidentKey: key, action: target.action, assessment, note, actor: caller.actor, timeUnixMs: now });
  await access.appendAudit({ timeUnixMs: now, actor: caller.actor, action: `incident.${target.action}`, subject: key, detail: assessment === undefined ? { note } : { assessment, note } });
  const actions = await access.incidentActions({ incidentKeys: [key], limit: 10_000 });
  return workflowJson(actions);
}

/**
 * `GET /api/assessments`: labelled data for the classifier, one row per assessment (oldest
 * first) with the incident as the post sent it; `after` pages by the row id.
 */
export async function assessmentsExport(store: CentreStore, access: AccessStore, after: number | undefined, limit: number): Promise<{ rows: Record<string, unknown>[]; lastId: number | undefined }> {
  const all = await access.incidentActions({ afterId: after, limit });
  const actions = all.filter((action) => action.action === 'assess');
  const incidents = new Map<string, Record<string, unknown> | null>();
  const rows: Record<string, unknown>[] = [];
  for (const action of actions) {
    if (!incidents.has(action.incidentKey)) {
      const at = action.incidentKey.indexOf('/');
      const found = await findIncident(store, action.incidentKey.slice(0, at), action.incidentKey.slice(at + 1)).catch(() => undefined);
      incidents.set(action.incidentKey, found === undefined ? null : rowJson(found.row));
    }
    rows.push({ id: action.id, incident: action.incidentKey, label: action.assessment, note: action.note, by: action.actor, time: new Date(action.timeUnixMs).toISOString(), record: incidents.get(action.incidentKey) });
  }
  return { rows, lastId: all.length === limit ? all.at(-1)?.id : undefined };
}
