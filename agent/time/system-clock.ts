import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { v1, type outpost } from '../../wire/index.js';
import type { TimeSource } from '../runtime/records.js';

/** Asks the system whether its clock is synchronised: true, false, or undefined when it cannot tell. */
export type SyncCheck = () => Promise<boolean | undefined>;

export interface SystemClockOptions {
  /** The wall clock, ms. */
  now?: () => number;
  check?: SyncCheck;
  /** How long an answer of `check` is trusted before asking again. */
  refreshMs?: number;
  /**
   * Longest wait before asking again while the system cannot tell (no timesyncd, `timedatectl`
   * missing or without systemd): from `refreshMs`, doubled after each such answer up to this.
   */
  unknownRefreshMaxMs?: number;
  /** A clock that never steps, ms (for the refresh period). */
  monotonic?: () => number;
}

const DEFAULT_REFRESH_MS = 60_000;
/** Asking a system that cannot tell spawns `timedatectl` for nothing: ~0.6 % of a busy agent's CPU once a minute (issue 13). */
const DEFAULT_UNKNOWN_REFRESH_MAX_MS = 16 * 60_000;

/**
 * The system clock with how far it can be trusted: NTP when the kernel says it is synchronised
 * (systemd-timesyncd, chrony and ntpd all clear the kernel's unsynchronised flag), otherwise a
 * free-running RTC. `now()` never waits for the check: it uses the last answer and, when that
 * is older than `refreshMs`, starts a new check in the background. Until the first answer the
 * clock says RTC, the cautious reading. While the system cannot tell (undefined), it is asked
 * ever less often (`refreshMs` doubled per such answer, up to `unknownRefreshMaxMs`), and at
 * `refreshMs` again from the first answer it can give.
 */
export class SystemClock implements TimeSource {
  private readonly clock: () => number;
  private readonly check: SyncCheck;
  private readonly refreshMs: number;
  private readonly unknownRefreshMaxMs: number;
  /** How long the last answer is trusted. */
  private trustMs: number;
  /** Answers in a row that could not tell. */
  private unknownAnswers = 0;
  private readonly monotonic: () => number;
  private synchronised: boolean | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;

  constructor(options: SystemClockOptions = {}) {
    this.clock = options.now ?? Date.now;
    this.check = options.check ?? ntpSynchronised;
    this.refreshMs = options.refreshMs ?? DEFAULT_REFRESH_MS;
    this.unknownRefreshMaxMs = Math.max(this.refreshMs, options.unknownRefreshMaxMs ?? DEFAULT_UNKNOWN_REFRESH_MAX_MS);
    this.trustMs = this.refreshMs;
    this.monotonic = options.monotonic ?? (() => performance.now());
  }

  now(): { unixMs: number; quality: outpost.v1.TimeQuality } {
    const unixMs = this.clock();
    if (this.inFlight === undefined && this.monotonic() - this.checkedAt >= this.trustMs) void this.refresh();
    return { unixMs, quality: this.quality };
  }

  get quality(): outpost.v1.TimeQuality {
    return this.synchronised === true ? v1.TimeQuality.TIME_QUALITY_NTP : v1.TimeQuality.TIME_QUALITY_RTC;
  }

  /** Asks now (the agent calls it at start so the first records already carry the right flag). */
  refresh(): Promise<void> {
    if (this.inFlight !== undefined) return this.inFlight;
    this.inFlight = this.check()
      .catch(() => undefined)
      .then((answer) => {
        // The first answer that cannot tell keeps `refreshMs`; each further one in a row doubles the wait.
        this.unknownAnswers = answer === undefined ? this.unknownAnswers + 1 : 0;
        this.trustMs = Math.min(this.refreshMs * 2 ** Math.max(0, this.unknownAnswers - 1), this.unknownRefreshMaxMs);
        this.synchronised = answer;
        this.checkedAt = this.monotonic();
        this.inFlight = undefined;
      });
    return this.inFlight;
  }
}

/**
 * systemd-timesyncd touches /run/systemd/timesync/synchronized once synchronised; otherwise
 * `timedatectl` reports the kernel's flag (set by chrony and ntpd as well). Neither available
 * (no systemd, a container): undefined.
 */
export async function ntpSynchronised(): Promise<boolean | undefined> {
  try {
    await access('/run/systemd/timesync/synchronized');
    return true;
  } catch {
    // not timesyncd, or not synchronised yet: ask timedated
  }
  return new Promise((resolve) => {
    execFile('timedatectl', ['show', '-p', 'NTPSynchronized', '--value'], { timeout: 2000 }, (error, stdout) => {
      if (error !== null) {
        resolve(undefined);
        return;
      }
      const answer = stdout.trim();
      resolve(answer === 'yes' ? true : answer === 'no' ? false : undefined);
    });
  });
}
