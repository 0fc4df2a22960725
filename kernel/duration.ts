/**
 * The one duration reader, for the post config and for CLI options alike: "250ms", "30s",
 * "5m", "2h", "7d"; a bare number (or a string of one) is seconds.
 */
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/;

const factors: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** What `parseDuration` takes, for messages. */
export const DURATION_EXAMPLE = 'a duration such as 500ms, 30s, 5m, 2h or 7d (a bare number is seconds)';

/** Milliseconds; throws a RangeError naming what it expected and what it found. */
export function parseDuration(text: string | number): number {
  if (typeof text === 'number') {
    if (!(text >= 0) || !Number.isFinite(text)) throw new RangeError(`expected ${DURATION_EXAMPLE}, found ${text}`);
    return Math.round(text * 1000);
  }
  const match = DURATION_PATTERN.exec(text.trim());
  if (match === null) throw new RangeError(`expected ${DURATION_EXAMPLE}, found "${text}"`);
  return Math.round(Number(match[1]) * (factors[match[2] ?? 's'] ?? 1000));
}
