/**
 * The commands the centre issued and what became of them (CentreStore.commands). A row is made
 * `pending` when the command is published; the post's CommandResult records move it on:
 * `accepted` (running), then `done` or `failed`, or straight to `refused`. A final state is never
 * undone, and results sent again (`repeated`) change nothing.
 */
export type CommandState = 'pending' | 'accepted' | 'done' | 'failed' | 'refused';
export const COMMAND_STATES: readonly CommandState[] = ['pending', 'accepted', 'done', 'failed', 'refused'];
export const FINAL_COMMAND_STATES: readonly CommandState[] = ['done', 'failed', 'refused'];

export interface CommandRow {
  id: string;
  postId: string;
  name: string;
  arguments: Record<string, string>;
  issuer: string;
  issuedUnixMs: number;
  expiresUnixMs: number;
  state: CommandState;
  reason: string;
  /** The config hash the post reported running with its result ('' until then). */
  configHash: string;
  outputType: string;
  /** Text or bytes the post sent back (empty until a result carries some). */
  output: Uint8Array;
  updatedUnixMs: number;
}

export interface CommandResultUpdate {
  id: string;
  state: Exclude<CommandState, 'pending'>;
  reason: string;
  configHash: string;
  outputType: string;
  output: Uint8Array;
  updatedUnixMs: number;
}

export interface CommandStore {
  /** Adds a command as issued (state `pending`). */
  putCommand(row: Omit<CommandRow, 'state' | 'reason' | 'configHash' | 'outputType' | 'output' | 'updatedUnixMs'>): Promise<void>;
  command(id: string): Promise<CommandRow | undefined>;
  /** Newest issued first, at most `limit`. */
  commands(query: { postId?: string | undefined; limit: number }): Promise<CommandRow[]>;
  /**
   * Applies a result: `accepted` only over `pending`, a final state over `pending` or `accepted`;
   * anything else (a repeat, a late `accepted`) is ignored. Resolves false when nothing changed
   * (an unknown id included: a post's answer to a command this centre did not issue).
   */
  settleCommand(update: CommandResultUpdate): Promise<boolean>;
}
