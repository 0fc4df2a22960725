import { bodyKinds, type BodyKind } from '../wire/index.js';

/**
 * The code each kind of record is stored under in PostgreSQL's `records.kind` (a smallint since
 * migration 9): a fixed-width leading column makes every list index's comparisons and tuple
 * walks cheaper than text did (centre/README.md, "Fixed-width index keys"). Migration 9 wrote
 * these numbers into its SQL: a code, once shipped, never changes meaning; a new kind takes the
 * next number. SQLite keeps the kind as text.
 */
export const KIND_CODES: Readonly<Record<BodyKind, number>> = {
  detection: 1,
  incident: 2,
  reading: 3,
  health: 4,
  event: 5,
  snapshot: 6,
  commandResult: 7,
};

const KINDS_BY_CODE = new Map<number, BodyKind>(bodyKinds.map((kind) => [KIND_CODES[kind], kind]));

export function kindCode(kind: BodyKind): number {
  return KIND_CODES[kind];
}

/** The kind a stored code stands for; a code this build does not know is a schema it should have refused. */
export function kindOfCode(code: number): BodyKind {
  const kind = KINDS_BY_CODE.get(code);
  if (kind === undefined) throw new Error(`records.kind ${code} is no kind this build of outpost knows`);
  return kind;
}
