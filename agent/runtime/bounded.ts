import type { Logger } from '../../kernel/logger.js';

const STOP_STEP_MS = 3000;

/** Waits for a shutdown step, but never longer than a few seconds: a hung device must not block exit. */
export async function bounded(what: string, work: Promise<unknown>, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout('timeout'), STOP_STEP_MS);
  });
  const outcome = await Promise.race([work.then(() => 'done' as const, () => 'done' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') log.warn({ module: 'agent', step: what }, `stopping ${what} took longer than ${STOP_STEP_MS} ms; going on`);
}
