/**
 * A safety net: whatever a test starts (peers, PTYs, temp dirs) registers its teardown here,
 * and it runs when the test process exits, even after a failed assertion or an uncaught error.
 * Tests still stop what they start in their own `after` hooks; this catches what they miss.
 */
const cleanups: (() => void)[] = [];
let installed = false;

export function onCleanup(cleanup: () => void): () => void {
  install();
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

function runAll(): void {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      cleanup?.();
    } catch {
      // best effort: keep cleaning the rest
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      runAll();
      process.exit(1);
    });
  }
}
