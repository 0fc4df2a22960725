import { spawn } from 'node:child_process';
import type { Logger } from '../../kernel/logger.js';

/** What the service tells its manager: started, stopping; and, in between, that its event loop turns. */
export interface ServiceNotifier {
  /** The agent is running: systemd marks the unit active (Type=notify) and starts the watchdog. */
  ready(): void;
  /** The agent is stopping on purpose: no watchdog restart while it winds down. */
  stopping(): void;
  /** One line for `systemctl status` (STATUS=). */
  status(text: string): void;
  /** Stops the pings and lets the messages already written reach systemd. */
  close(): void;
}

export interface SystemdNotifierOptions {
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
}

const noNotifier: ServiceNotifier = { ready: () => undefined, stopping: () => undefined, status: () => undefined, close: () => undefined };

/**
 * sd_notify(3) for Node, which has no unix datagram sockets: one long-lived `socat` child turns
 * each line written to its stdin into a datagram on $NOTIFY_SOCKET (why socat, and not a native
 * addon or a `systemd-notify` per ping: deploy/README.md). The unit needs NotifyAccess=all, as the
 * sender is the child, not the main process. With $WATCHDOG_USEC set, WATCHDOG=1 goes out from a
 * timer at half the interval: a timer on the event loop, so a blocked loop sends nothing and
 * systemd restarts the agent. Without $NOTIFY_SOCKET (a terminal, a test) it does nothing.
 */
export function systemdNotifier(options: SystemdNotifierOptions): ServiceNotifier {
  const socketPath = options.env['NOTIFY_SOCKET'];
  if (socketPath === undefined || socketPath === '') return noNotifier;
  const log = options.log.child({ module: 'sd-notify' });
  // An abstract socket (leading @) is named without the @ by socat's ABSTRACT-SENDTO.
  const address = socketPath.startsWith('@') ? `ABSTRACT-SENDTO:${socketPath.slice(1)}` : `UNIX-SENDTO:${socketPath}`;
  const sender = spawn('socat', ['-u', 'STDIN', address], { stdio: ['pipe', 'ignore', 'pipe'] });
  let closed = false;
  let stopping = false;
  let senderGone = false;
  let stderr = '';
  sender.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-500)));
  sender.on('error', (error: NodeJS.ErrnoException) => {
    senderGone = true;
    const hint = error.code === 'ENOENT' ? '; install socat (apt-get install socat), which the outpost package depends on' : '';
    log.error({ err: error.message }, `cannot start socat to notify systemd on ${socketPath}${hint}; systemd will see no readiness or watchdog and restart the agent`);
  });
  sender.on('exit', (code, signal) => {
    senderGone = true;
    // At a stop, systemd may signal the whole unit (KillMode=control-group): socat ending then is expected.
    if (!closed && !stopping) log.error({ code, signal, stderr: stderr.trim() }, `socat notifying systemd on ${socketPath} exited; no more watchdog pings, so systemd will restart the agent`);
  });
  sender.stdin?.on('error', () => undefined); // a dead sender is reported by its 'exit' above

  const send = (message: string): void => {
    if (closed || senderGone || sender.stdin === null) return;
    // One write per message; two that coalesce into one datagram are still valid (newline-separated).
    sender.stdin.write(`${message}\n`);
  };

  const watchdogMs = watchdogIntervalMs(options.env);
  let watchdog: NodeJS.Timeout | undefined;
  return {
    ready() {
      // A stop signal during start-up comes first: the unit is already going down.
      if (stopping) return;
      send('READY=1\nSTATUS=running');
      if (watchdogMs !== undefined && watchdog === undefined) {
        watchdog = setInterval(() => send('WATCHDOG=1'), watchdogMs / 2);
        watchdog.unref();
      }
    },
    stopping() {
      stopping = true;
      clearInterval(watchdog);
      send('STOPPING=1');
    },
    status(text) {
      send(`STATUS=${text.replace(/\n/g, ' ')}`);
    },
    close() {
      clearInterval(watchdog);
      closed = true;
      // Ending stdin lets socat send what it holds, then exit on its own.
      sender.stdin?.end();
    },
  };
}

/** $WATCHDOG_USEC in ms when the watchdog is meant for this process (sd_watchdog_enabled(3)). */
function watchdogIntervalMs(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const usec = Number(env['WATCHDOG_USEC']);
  if (!Number.isFinite(usec) || usec <= 0) return undefined;
  const pid = env['WATCHDOG_PID'];
  if (pid !== undefined && pid !== '' && Number(pid) !== process.pid) return undefined;
  return usec / 1000;
}
