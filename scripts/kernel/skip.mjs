/** Thrown when this machine cannot run the kernel suites at all: the harness prints why and reports skipped. */
export class Skip extends Error {
  name = 'Skip';
}
