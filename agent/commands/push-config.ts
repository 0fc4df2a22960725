import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { OutpostError, describeError, systemCode } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { outpost } from '../../wire/index.js';
import type { AgentControls } from './controls.js';
import type { CommandOutcome } from './desk.js';
import { durationArgument } from './arguments.js';

/** How often the trial looks whether the agent is up and connected under the new config. */
const TRIAL_POLL_MS = 250;
const MAX_TRIAL_MS = 3600_000;

export interface PushConfigOptions {
  log: Logger;
  /** commands.rollback_after: the trial's length unless the command sets `rollback_after`. */
  rollbackAfterMs: number;
  /** Aborted when the agent stops: the previous config is put back for the next start. */
  signal: AbortSignal;
}

/**
 * push-config: the new file (the command's payload) is validated here first; then written over
 * the config file (the old one kept as FILE.previous), applied as a reload, and given a trial:
 * unless the agent is running and connected to the centre again within `rollback_after`, the
 * previous file is written back and applied, by the post itself: a config that cuts the post off
 * cannot keep it cut off. The result names the config hash that runs at the end.
 */
export async function pushConfig(command: outpost.v1.Command, controls: AgentControls, options: PushConfigOptions): Promise<CommandOutcome> {
  const file = controls.configFile;
  const text = Buffer.from(command.payload).toString('utf8');
  const trialMs = durationArgument(command, 'rollback_after', options.rollbackAfterMs, MAX_TRIAL_MS);
  // The checker (and zod) load on the first push only: `outpost run` keeps them out of its isolate otherwise (issue 13).
  const { parseConfig, reportProblems } = await import('../config/index.js');
  const checked = parseConfig(text, file, controls.env);
  if (checked.config === undefined) {
    const lines = reportProblems(checked.problems);
    return { status: 'failed', reason: `the new config is not valid; nothing changed: ${lines.slice(0, 10).join('; ')}${checked.problems.length > 10 ? ` … (${checked.problems.length} problems)` : ''}` };
  }
  const postId = controls.post().post.id;
  if (checked.config.post.id !== postId) return { status: 'failed', reason: `the new config is for post "${checked.config.post.id}", this is "${postId}"; nothing changed (a post's id is changed on site)` };
  const previous = readFileSync(file);
  const previousHash = controls.configHash();
  const newHash = createHash('sha256').update(text).digest('hex');
  replaceFile(`${file}.previous`, previous);
  // The trial counts from the write: applying the new config is part of the time it is given.
  const written = Date.now();
  // Marked before the write: a crash or kill during the trial finds it at the next start.
  replaceFile(trialMarker(file), JSON.stringify({ commandId: command.id, newHash, previousHash }));
  replaceFile(file, text);
  options.log.info({ module: 'commands', command_id: command.id, config_hash: newHash, trial_ms: trialMs }, 'new config written; applying it on trial');
  const applied = await controls.reload();
  if (applied.applied) {
    const connected = await connectedBy(controls, written + trialMs, options.signal);
    if (connected) {
      rmSync(trialMarker(file), { force: true });
      return { status: 'done', text: JSON.stringify({ configHash: applied.configHash, previousHash }), type: 'application/json', configHash: applied.configHash };
    }
  }
  const why = !applied.applied ? `it did not apply (${applied.reason})` : options.signal.aborted ? 'the agent stopped during the trial' : `the agent was not connected to the centre within ${trialMs / 1000} s`;
  const decidedAfterMs = Date.now() - written;
  options.log.error({ module: 'commands', command_id: command.id, config_hash: newHash, decided_after_ms: decidedAfterMs }, `pushed config rolled back: ${why}`);
  replaceFile(file, previous);
  rmSync(trialMarker(file), { force: true });
  if (options.signal.aborted) return { status: 'failed', reason: `rolled back: ${why}; the previous config is back in ${file} for the next start`, configHash: previousHash };
  const restored = await controls.reload();
  const running = restored.applied ? restored.configHash : controls.configHash();
  return {
    status: 'failed',
    reason: `rolled back: ${why}; the previous config runs again${restored.applied ? '' : ` (reapplying it failed too: ${restored.reason})`}`,
    text: JSON.stringify({ configHash: running, rejectedHash: newHash, decidedAfterMs }),
    type: 'application/json',
    configHash: running,
  };
}

function trialMarker(file: string): string {
  return `${file}.trial`;
}

/**
 * A trial the agent did not live to finish (killed, crashed, power cut): the new config was never
 * confirmed, so the previous one is put back before the agent starts on it again. Returns the
 * command whose trial it was, or undefined when there was none.
 */
export function recoverInterruptedTrial(file: string, log: Logger): string | undefined {
  let marker: { commandId?: unknown };
  try {
    marker = JSON.parse(readFileSync(trialMarker(file), 'utf8')) as { commandId?: unknown };
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return undefined;
    marker = {};
  }
  replaceFile(file, readFileSync(`${file}.previous`));
  rmSync(trialMarker(file), { force: true });
  const commandId = typeof marker.commandId === 'string' ? marker.commandId : '';
  log.error({ module: 'commands', command_id: commandId, file }, 'a pushed config was on trial when the agent stopped; the previous config is put back');
  return commandId;
}

/** Written beside and renamed over: a power cut leaves the old file or the new one, never half of one. */
function replaceFile(file: string, content: string | Buffer): void {
  const temporary = `${file}.writing`;
  try {
    writeFileSync(temporary, content, { mode: 0o640 });
    renameSync(temporary, file);
  } catch (error) {
    throw new OutpostError(`cannot write ${file}: ${describeError(error)}`, { code: 'command.config_write', cause: error, hint: 'push-config needs the folder of the config file writable by the agent (the Debian package makes /etc/outpost so; see README, "Remote commands")' });
  }
}

function connectedBy(controls: AgentControls, deadline: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const look = (): void => {
      if (signal.aborted) return resolve(false);
      const status = controls.status();
      if (status.link?.connected === true && !status.faults.some((fault) => fault.name === 'outbox' && fault.status === 'fault')) return resolve(true);
      if (Date.now() >= deadline) return resolve(false);
      setTimeout(look, TRIAL_POLL_MS);
    };
    look();
  });
}
