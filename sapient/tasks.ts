import { sapient, type DecodedSapientMessage } from './messages.js';
import { MODES, REQUESTS, type Mode } from './registration.js';
import type { Body } from './node-link.js';

type Task = NonNullable<DecodedSapientMessage['task']>;

/** What a task may ask of a node. */
export interface Taskable {
  /** Sends a status report now. */
  requestStatus(): void;
  /** Registers again (the decision-maker lost our definition). */
  reregister(): void;
  setMode(mode: Mode): void;
  hasCamera(): boolean;
}

const { TaskStatus } = sapient.TaskAck;
const { Control } = sapient.Task;

function ack(taskId: string, accepted: boolean, reason?: string): Body {
  return { taskAck: { taskId, taskStatus: accepted ? TaskStatus.TASK_STATUS_ACCEPTED : TaskStatus.TASK_STATUS_REJECTED, reason: reason === undefined ? [] : [reason] } };
}

/**
 * Carries out a task and gives the answer to send: a TaskAck, accepted or rejected with the
 * reason, or an Error when the task has no id to acknowledge. Effects (a status report, a
 * registration) are asked of the node before the ack is returned, so they are queued first.
 */
export function answerTask(task: Task, node: Taskable): Body {
  const taskId = task.taskId ?? '';
  if (taskId === '') {
    return { error: { packet: sapient.Task.encode(task).finish(), errorMessage: ['task_id is missing: a task cannot be acknowledged without it'] } };
  }
  const control = task.control ?? Control.CONTROL_UNSPECIFIED;
  if (control === Control.CONTROL_STOP || control === Control.CONTROL_PAUSE) {
    node.setMode('default');
    return ack(taskId, true, 'back in the default mode');
  }
  if (control !== Control.CONTROL_START) return ack(taskId, false, 'control is not set: expected CONTROL_START, CONTROL_STOP or CONTROL_PAUSE');
  if ((task.region ?? []).length > 0) return ack(taskId, false, 'regions are not supported: an Outpost post reports everything its sensors detect');
  const command = task.command;
  if (command === null || command === undefined) return ack(taskId, false, 'no command in the task');
  if (typeof command.modeChange === 'string') {
    const mode = MODES.find((name) => name === command.modeChange);
    if (mode === undefined) return ack(taskId, false, `unknown mode "${command.modeChange}"; the modes are ${MODES.join(', ')}`);
    node.setMode(mode);
    return ack(taskId, true);
  }
  if (typeof command.request === 'string') {
    const request = command.request.trim().toLowerCase();
    if (request === 'status') {
      node.requestStatus();
      return ack(taskId, true);
    }
    if (request === 'registration') {
      node.reregister();
      return ack(taskId, true);
    }
    if (request === 'take snapshot') {
      return ack(taskId, false, node.hasCamera() ? 'snapshots on demand are not supported yet: the camera sends one with each detection' : 'no camera');
    }
    return ack(taskId, false, `unknown request "${command.request}"; the requests are ${REQUESTS.join(', ')}`);
  }
  return ack(taskId, false, `command ${command.command ?? 'of unknown type'} is not supported; this node takes requests (${REQUESTS.join(', ')}) and mode changes`);
}
