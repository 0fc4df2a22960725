import { appendFileSync } from 'node:fs';

/**
 * Prints a figure as bench/ scripts do (`name: value unit`). scripts/test.mjs shows a file's output
 * only when it fails, so inside the kernel VM the line also goes straight to the serial console,
 * where npm run test:kernel shows it.
 */
export function figure(line: string): void {
  console.log(line);
  if (process.env.OUTPOST_KERNEL_VM === '1') appendFileSync('/dev/console', `figure ${line}\n`);
}
