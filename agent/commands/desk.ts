import { createHash, type KeyObject } from 'node:crypto';
import { v1, toNumber, type outpost } from '../../wire/index.js';
import { openSignedCommand } from '../../wire/command-signature.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { CommandLedger } from './ledger.js';

const { CommandStatus } = v1;

/** A command may live at most this long: the ledger keeps every id until its command expires. */
export const MAX_COMMAND_LIFETIME_MS = 7 * 24 * 3600 * 1000;
/** A ledger made anew refuses commands issued before it, less this much for the two clocks. */
const LEDGER_CLOCK_SLACK_MS = 5000;

/** What a command handler produced. */
export interface CommandOutcome {
  status: 'done' | 'failed';
  reason?: string;
  text?: string;
  bytes?: Uint8Array;
  type?: string;
  configHash?: string;
  /** Runs once the result is durable in the outbox (restart exits here). */
  afterDurable?: () => void;
}

export type CommandHandler = (command: outpost.v1.Command) => Promise<CommandOutcome>;

export interface CommandDeskOptions {
  postId: () => string;
  configHash: () => string;
  /** The centre's public key from the running config (read at each command: a reload may change it). */
  centreKey: () => KeyObject | undefined;
  ledger: CommandLedger;
  handlers: ReadonlyMap<string, CommandHandler>;
  /** Hands a result to the outbox and resolves once it is durable there. */
  emit: (result: outpost.v1.ICommandResult) => Promise<void>;
  maxResultBytes: () => number;
  log: Logger;
  clock?: () => number;
}

/**
 * Where messages on the post's `cmd` topic arrive: each is checked (signature, post, expiry,
 * the ledger), executed at most once by id, one at a time, and answered with CommandResult
 * records (ACCEPTED when it starts, then DONE or FAILED; REFUSED when it is not executed).
 */
export class CommandDesk {
  private queue: Promise<void> = Promise.resolve();
  private readonly clock: () => number;
  private readonly log: Logger;

  constructor(private readonly options: CommandDeskOptions) {
    this.clock = options.clock ?? Date.now;
    this.log = options.log.child({ module: 'commands' });
  }

  /** Takes one message from the `cmd` topic; never throws. */
  receive(payload: Uint8Array): void {
    this.queue = this.queue.then(() => this.handle(payload)).catch((error: unknown) => this.log.error({ err: describeError(error) }, 'a command could not be handled'));
  }

  /** Resolves once every command received so far is handled. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * Commands a stop or crash interrupted are reported failed (never run again); expired ids are
   * forgotten. `rolledBack` names a push-config whose trial was interrupted and undone at start.
   */
  resume(rolledBack?: string): void {
    this.queue = this.queue.then(async () => {
      for (const entry of this.options.ledger.unfinished()) {
        const reason =
          entry.id === rolledBack
            ? 'rolled back: the agent stopped during the trial, before the new config was confirmed; the previous config was put back at the next start'
            : 'interrupted: the agent stopped or restarted while the command ran; it is not run again';
        const result: outpost.v1.ICommandResult = { commandId: entry.id, status: CommandStatus.COMMAND_STATUS_FAILED, reason, configHash: this.options.configHash() };
        this.options.ledger.finish(entry.id, v1.CommandResult.encode(result).finish());
        this.log.warn({ command_id: entry.id }, 'a command was interrupted by a stop or restart; reported failed');
        await this.options.emit(result);
      }
      this.options.ledger.purge(this.clock());
    }).catch((error: unknown) => this.log.error({ err: describeError(error) }, 'could not report interrupted commands'));
  }

