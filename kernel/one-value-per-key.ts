import type { Bindings, ChildLoggerOptions, LogFn, Logger } from 'pino';

/**
 * pino writes a child's bindings after its parent's, and a call's fields after both, without
 * looking for repeats: `bus` code adding `module: 'can'` under a `module: 'bus'` parent, or a
 * module logging `{ module: 'outbox' }` on its own `module: 'outbox'` child, wrote `module` twice
 * in one line (jq and most log shippers keep one, and which one is not up to the reader).
 * Here every key appears once: a child's binding replaces its parent's, a call's field replaces
 * a binding. Only the keys bound by children are tracked, so a call without repeats costs one
 * lookup per field.
 */
const boundKeys = new WeakMap<Logger, ReadonlySet<string>>();

/** Makes every child of `root` (and their children) bind each key once. */
export function withOneValuePerKey(root: Logger): Logger {
  return wrap(root, root.child.bind(root));
}

function wrap(logger: Logger, rootChild: (bindings: Bindings, options?: ChildLoggerOptions) => Logger): Logger {
  const child = (bindings: Bindings, options?: ChildLoggerOptions): Logger => {
    const merged = { ...logger.bindings(), ...bindings };
    const made = rootChild(merged, options);
    // Made from the root, a child follows the root's level as it changes (a level set from the
    // centre reaches every module); only a parent with a level of its own passes that one on.
    if (options?.level === undefined && made.level !== logger.level) made.level = logger.level;
    boundKeys.set(made, new Set(Object.keys(merged)));
    return wrap(made, rootChild);
  };
  // pino types `child` generically over custom levels, which the agent does not use.
  logger.child = child as unknown as Logger['child'];
  return logger;
}

/**
 * pino's `hooks.logMethod`: a call whose fields repeat a bound key logs through a child that
 * binds the call's value instead (rare, so the extra child costs nothing that matters).
 */
export function oneValuePerKeyHook(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const keys = boundKeys.get(this);
  const [fields, ...rest] = args as unknown[];
  if (keys === undefined || typeof fields !== 'object' || fields === null || fields instanceof Error) {
    method.apply(this, args);
    return;
  }
  const own: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
  const rebound: Record<string, unknown> = {};
  for (const key of Object.keys(own)) {
    if (!keys.has(key)) continue;
    rebound[key] = own[key];
    delete own[key];
  }
  if (Object.keys(rebound).length === 0) {
    method.apply(this, args);
    return;
  }
  const child = this.child(rebound);
  const log = (child as unknown as Record<string, LogFn>)[this.levels.labels[level] ?? 'info'] as LogFn;
  log.apply(child, [own, ...rest] as Parameters<LogFn>);
}
