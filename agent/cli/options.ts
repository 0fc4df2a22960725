import { parseDuration } from '../../kernel/duration.js';
import { UsageError } from './io.js';

/** A duration option (`--timeout 2s`), read by the kernel's one duration parser; a usage error names the flag. */
export function durationOption(flag: string, text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
}
