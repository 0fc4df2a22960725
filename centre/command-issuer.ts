import { randomBytes, type KeyObject } from 'node:crypto';
import { describeError, OutpostError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { COMMAND_NAMES, signCommand } from '../wire/command-signature.js';
import { v1, type outpost } from '../wire/index.js';
import type { CommandResultUpdate, CommandRow, CommandStore } from './command-rows.js';
import type { RecordQuery, RecordRow } from './store.js';
import type { StoredRecord } from './ingest.js';

/** The longest a command may wait for its post: the post refuses longer (agent/commands/desk.ts). */
export const MAX_COMMAND_EXPIRY_MS = 7 * 24 * 3600_000;
/** Commands looked at by `reconcile`, newest first. */
const RECONCILE_LIMIT = 1000;

export interface CommandRequest {
  postId: string;
  name: string;
  arguments: Record<string, string>;
  payload: Uint8Array;
  expiresInMs: number;
  issuer: string;
}

const stateOf: Record<number, CommandResultUpdate['state'] | undefined> = {
  [v1.CommandStatus.COMMAND_STATUS_ACCEPTED]: 'accepted',
  [v1.CommandStatus.COMMAND_STATUS_DONE]: 'done',
  [v1.CommandStatus.COMMAND_STATUS_FAILED]: 'failed',
  [v1.CommandStatus.COMMAND_STATUS_REFUSED]: 'refused',
};

/**
 * Issues commands (kept as pending, signed with the centre's key, published on the post's `cmd`
 * topic) and settles them from the CommandResult records posts send back.
 */
export class CommandIssuer {
  constructor(
    private readonly store: CommandStore,
    /** The centre store's record query (CentreStore.records), to find results already stored. */
    private readonly records: (query: RecordQuery) => Promise<RecordRow[]>,
    private readonly key: KeyObject,
    private readonly publish: (postId: string, signed: Uint8Array) => Promise<void>,
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  async issue(request: CommandRequest): Promise<CommandRow> {
    if (!(COMMAND_NAMES as readonly string[]).includes(request.name)) {
      throw new OutpostError(`unknown command "${request.name}"; expected one of ${COMMAND_NAMES.join(', ')}`, { code: 'centre.command_name' });
    }
    if (!(request.expiresInMs > 0 && request.expiresInMs <= MAX_COMMAND_EXPIRY_MS)) {
      throw new OutpostError(`a command must expire after more than 0 s and at most 7 days, found ${request.expiresInMs} ms`, { code: 'centre.command_expiry' });
    }
    const now = this.clock();
    const command: outpost.v1.ICommand = {
      id: randomBytes(16).toString('hex'),
      issuer: request.issuer,
      issuedUnixMs: now,
      expiresUnixMs: now + request.expiresInMs,
      postId: request.postId,
      name: request.name,
      arguments: request.arguments,
      payload: request.payload,
    };
    const id = command.id as string;
    const signed = signCommand(command, this.key);
    await this.store.putCommand({ id, postId: request.postId, name: request.name, arguments: request.arguments, issuer: request.issuer, issuedUnixMs: now, expiresUnixMs: now + request.expiresInMs, signed });
    await this.publish(request.postId, signed);
    this.log.info({ command_id: id, post: request.postId, name: request.name, issuer: request.issuer }, 'command issued');
    return (await this.store.command(id)) as CommandRow;
  }

  /**
   * A post came online (its retained state says so; also every online post when the centre
   * starts): its commands still pending and not expired are published again. Posts connect with
   * a clean session, so a command published while one was offline never reached it; one that
   * did arrive is harmless to repeat, since a post executes each id once (its ledger). Never rejects.
   */
  async postOnline(postId: string): Promise<void> {
    try {
      const pending = await this.store.pendingMessages(postId, this.clock());
      for (const message of pending) {
        await this.publish(postId, message.signed);
        this.log.info({ command_id: message.id, post: postId }, 'command published again: its post came online');
      }
    } catch (error) {
      this.log.error({ post: postId, err: describeError(error) }, 'could not publish pending commands again to a post that came online; they go at its next connect');
    }
  }

  /**
   * Settles the commands still open from the results already stored: a centre that stopped
   * between storing a result and settling its command catches up at start.
   */
  async reconcile(): Promise<void> {
    const open = (await this.store.commands({ limit: RECONCILE_LIMIT })).filter((row) => row.state === 'pending' || row.state === 'accepted');
    for (const row of open) {
      const results = await this.records({ kinds: ['commandResult'], postId: row.postId, sensor: row.id, limit: 20 });
      for (const stored of results.reverse()) await this.settle({ postId: stored.postId, storeId: stored.storeId, seq: stored.seq, receivedUnixMs: stored.receivedUnixMs, record: v1.Record.decode(stored.bytes) });
    }
  }

  /** Settles the command a stored CommandResult answers (ingest's onStored listener); never rejects. */
  async settle(stored: StoredRecord): Promise<void> {
    // Every stored record comes here: only a CommandResult is decoded (ingest gives the kind from its scan).
    if (stored.kind !== undefined && stored.kind !== 'commandResult') return;
    const result = stored.record.commandResult;
    if (result == null || result.repeated === true || !result.commandId) return;
    const state = stateOf[result.status ?? 0];
    if (state === undefined) return;
    const text = result.outputText ?? '';
    const update: CommandResultUpdate = {
      id: result.commandId,
      state,
      reason: result.reason ?? '',
      configHash: result.configHash ?? '',
      outputType: result.outputType ?? '',
      output: text !== '' ? Buffer.from(text) : (result.outputBytes ?? new Uint8Array(0)),
      updatedUnixMs: stored.receivedUnixMs,
    };
    await this.store.settleCommand(update).catch((error: unknown) => this.log.error({ command_id: update.id, err: describeError(error) }, 'could not store a command result'));
  }
}
