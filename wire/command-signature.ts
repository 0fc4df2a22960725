import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { OutpostError } from '../kernel/errors.js';
import { v1, type outpost } from './messages.js';

/**
 * Commands from the centre are signed with Ed25519 (RFC 8032) so that a broker, or anyone who
 * can publish on it, cannot command a post: only the holder of the centre's private key can.
 * The signature covers the Command's bytes exactly as they travel, after a context label, so a
 * signature made for anything else never verifies as a command.
 */
const CONTEXT = Buffer.from('outpost.v1.Command\0', 'latin1');

/** The commands a post knows (agent/commands/handlers.ts); the centre issues only these. */
export const COMMAND_NAMES = ['status', 'diag', 'set-log-level', 'reload', 'restart', 'fetch-bundle', 'snapshot', 'fetch-file', 'push-config'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A SignedCommand larger than this is refused unread: a config file (1 MiB) plus room for the rest. */
export const MAX_SIGNED_COMMAND_BYTES = 1024 * 1024 + 64 * 1024;

function signedBytes(command: Uint8Array): Buffer {
  return Buffer.concat([CONTEXT, command]);
}

/** The message the centre publishes on a post's `cmd` topic. */
export function signCommand(command: outpost.v1.ICommand, privateKey: KeyObject): Uint8Array {
  const bytes = v1.Command.encode(command).finish();
  const signature = sign(null, signedBytes(bytes), privateKey);
  return v1.SignedCommand.encode({ command: bytes, signature }).finish();
}

/** What a post makes of a message on its `cmd` topic: a command whose signature holds, or why not. */
export type OpenedCommand =
  | { command: outpost.v1.Command; bytes: Uint8Array; refusal?: undefined }
  | { command?: outpost.v1.Command | undefined; refusal: string };

/**
 * Reads a SignedCommand and checks its signature against the centre's public key. A command that
 * decodes is returned beside a refusal too, so the refusal can name its id and name.
 */
export function openSignedCommand(payload: Uint8Array, centreKey: KeyObject | undefined): OpenedCommand {
  if (payload.length > MAX_SIGNED_COMMAND_BYTES) return { refusal: `a command of ${payload.length} bytes is larger than the ${MAX_SIGNED_COMMAND_BYTES} a post reads` };
  let signed: outpost.v1.SignedCommand;
  let command: outpost.v1.Command;
  try {
    signed = v1.SignedCommand.decode(payload);
    command = v1.Command.decode(signed.command);
  } catch (error) {
    return { refusal: `unreadable: ${payload.length} bytes are not an outpost.v1.SignedCommand (${error instanceof Error ? error.message : String(error)})` };
  }
  if (signed.signature.length === 0) return { command, refusal: 'unsigned: the command carries no signature' };
  if (centreKey === undefined) return { command, refusal: 'this post has no commands.centre_key in its config, so it cannot check who signed the command' };
  let valid = false;
  try {
    valid = verify(null, signedBytes(signed.command), centreKey, signed.signature);
  } catch {
    valid = false;
  }
  if (!valid) return { command, refusal: "wrongly signed: the signature does not verify with the centre's key in commands.centre_key" };
  return { command, bytes: signed.command };
}

/** The text form of a public key in a post config: base64 of its DER SubjectPublicKeyInfo (what `outpost centre keys` prints). */
export function publicKeyText(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Reads the text form back; throws an OutpostError naming what was wrong. */
export function publicKeyFromText(text: string): KeyObject {
  const der = Buffer.from(text.trim(), 'base64');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch {
    throw new OutpostError('expected the base64 of an Ed25519 public key (as `outpost centre keys` prints it, e.g. MCowBQYDK2VwAyEA…), found something else', { code: 'command.key', subject: 'commands.centre_key' });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new OutpostError(`expected an Ed25519 public key, found a ${String(key.asymmetricKeyType)} key`, { code: 'command.key', subject: 'commands.centre_key', hint: 'copy the key `outpost centre keys` prints on the centre' });
  }
  return key;
}
