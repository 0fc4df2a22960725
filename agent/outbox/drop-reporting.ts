/**
 * When drop sums turn into Event records: once `intervalMs` has passed since the last report
 * (a timer makes sure it happens even when nothing else is written), and at close.
 */
export class DropReporting {
  private pending: boolean;
  private requested = false;
  private last: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly clockNow: () => number,
    private readonly onDue: () => void,
    pendingInFile: boolean,
  ) {
    this.last = clockNow();
    this.pending = pendingInFile;
    if (pendingInFile) this.arm();
  }

  /** Drops were written to the drops table. */
  noteDrops(): void {
    this.pending = true;
    this.arm();
  }

  /** Report at the next write, interval or not (close). */
  requestNow(): void {
    this.requested = true;
  }

  get due(): boolean {
    if (!this.pending) return false;
    return this.requested || this.clockNow() - this.last >= this.intervalMs;
  }

  /** The report committed: everything pending went out in it. */
  reported(): void {
    this.pending = false;
    this.requested = false;
    this.last = this.clockNow();
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requested = true;
      this.onDue();
    }, this.intervalMs);
    this.timer.unref();
  }
}
