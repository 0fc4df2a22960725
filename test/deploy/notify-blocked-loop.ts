// Child for sd-notify.test.ts: reports ready, lets the watchdog ping, then blocks its event loop
// for 1.5 s between two STATUS markers sent through the same notifier (so they stay in order).
import { silentLogger } from '../../kernel/logger.js';
import { systemdNotifier } from '../../agent/runtime/sd-notify.js';

const notifier = systemdNotifier({ env: process.env, log: silentLogger() });
notifier.ready();
setTimeout(() => {
  notifier.status('blocking');
  const until = Date.now() + 1500;
  while (Date.now() < until) {
    // busy: no timer can fire, as in a hung agent
  }
  notifier.status('unblocked');
  setTimeout(() => notifier.close(), 600);
}, 600);
