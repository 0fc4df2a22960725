import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { SapientBridge } from '../../sapient/bridge.js';
import type { DecisionMaker } from '../../sapient/listen.js';
import { newUlid } from '../../sapient/ids.js';
import { sapient, type sapient_msg } from '../../sapient/messages.js';
import { waitFor } from '../support/net.js';
import { beamCrossing, envelope, footsteps, health, incident, receivedOf, startPair, waitForContent } from './helpers.js';

type Command = sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties;
const test = suite('sapient tasks');
const { TaskStatus } = sapient.TaskAck;
let peer: DecisionMaker;
let bridge: SapientBridge;
let nodeId = '';

test.before.each(async () => {
  ({ peer, bridge } = await startPair());
  bridge.receive('outpost/v1/bp-7/up', envelope('bp-7', [health()]));
  const [registration] = await waitForContent(peer, 'registration');
  nodeId = registration?.nodeId ?? '';
  await waitForContent(peer, 'statusReport');
});

test.after.each(async () => {
  await bridge.stop();
  await peer.close();
});

/** Sends a task and resolves with its TaskAck. */
async function task(command: Command | undefined, extra: Partial<sapient_msg.bsi_flex_335_v2_0.Task.$Properties> = {}): Promise<{ status: number; reasons: string[] }> {
  const taskId = newUlid();
  assert.ok(peer.send(nodeId, { task: { taskId, control: sapient.Task.Control.CONTROL_START, command, ...extra } }));
  const ack = await waitFor(`the TaskAck of ${taskId}`, () => receivedOf(peer, 'taskAck').find((message) => message.taskAck?.taskId === taskId)?.taskAck);
  return { status: ack.taskStatus ?? 0, reasons: ack.reason ?? [] };
}

test('a status request is accepted and answered with a fresh status report', async () => {
  const before = receivedOf(peer, 'statusReport').length;
  const ack = await task({ request: 'Status' });
  assert.is(ack.status, TaskStatus.TASK_STATUS_ACCEPTED);
  const reports = await waitForContent(peer, 'statusReport', before + 1);
  assert.is(reports.at(-1)?.statusReport?.info, sapient.StatusReport.Info.INFO_NEW);
});

test('a mode change to incidents-only is accepted, reported, and stops single detections but not incidents', async () => {
  const ack = await task({ modeChange: 'incidents-only' });
  assert.is(ack.status, TaskStatus.TASK_STATUS_ACCEPTED);
  await waitFor('a status report in the new mode', () => receivedOf(peer, 'statusReport').some((message) => message.statusReport?.mode === 'incidents-only'));
  bridge.receive('outpost/v1/bp-7/up', envelope('bp-7', [footsteps('geophone:7'), beamCrossing('beams:7'), incident('incident:7', ['geophone:7', 'beams:7'])]));
  await waitForContent(peer, 'alert');
  const reports = receivedOf(peer, 'detectionReport');
  assert.is(reports.length, 1, 'only the incident is reported');
  assert.is(reports[0]?.detectionReport?.associatedDetection?.length, 2);
  const back = await task(undefined, { control: sapient.Task.Control.CONTROL_STOP });
  assert.is(back.status, TaskStatus.TASK_STATUS_ACCEPTED);
  await waitFor('back in the default mode', () => receivedOf(peer, 'statusReport').at(-1)?.statusReport?.mode === 'default');
});

test('tasks the node cannot carry out are rejected with the reason', async () => {
  const cases: [Command | undefined, Partial<sapient_msg.bsi_flex_335_v2_0.Task.$Properties>, RegExp][] = [
    [{ request: 'Take Snapshot' }, {}, /^no camera$/],
    [{ modeChange: 'turbo' }, {}, /unknown mode "turbo"; the modes are default, incidents-only/],
    [{ request: 'Reset' }, {}, /unknown request "Reset"; the requests are Status, Registration, Take Snapshot/],
    [{ detectionThreshold: sapient.Task.DiscreteThreshold.DISCRETE_THRESHOLD_HIGH }, {}, /command detectionThreshold is not supported/],
    [{ request: 'Status' }, { region: [{ type: sapient.Task.RegionType.REGION_TYPE_IGNORE, regionId: newUlid(), regionName: 'road' }] }, /regions are not supported/],
    [{ request: 'Status' }, { control: sapient.Task.Control.CONTROL_UNSPECIFIED }, /control is not set/],
    [undefined, {}, /no command in the task/],
  ];
  for (const [command, extra, reason] of cases) {
    const ack = await task(command, extra);
    assert.is(ack.status, TaskStatus.TASK_STATUS_REJECTED, `${JSON.stringify(command)} is rejected`);
    assert.match(ack.reasons.join('; '), reason);
  }
});

test('a registration request registers the node again on the same connection', async () => {
  const ack = await task({ request: 'Registration' });
  assert.is(ack.status, TaskStatus.TASK_STATUS_ACCEPTED);
  await waitForContent(peer, 'registration', 2);
});

test.run();
