import type Database from 'better-sqlite3';
import type { outpost } from '../../wire/index.js';
import {
  CLASS_TABLES,
  recordsViewSql,
  segmentName,
  segmentStatements,
  segmentTableSql,
  segmentsInFile,
  type SegmentName,
  type SegmentStatements,
} from './class-tables.js';
import type { SeqRange } from './types.js';

/** When a class's newest segment holds this many records or bytes (acked ones included), the next record starts a new one. */
export interface SegmentLimits {
  records: number;
  bytes: number;
}

interface SegmentState {
  /** Rows in the table, acked ones included, and their bytes. */
  rows: number;
  bytes: number;
  ackedRows: number;
  /** Sorted, disjoint; every row with a seq inside one is acked. */
  acked: SeqRange[];
  firstSeq: number;
  lastSeq: number;
}

/** One segment: its table, and what is in it (the mirror of the file). */
export class Segment {
  readonly sql: SegmentStatements;
  state: SegmentState = { rows: 0, bytes: 0, ackedRows: 0, acked: [], firstSeq: 0, lastSeq: 0 };

  constructor(
    db: Database.Database,
    readonly name: SegmentName,
  ) {
    this.sql = segmentStatements(db, name.table);
  }

  /** Records neither acked nor deleted: a segment with none left is dropped. */
  get live(): number {
    return this.state.rows - this.state.ackedRows;
  }

  /** The acked range holding `seq`, if it is acked. */
  ackedRangeOf(seq: number): SeqRange | undefined {
    const ranges = this.state.acked;
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const range = ranges[mid]!;
      if (seq < range.first) high = mid - 1;
      else if (seq > range.last) low = mid + 1;
      else return range;
    }
    return undefined;
  }
}

/** What a transaction that failed must put back: the segment lists and each segment's state. */
export type SegmentsSnapshot = { lists: Segment[][]; states: Map<Segment, SegmentState> };

/**
 * Every class's segments, oldest first. Unlike the class totals (applied once a transaction
 * commits), segment state changes as the transaction goes, since later steps of it must see
 * the segments earlier ones created or filled; a transaction that fails puts the snapshot
 * taken at its start back.
 */
export class Segments {
  private readonly lists: Segment[][] = [[], [], [], []];
  private nextId = 1;
  private readonly sql;
  /** A segment was created or dropped in this transaction: the `records` view must follow. */
  private layoutChanged = false;

  constructor(
    private readonly db: Database.Database,
    private readonly limits: SegmentLimits,
  ) {
    this.sql = {
      ackedOf: db.prepare('SELECT first, last FROM acked WHERE segment = ? ORDER BY first'),
      addAcked: db.prepare('INSERT INTO acked (segment, first, last) VALUES (?, ?, ?)'),
      removeAcked: db.prepare('DELETE FROM acked WHERE segment = ? AND first = ?'),
      dropAcked: db.prepare('DELETE FROM acked WHERE segment = ?'),
    };
  }

  /** Fills the mirrors from the file (at open). */
  load(): void {
    for (const name of segmentsInFile(this.db)) {
      const segment = new Segment(this.db, name);
      const totals = segment.sql.totals.get() as { rows: number; bytes: number; first: number | null; last: number | null };
      const acked = this.sql.ackedOf.all(name.id) as SeqRange[];
      let ackedRows = 0;
      for (const range of acked) ackedRows += (segment.sql.totalsBetween.get(range.first, range.last) as { rows: number }).rows;
      segment.state = { rows: totals.rows, bytes: totals.bytes, ackedRows, acked, firstSeq: totals.first ?? 0, lastSeq: totals.last ?? 0 };
      this.lists[name.priority]!.push(segment);
      this.nextId = Math.max(this.nextId, name.id + 1);
    }
  }

  of(priority: outpost.v1.Priority): readonly Segment[] {
    return this.lists[priority] ?? [];
  }

