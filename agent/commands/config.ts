import { z } from 'zod';
import { positiveDuration, size } from '../../kernel/units.js';
import { publicKeyFromText } from '../../wire/command-signature.js';

const MAX_RESULT_BYTES = 4 * 1024 * 1024;

export const commandsSchema = z
  .strictObject({
    centre_key: z
      .string()
      .refine(
        (text) => {
          try {
            publicKeyFromText(text);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'expected the base64 of an Ed25519 public key, as `outpost centre keys` prints it on the centre (MCowBQYDK2VwAyEA…)' },
      )
      .optional()
      .describe("The centre's command key (Ed25519 public key, base64 as `outpost centre keys` prints it); without it every command is refused"),
    ledger: z.string().min(1).optional().describe('SQLite file of executed command ids and their results, kept until each command expires; default commands.db beside the outbox file'),
    max_result_bytes: size('Most bytes of output one result carries (a bundle, a frame); larger output fails with its size named. At most 4MiB (a result travels in one envelope, which the centre caps at 8MiB)')
      .refine((bytes) => bytes <= MAX_RESULT_BYTES, 'at most 4MiB: a result travels in one envelope, and the centre refuses envelopes over 8MiB')
      .prefault('512KiB'),
    rollback_after: positiveDuration('push-config: how long the new config has to bring the agent up and connected before the previous one is restored; a command may set its own').prefault('120s'),
  })
  .describe('Commands from the centre on the cmd topic: signed by the centre, executed once by id');

export type CommandsConfig = z.output<typeof commandsSchema>;
