import type { Test } from 'uvu';

/**
 * Registers a test that only runs when `reason` is undefined; otherwise it is skipped and the
 * reason printed (the runner lists every skip and why at the end). Never skip silently.
 */
export function testUnless(test: Test, reason: string | undefined, name: string, body: () => Promise<void> | void): void {
  if (reason === undefined) {
    test(name, body);
    return;
  }
  console.log(`# skip ${name}: ${reason}`);
  test.skip(name, body);
}
