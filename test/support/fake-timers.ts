import type { Timers } from '../../kernel/timers.js';

/** Lets promise callbacks and immediates queued so far run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Timers that fire only when the test advances the clock. */
export class FakeTimers implements Timers {
  now = Date.now();
  private pending: { at: number; callback: () => void; id: number }[] = [];
  private next = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = (this.next += 1);
    this.pending.push({ at: this.now + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle);
  }
  get scheduled(): number[] {
    return this.pending.map((timer) => timer.at - this.now);
  }
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const timer of this.pending.filter((t) => t.at <= this.now)) {
      this.pending = this.pending.filter((t) => t !== timer);
      timer.callback();
    }
    await settle();
  }
}

