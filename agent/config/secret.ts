import { z } from 'zod';

/**
 * The fields of the post config that hold secrets (passwords, tokens). Marked where the field is
 * declared, with `secret()`, and hidden by that mark wherever config values leave the process:
 * diagnostics `/api/config`, logs, and validation messages that would echo a value. A new secret
 * field is safe by being declared so, not by having a name on some list.
 */
export const secretFields = z.registry<{ secret: true }>();

export function secret<T extends z.ZodType>(schema: T): T {
  secretFields.add(schema, { secret: true });
  return schema;
}

/** What a secret is shown as. */
export const REDACTED = '(redacted)';

interface WrapperDef {
  innerType?: z.ZodType;
  in?: z.ZodType;
  type: string;
}

/** True when the schema, or one it wraps (optional, default, pipe), is marked `secret()`. */
export function isSecret(schema: z.ZodType | undefined): boolean {
  let current = schema;
  while (current !== undefined) {
    if (secretFields.has(current)) return true;
    const def = (current as unknown as { def: WrapperDef }).def;
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return false;
}
