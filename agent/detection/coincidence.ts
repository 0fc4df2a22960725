/**
 * Coincidence of detections across sensors, the idea of ObsPy's `coincidence_trigger`
 * (obspy/signal/trigger.py): triggers of different stations that overlap in time form one
 * event whose coincidence sum is the summed weight of the stations taking part (each station
 * counted once); the event counts when the sum reaches the threshold.
 *
 * Here a detection joins the open group when its signal [onset, end] overlaps the group's span
 * widened by `window` on both sides (window 0 is ObsPy's strict overlap). The group's end grows
 * with its members, so one passage seen by several sensors in turn stays one incident. A group
 * closes once no detection has joined it for `window` of the clock the caller gives (live: the
 * wall clock, as detections arrive only when their trigger ends; replay: the onset of the next
 * detection), when a detection arrives that does not overlap it, or when a member would
 * stretch it past `maxSpanMs`.
 *
 * Unlike ObsPy, which starts a candidate event at every trigger and drops candidates that end
 * where an earlier one ended, groups here chain: triggers A–B overlapping and B–C overlapping
 * make one group even if A and C do not overlap. For passages at a post that is the wanted
 * behaviour; on well separated events (the BW recordings) both give the same events.
 */
export interface Member {
  id: string;
  sensor: string;
  onsetMs: number;
  endMs: number;
  weight: number;
}

export interface CoincidenceGroup<M extends Member> {
  members: M[];
  startMs: number;
  endMs: number;
  /** Summed weight of the distinct sensors. */
  coincidenceSum: number;
  sensors: string[];
}

export class CoincidenceGrouper<M extends Member> {
  private open: { members: M[]; startMs: number; endMs: number; lastJoinMs: number } | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly threshold: number,
    /** A group never spans more than this; a member that would stretch it further starts the next. */
    private readonly maxSpanMs = Infinity,
  ) {}

  /** Adds a detection seen at `nowMs`; returns the group it closed, if it closed one that counts. */
  add(member: M, nowMs: number): CoincidenceGroup<M>[] {
    const closed: CoincidenceGroup<M>[] = [];
    const open = this.open;
    const overlaps = open !== undefined && member.onsetMs <= open.endMs + this.windowMs && member.endMs >= open.startMs - this.windowMs;
    const span = open === undefined ? 0 : Math.max(open.endMs, member.endMs) - Math.min(open.startMs, member.onsetMs);
    if (open !== undefined && overlaps && span <= this.maxSpanMs) {
      open.members.push(member);
      open.startMs = Math.min(open.startMs, member.onsetMs);
      open.endMs = Math.max(open.endMs, member.endMs);
      open.lastJoinMs = nowMs;
      return closed;
    }
    if (open !== undefined) this.close(closed);
    this.open = { members: [member], startMs: member.onsetMs, endMs: member.endMs, lastJoinMs: nowMs };
    return closed;
  }

  /** Closes the open group if nothing joined it for the window; returns it if it counts. */
  due(nowMs: number): CoincidenceGroup<M>[] {
    const closed: CoincidenceGroup<M>[] = [];
    if (this.open !== undefined && nowMs - this.open.lastJoinMs >= this.windowMs) this.close(closed);
    return closed;
  }

  /** When the open group would close by itself, if nothing joins it. */
  get dueAtMs(): number | undefined {
    return this.open === undefined ? undefined : this.open.lastJoinMs + this.windowMs;
  }

  /** Closes whatever is open (end of a replay, the agent stopping). */
  flush(): CoincidenceGroup<M>[] {
    const closed: CoincidenceGroup<M>[] = [];
    this.close(closed);
    return closed;
  }

  private close(into: CoincidenceGroup<M>[]): void {
    const open = this.open;
    this.open = undefined;
    if (open === undefined) return;
    const weights = new Map<string, number>();
    for (const member of open.members) weights.set(member.sensor, Math.max(weights.get(member.sensor) ?? 0, member.weight));
    let sum = 0;
    for (const weight of weights.values()) sum += weight;
    // Floating sums of weights such as 0.1 must not miss a threshold they meet on paper.
    if (sum + 1e-9 < this.threshold) return;
    into.push({ members: open.members, startMs: open.startMs, endMs: open.endMs, coincidenceSum: sum, sensors: [...weights.keys()] });
  }
}