  /** The segment of the class that holds (or would hold) `seq`. */
  holding(priority: outpost.v1.Priority, seq: number): Segment | undefined {
    const list = this.of(priority);
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.state.firstSeq <= seq) return list[i]!.state.lastSeq >= seq ? list[i] : undefined;
    return undefined;
  }

  /** The segments of every class that may hold seqs in [first, last]. */
  overlapping(first: number, last: number): Segment[] {
    return CLASS_TABLES.flatMap(({ priority }) => this.of(priority).filter((s) => s.state.firstSeq <= last && s.state.lastSeq >= first));
  }

  /** The segment a new record goes into: the class's newest, or a new one when that is full. */
  forInsert(priority: outpost.v1.Priority): Segment {
    const list = this.lists[priority]!;
    const newest = list.at(-1);
    if (newest !== undefined && newest.state.rows < this.limits.records && newest.state.bytes < this.limits.bytes) return newest;
    const name = segmentName(priority, this.nextId++);
    this.db.exec(segmentTableSql(name.table));
    const segment = new Segment(this.db, name);
    list.push(segment);
    this.layoutChanged = true;
    return segment;
  }

  inserted(segment: Segment, seq: number, size: number): void {
    const state = segment.state;
    if (state.rows === 0) state.firstSeq = seq;
    state.lastSeq = seq;
    state.rows += 1;
    state.bytes += size;
  }

  removed(segment: Segment, size: number): void {
    segment.state.rows -= 1;
    segment.state.bytes -= size;
  }

  /**
   * Marks `rows` (all of the segment's rows in [first, last], none acked yet) acked, as one
   * range merged with its neighbours when no record of the segment lies between them.
   */
  acked(segment: Segment, rows: readonly { seq: number }[]): void {
    if (rows.length === 0) return;
    const state = segment.state;
    let first = rows[0]!.seq;
    let last = rows.at(-1)!.seq;
    let at = state.acked.findIndex((range) => range.first > last);
    if (at < 0) at = state.acked.length;
    const before = state.acked[at - 1];
    const after = state.acked[at];
    let from = at;
    let count = 0;
    if (before !== undefined && segment.sql.anyBetween.get(before.last, first) === undefined) {
      first = before.first;
      from = at - 1;
      count += 1;
      this.sql.removeAcked.run(segment.name.id, before.first);
    }
    if (after !== undefined && segment.sql.anyBetween.get(last, after.first) === undefined) {
      last = after.last;
      count += 1;
      this.sql.removeAcked.run(segment.name.id, after.first);
    }
    this.sql.addAcked.run(segment.name.id, first, last);
    state.acked = [...state.acked.slice(0, from), { first, last }, ...state.acked.slice(from + count)];
    state.ackedRows += rows.length;
  }

  /** Drops every segment with no live record left (all acked or deleted), and rebuilds the view when the layout changed. Returns whether any was dropped. */
  dropSettled(): boolean {
    let dropped = false;
    for (const list of this.lists) {
      for (const segment of list.filter((s) => s.live === 0)) {
        // DROP TABLE puts the pages on the freelist without writing them; later segments reuse them.
        this.db.exec(`DROP TABLE ${segment.name.table}`);
        this.sql.dropAcked.run(segment.name.id);
        list.splice(list.indexOf(segment), 1);
        dropped = true;
        this.layoutChanged = true;
      }
    }
    if (this.layoutChanged) this.db.exec(recordsViewSql(this.lists.flat().map((s) => s.name)));
    this.layoutChanged = false;
    return dropped;
  }

  snapshot(): SegmentsSnapshot {
    const states = new Map<Segment, SegmentState>();
    for (const segment of this.lists.flat()) states.set(segment, { ...segment.state });
    return { lists: this.lists.map((list) => [...list]), states };
  }

  restore(snapshot: SegmentsSnapshot): void {
    snapshot.lists.forEach((list, priority) => (this.lists[priority] = list));
    for (const [segment, state] of snapshot.states) segment.state = state;
    this.layoutChanged = false;
  }
}
