import { isBitTable, maxReadCount, type ModbusTable } from './pdu.js';
import { registerCount, type RegisterLayout } from './decode.js';

export interface PlannablePoint extends RegisterLayout {
  name: string;
  table: ModbusTable;
  address: number;
  /** ms */
  interval: number;
}

/** One read request on the wire and the points it serves. */
export interface PlannedRead<P extends PlannablePoint = PlannablePoint> {
  table: ModbusTable;
  address: number;
  count: number;
  interval: number;
  points: P[];
}

/**
 * Groups points into as few reads as possible, as mature pollers do: points of the same table
 * and interval whose registers lie within `maxSpan` registers of the first are read in one
 * request, gaps included. For coils and discrete inputs the span is counted in bits (x16).
 */
export function planReads<P extends PlannablePoint>(points: readonly P[], maxSpan: number): PlannedRead<P>[] {
  const groups = new Map<string, P[]>();
  for (const point of points) {
    const key = `${point.table}/${point.interval}`;
    const list = groups.get(key) ?? [];
    list.push(point);
    groups.set(key, list);
  }
  const reads: PlannedRead<P>[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.address - b.address);
    let current: PlannedRead<P> | undefined;
    for (const point of sorted) {
      const table = point.table;
      const size = isBitTable(table) ? 1 : registerCount(point);
      const span = Math.min(maxReadCount[table], isBitTable(table) ? maxSpan * 16 : maxSpan);
      const end = point.address + size;
      if (current !== undefined && end - current.address <= span) {
        current.count = Math.max(current.count, end - current.address);
        current.points.push(point);
        continue;
      }
      current = { table, address: point.address, count: size, interval: point.interval, points: [point] };
      reads.push(current);
    }
  }
  return reads;
}

/** One read per point: the fallback when a device refuses a grouped read (gaps it does not map). */
export function splitRead<P extends PlannablePoint>(read: PlannedRead<P>): PlannedRead<P>[] {
  return read.points.map((point) => ({
    table: read.table,
    address: point.address,
    count: isBitTable(read.table) ? 1 : registerCount(point),
    interval: read.interval,
    points: [point],
  }));
}
