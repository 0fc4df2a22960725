import type { KeyObject } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { publicKeyFromText } from '../../wire/command-signature.js';
import type { PostConfig } from '../config/schema.js';
import type { Agent } from '../runtime/agent.js';
import type { AgentControls } from './controls.js';
import { CommandDesk } from './desk.js';
import { commandHandlers } from './handlers.js';
import { CommandLedger } from './ledger.js';

export type { AgentControls, ReloadOutcome } from './controls.js';
export { recoverInterruptedTrial } from './push-config.js';

/** `commands.ledger`, or commands.db beside the outbox file. */
export function ledgerPath(post: PostConfig): string {
  return resolve(post.commands.ledger ?? join(dirname(resolve(post.outbox.path)), 'commands.db'));
}

export interface RunningCommands {
  desk: CommandDesk;
  stop(): void;
}

/**
 * Opens the command ledger and puts the desk between the uplink's `cmd` messages and the agent.
 * The centre's key and the limits are read from the running config at each command, so a reload
 * that changes them takes effect at once.
 */
export function startCommands(agent: Agent, controls: AgentControls, log: Logger): RunningCommands {
  const post = agent.post;
  const path = ledgerPath(post);
  mkdirSync(dirname(path), { recursive: true });
  const ledger = CommandLedger.open(path, log);
  const { handlers, stop } = commandHandlers(controls, log, () => agent.post.commands.rollback_after);
  if (post.commands.centre_key === undefined) log.info({ module: 'commands' }, 'no commands.centre_key in the config: commands from the centre are refused (and each refusal reported)');
  // Parsed once per key text, not per command.
  let key: { text: string; value: KeyObject } | undefined;
  const centreKey = (): KeyObject | undefined => {
    const text = agent.post.commands.centre_key;
    if (text === undefined) return undefined;
    if (key?.text !== text) key = { text, value: publicKeyFromText(text) };
    return key.value;
  };
  const desk = new CommandDesk({
    postId: () => agent.post.post.id,
    configHash: () => agent.config.hash,
    centreKey,
    ledger,
    handlers,
    emit: (result) => agent.emitDurable({ commandResult: result }),
    maxResultBytes: () => agent.post.commands.max_result_bytes,
    log,
  });
  agent.attachCommands(desk);
  return {
    desk,
    stop: () => {
      stop();
      void desk.idle().finally(() => {
        try {
          ledger.close();
        } catch (error) {
          log.warn({ module: 'commands', err: describeError(error) }, 'could not close the command ledger');
        }
      });
    },
  };
}
