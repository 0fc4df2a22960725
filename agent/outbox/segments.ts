import type Database from 'better-sqlite3';
import type { outpost } from '../../wire/index.js';
import {
  CLASS_TABLES,
  keyedBySeq,
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
  /** The current generation's first seq: the row of seq s is in slot s - base (base 0 in a table keyed by seq). */
  base: number;
}

/** One segment: its table, and what is in it (the mirror of the file). */
export class Segment {
  private readonly sql: SegmentStatements;
  /** Its rows can be overwritten by a new generation (schema version 3 tables, keyed by slot). */
  readonly reusable: boolean;
  state: SegmentState = { rows: 0, bytes: 0, ackedRows: 0, acked: [], firstSeq: 0, lastSeq: 0, base: 0 };

  constructor(
    db: Database.Database,
    readonly name: SegmentName,
  ) {
    const bySeq = keyedBySeq(db, name.table);
    this.reusable = !bySeq;
    this.sql = segmentStatements(db, name.table, bySeq);
  }

  /** Records neither acked nor deleted: a segment with none left is dropped, or reused when it is its class's newest. */
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

  insert(seq: number, createdMs: number, size: number, key: string | null, body: Uint8Array): void {
    if (this.reusable) this.sql.insert.run(seq - this.state.base, seq, createdMs, size, key, body);
    else this.sql.insert.run(seq, createdMs, size, key, body);
  }

  remove<T>(seq: number, withBody: boolean): T | undefined {
    return (withBody ? this.sql.removeWithBody : this.sql.remove).get(seq - this.state.base, seq) as T | undefined;
  }

  keyOf(seq: number): string | null | undefined {
    return this.sql.keyOf.get(seq - this.state.base, seq) as string | null | undefined;
  }

  /** The rows with seqs in [first, last], in seq order. */
  inRange(first: number, last: number): { seq: number; size: number }[] {
    const { base } = this.state;
    return this.sql.inRange.all(first - base, last - base, base) as { seq: number; size: number }[];
  }

  /** Whether a row lies strictly between two seqs. */
  anyBetween(after: number, before: number): boolean {
    const { base } = this.state;
    return this.sql.anyBetween.get(after - base, before - base, base) !== undefined;
  }

  /** Up to `limit` rows after seq `after`, in seq order; `limit` is a page size from pageRows. */
  rowsAfter<T>(columns: 'oldest' | 'page', after: number, limit: number): T[] {
    const { base } = this.state;
    return this.sql[columns](limit).all(Math.max(after - base, -1), base) as T[];
  }

  /** Reads the state from the file (at open); `acked` are the segment's acked ranges there. */
  load(acked: SeqRange[]): void {
    const base = (this.sql.base.get() as number | null) ?? 0;
    const totals = this.sql.totals.get(base) as { rows: number; bytes: number; first: number | null; last: number | null };
    let ackedRows = 0;
    for (const range of acked) ackedRows += (this.sql.totalsBetween.get(range.first - base, range.last - base, base) as { rows: number }).rows;
    this.state = { rows: totals.rows, bytes: totals.bytes, ackedRows, acked, firstSeq: totals.first ?? 0, lastSeq: totals.last ?? 0, base };
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
      segment.load(this.sql.ackedOf.all(name.id) as SeqRange[]);
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

  /**
   * The segment record `seq` goes into: the class's newest, or a new one when that is full. A
   * newest segment whose records are all settled starts a new generation at `seq`: its rows are
   * overwritten from slot 0, and one acked range below `seq` covers every row left of the old ones.
   */
  forInsert(priority: outpost.v1.Priority, seq: number): Segment {
    const list = this.lists[priority]!;
    const newest = list.at(-1);
    if (newest !== undefined && newest.reusable && newest.live === 0) this.restart(newest, seq);
    if (newest !== undefined && newest.state.rows < this.limits.records && newest.state.bytes < this.limits.bytes) return newest;
    const name = segmentName(priority, this.nextId++);
    this.db.exec(segmentTableSql(name.table));
    const segment = new Segment(this.db, name);
    segment.state.base = seq;
    list.push(segment);
    this.layoutChanged = true;
    return segment;
  }

  private restart(segment: Segment, seq: number): void {
    const id = segment.name.id;
    this.sql.dropAcked.run(id);
    const below = seq > 1 ? [{ first: 1, last: seq - 1 }] : [];
    for (const range of below) this.sql.addAcked.run(id, range.first, range.last);
    segment.state = { rows: 0, bytes: 0, ackedRows: 0, acked: below, firstSeq: 0, lastSeq: 0, base: seq };
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
    if (before !== undefined && !segment.anyBetween(before.last, first)) {
      first = before.first;
      from = at - 1;
      count += 1;
      this.sql.removeAcked.run(segment.name.id, before.first);
    }
    if (after !== undefined && !segment.anyBetween(last, after.first)) {
      last = after.last;
      count += 1;
      this.sql.removeAcked.run(segment.name.id, after.first);
    }
    this.sql.addAcked.run(segment.name.id, first, last);
    state.acked = [...state.acked.slice(0, from), { first, last }, ...state.acked.slice(from + count)];
    state.ackedRows += rows.length;
  }

  /**
   * Drops every segment with no live record left (all acked or deleted) but its class's newest
   * when that one can be reused, and rebuilds the view when the layout changed. Returns whether
   * any was dropped.
   */
  dropSettled(): boolean {
    let dropped = false;
    for (const list of this.lists) {
      for (const segment of list.filter((s) => s.live === 0 && !(s.reusable && s === list.at(-1)))) {
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
