import { OutpostError } from '../../kernel/errors.js';
import { parseDuration } from '../../kernel/duration.js';
import type { outpost } from '../../wire/index.js';

/** A command's argument as a duration, with the argument named when it is not one. */
export function durationArgument(command: outpost.v1.Command, name: string, fallbackMs: number, maxMs: number): number {
  const text = command.arguments[name];
  if (text === undefined || text === '') return fallbackMs;
  let ms: number;
  try {
    ms = parseDuration(text);
  } catch {
    throw new OutpostError(`argument ${name}: expected a duration such as 30s, 10m or 2h, found "${text}"`, { code: 'command.argument' });
  }
  if (ms <= 0 || ms > maxMs) throw new OutpostError(`argument ${name}: expected more than 0 and at most ${maxMs / 1000} s, found "${text}"`, { code: 'command.argument' });
  return ms;
}