  private async handle(payload: Uint8Array): Promise<void> {
    const opened = openSignedCommand(payload, this.options.centreKey());
    this.log.debug({ command_id: opened.command?.id, bytes: payload.length }, 'command received');
    if (opened.refusal !== undefined) {
      // The id of a command nobody vouches for is not trusted: a forged copy must not settle the real one at the centre.
      const claimed = opened.command?.id ? ` (it claims to be command ${opened.command.id})` : '';
      await this.refuse(undefined, `${opened.refusal}${claimed}`, opened.command?.name);
      return;
    }
    const { command, bytes } = opened;
    const problem = this.problemWith(command);
    if (problem !== undefined) {
      await this.refuse(command, problem);
      return;
    }
    const ledger = this.options.ledger;
    ledger.purge(this.clock());
    const digest = createHash('sha256').update(bytes).digest('hex');
    const seen = ledger.find(command.id);
    if (seen !== undefined) {
      if (seen.digest !== digest) {
        await this.refuse(command, `replayed: id ${command.id} was already used by another command`);
        return;
      }
      if (seen.result === undefined) return;
      this.log.info({ command_id: command.id, name: command.name }, 'command delivered again; not run again, its result sent again');
      await this.options.emit({ ...v1.CommandResult.decode(seen.result), repeated: true });
      return;
    }
    const handler = this.options.handlers.get(command.name);
    ledger.begin(command.id, digest, toNumber(command.expiresUnixMs));
    if (handler === undefined) {
      await this.finish(command, { status: CommandStatus.COMMAND_STATUS_REFUSED, reason: `unknown command "${command.name}"; this post knows ${[...this.options.handlers.keys()].join(', ')}` });
      return;
    }
    this.log.info({ command_id: command.id, name: command.name, issuer: command.issuer }, 'command accepted');
    await this.options.emit({ commandId: command.id, name: command.name, status: CommandStatus.COMMAND_STATUS_ACCEPTED });
    let outcome: CommandOutcome;
    try {
      outcome = await handler(command);
    } catch (error) {
      outcome = { status: 'failed', reason: describeError(error) };
    }
    const output = (outcome.text === undefined ? 0 : Buffer.byteLength(outcome.text)) + (outcome.bytes?.length ?? 0);
    const limit = this.options.maxResultBytes();
    const fits = output <= limit;
    const result: outpost.v1.ICommandResult = {
      status: outcome.status === 'done' && fits ? CommandStatus.COMMAND_STATUS_DONE : CommandStatus.COMMAND_STATUS_FAILED,
      reason: fits ? (outcome.reason ?? '') : `the output is ${output} bytes, more than commands.max_result_bytes (${limit}) allows; raise it in the post config or ask for less`,
      configHash: outcome.configHash ?? this.options.configHash(),
      ...(fits ? { outputText: outcome.text ?? '', outputBytes: outcome.bytes ?? new Uint8Array(0), outputType: outcome.type ?? '' } : {}),
    };
    await this.finish(command, result);
    this.log.info({ command_id: command.id, name: command.name, status: outcome.status, reason: result.reason || undefined }, `command ${outcome.status}`);
    outcome.afterDurable?.();
  }

  /** Why a correctly signed command is still not run, or undefined. */
  private problemWith(command: outpost.v1.Command): string | undefined {
    const now = this.clock();
    const issued = toNumber(command.issuedUnixMs);
    const expires = toNumber(command.expiresUnixMs);
    if (command.id === '') return 'the command has no id';
    if (command.postId !== this.options.postId()) return `not for this post: the command is for post "${command.postId}", this is "${this.options.postId()}"`;
    if (now >= expires) return `expired at ${new Date(expires).toISOString()} (the post's clock says ${new Date(now).toISOString()})`;
    if (expires - issued > MAX_COMMAND_LIFETIME_MS) return `the command lives ${Math.round((expires - issued) / 3600_000)} h, more than the ${MAX_COMMAND_LIFETIME_MS / 3600_000} h a post accepts`;
    if (issued < this.options.ledger.createdUnixMs - LEDGER_CLOCK_SLACK_MS) return `replayed or stale: issued at ${new Date(issued).toISOString()}, before this post's command ledger was made (${new Date(this.options.ledger.createdUnixMs).toISOString()}); issue it again`;
    return undefined;
  }

  private async refuse(command: outpost.v1.Command | undefined, reason: string, claimedName?: string): Promise<void> {
    const name = command?.name ?? claimedName ?? '';
    this.log.warn({ command_id: command?.id, name, reason }, 'command refused');
    await this.options.emit({ commandId: command?.id ?? '', name, status: CommandStatus.COMMAND_STATUS_REFUSED, reason, configHash: this.options.configHash() });
  }

  private async finish(command: outpost.v1.Command, result: outpost.v1.ICommandResult): Promise<void> {
    const full: outpost.v1.ICommandResult = { configHash: this.options.configHash(), ...result, commandId: command.id, name: command.name };
    this.options.ledger.finish(command.id, v1.CommandResult.encode(full).finish());
    await this.options.emit(full);
  }
}
