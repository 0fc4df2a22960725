/**
 * Trigger on/off windows from a characteristic function, with ObsPy's
 * `obspy.signal.trigger.trigger_onset(charfct, thres1, thres2, max_len, max_len_delete)`
 * definitions:
 * - a trigger starts at the first sample of a run of values strictly above `on`;
 * - it ends at the LAST sample (inclusive) of the run of values strictly above `off` that
 *   contains (or, if `off` > `on`, follows) the start;
 * - when end − start > max_len the end becomes start + floor(max_len); the next trigger needs a
 *   new run above `on` starting after that (a run still above `on` does not re-trigger);
 * - with max_len_delete such a trigger is dropped instead, and the next one needs a run above
 *   `on` starting after the end of the current run above `off`;
 * - a trigger still on at the end of the data ends at the last sample above `off`.
 */
export interface TriggerWindow {
  /** Sample index of the onset. */
  on: number;
  /** Sample index of the last sample of the trigger (inclusive, as ObsPy). */
  off: number;
}

/** Batch version: a line-by-line port of ObsPy's deque algorithm, so the conventions cannot drift. */
export function triggerOnset(charfct: ArrayLike<number>, on: number, off: number, maxLen = 9e99, maxLenDelete = false): TriggerWindow[] {
  const ind1: number[] = [];
  const ind2: number[] = [];
  for (let i = 0; i < charfct.length; i++) {
    const value = charfct[i] as number;
    if (value > on) ind1.push(i);
    if (value > off) ind2.push(i);
  }
  if (ind1.length === 0) return [];
  const ons: number[] = [ind1[0] as number];
  const offs: number[] = [-1];
  // Ends of the runs above `off` (the diff misses the last run, which is added by hand).
  for (let j = 0; j < ind2.length; j++) {
    if (j === ind2.length - 1 || (ind2[j + 1] as number) - (ind2[j] as number) > 1) offs.push(ind2[j] as number);
  }
  for (let j = 1; j < ind1.length; j++) {
    if ((ind1[j] as number) - (ind1[j - 1] as number) > 1) ons.push(ind1[j] as number);
  }
  if (maxLenDelete) {
    offs.push(1e99);
    ons.push(ons[ons.length - 1] as number);
  } else if (ind2.length > 0) {
    offs.push(ind2[ind2.length - 1] as number);
  }
  // Deques as arrays with head indices (popleft = advance, appendleft = write before the head).
  let onHead = 0;
  let offHead = 0;
  const picks: TriggerWindow[] = [];
  const lastOn = (): number => ons[ons.length - 1] as number;
  while (onHead < ons.length && offHead < offs.length && lastOn() > (offs[offHead] as number)) {
    while (onHead < ons.length && (ons[onHead] as number) <= (offs[offHead] as number)) onHead++;
    while (offHead < offs.length && onHead < ons.length && (offs[offHead] as number) < (ons[onHead] as number)) offHead++;
    if (onHead >= ons.length || offHead >= offs.length) break;
    const start = ons[onHead] as number;
    if ((offs[offHead] as number) - start > maxLen) {
      if (maxLenDelete) {
        onHead++;
        continue;
      }
      if (offHead > 0) offs[--offHead] = start + maxLen;
      else offs.unshift(start + maxLen);
    }
    picks.push({ on: start, off: Math.trunc(offs[offHead] as number) });
  }
  return picks;
}

/**
 * The same trigger one value at a time, for the live chain. Gives exactly the windows of
 * `triggerOnset` over the whole function (tested against it); `flush()` closes a trigger still
 * on when the data ends, as the batch version does at the end of a trace.
 */
export class StreamingTrigger {
  private readonly maxLen: number;
  private index = 0;
  private previousAboveOn = false;
  private triggered = false;
  /** After a dropped over-long trigger: no new trigger until the current run above `off` ends. */
  private suppressed = false;
  private inOffRun = false;
  private start = 0;
  private lastAboveOff = -1;

  constructor(
    private readonly on: number,
    private readonly off: number,
    maxLen = 9e99,
    private readonly maxLenDelete = false,
  ) {
    this.maxLen = Math.floor(maxLen);
  }

  /** Sample index of the next value pushed. */
  get position(): number {
    return this.index;
  }

  /** Whether a trigger is open (its onset seen, its end not yet). */
  get active(): boolean {
    return this.triggered;
  }

  get onsetIndex(): number {
    return this.start;
  }

  /** Takes the next value; returns the trigger it completes, if any. */
  push(value: number): TriggerWindow | undefined {
    const i = this.index++;
    const aboveOn = value > this.on;
    const aboveOff = value > this.off;
    // Quiet ground, nearly every sample: only a run starting above `on` matters.
    if (!this.triggered && !this.suppressed && !(aboveOn && !this.previousAboveOn)) {
      if (aboveOff) this.lastAboveOff = i;
      this.previousAboveOn = aboveOn;
      return undefined;
    }
    let done: TriggerWindow | undefined;
    if (this.triggered || this.suppressed) {
      if (aboveOff) this.inOffRun = true;
      else if (this.inOffRun) {
        if (this.triggered) done = { on: this.start, off: i - 1 };
        this.triggered = false;
        this.suppressed = false;
        this.inOffRun = false;
      }
      if (this.triggered && i - this.start > this.maxLen) {
        if (this.maxLenDelete) this.suppressed = true;
        else done = { on: this.start, off: this.start + this.maxLen };
        this.triggered = false;
      }
    }
    if (!this.triggered && !this.suppressed && aboveOn && !this.previousAboveOn) {
      this.triggered = true;
      this.start = i;
      this.inOffRun = aboveOff;
    }
    if (aboveOff) this.lastAboveOff = i;
    this.previousAboveOn = aboveOn;
    return done;
  }

  /** Ends the data: the open trigger, if any, ends at the last value above `off`. */
  flush(): TriggerWindow | undefined {
    const open = this.triggered && this.inOffRun ? { on: this.start, off: this.lastAboveOff } : undefined;
    this.reset();
    return open;
  }

  /** Forgets everything (a gap): the next value is index 0 of a new trace. */
  reset(): void {
    this.index = 0;
    this.previousAboveOn = false;
    this.triggered = false;
    this.suppressed = false;
    this.inOffRun = false;
    this.start = 0;
    this.lastAboveOff = -1;
  }
}
