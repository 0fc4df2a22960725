import { closeSync, constants, fchmodSync, fdatasyncSync, fstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { systemCode } from '../../kernel/errors.js';
import type { outpost } from '../../wire/index.js';
import type { Admitted } from './admission.js';

/**
 * The staging journal (`<store>-staged`): where the status records of a commit go when nothing
 * else needs the database, each commit one entry starting on a fresh 4 KiB page and fdatasynced
 * before its enqueues resolve (README, "The staging journal"). A tick of readings then dirties
 * one page of the card instead of the 2-3 WAL pages plus the page the last fsync cleaned.
 *
 * The file is a ring of RING_BYTES, written once with zeros when made so that an append never
 * changes its size (fdatasync then writes no metadata). Entries are appended one after the other
 * and wrap to the start; an entry is found again at open by its header at a page boundary and
 * checked by its CRC-32, so a torn last write reads as no entry. Each entry carries the store id
 * and a generation: a generation starts with an append to an empty stage, so every record of
 * an older generation was settled (acked, or written into the database) before the newest began.
 * At open only the newest generation's records can still be waiting.
 */
export const JOURNAL_PAGE = 4096;
export const RING_BYTES = 1024 * 1024;
/** One entry at most: a commit larger than this goes to the database. */
export const MAX_ENTRY_BYTES = 64 * 1024;
const MAGIC = 0x4f504a31; // 'OPJ1'
const HEADER = 32;
const NULL_KEY = 0xffff;

/** The journal of the store at `path`, beside its -wal and -shm. */
export function stagingPath(path: string): string {
  return `${path}-staged`;
}

/** A record held in the journal (and in memory) until it is acked or written into the database. */
export interface StagedRecord {
  seq: number;
  /** Store-clock ms when it was committed. */
  createdMs: number;
  item: Admitted;
}

/** What the journal held at open. */
export interface JournalFound {
  /** The highest seq of any entry of this store: no seq at or below it may be given again. */
  maxSeq: number;
  maxCreatedMs: number;
  /** The newest generation's records, in seq order: those not in the database yet wait again. */
  newest: StagedRecord[];
  entries: number;
}

/** What the journal at `path` holds for the store `storeId`, read only (undefined when there is no journal): for tests and diagnostics. */
export function readStagingJournal(path: string, storeId: bigint): JournalFound | undefined {
  let ring: Buffer;
  try {
    ring = readFileSync(path);
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const padded = Buffer.alloc(RING_BYTES);
  ring.copy(padded, 0, 0, Math.min(ring.length, RING_BYTES));
  return scan(padded, storeId).found;
}

export class StagingJournal {
  /** The newest generation; the next append to an empty stage takes the one after. */
  generation: number;
  private tail: number;
  /** Bytes of the ring from the newest generation's first entry to the tail (gaps at a wrap included). */
  private generationBytes = 0;
  private buffer = Buffer.alloc(JOURNAL_PAGE);

  private constructor(
    private readonly fd: number,
    generation: number,
    tail: number,
  ) {
    this.generation = generation;
    this.tail = tail;
  }

  /** Opens (or makes) the journal at `path` and reads what it holds for the store `storeId`. */
  static open(path: string, storeId: bigint, mode: number): { journal: StagingJournal; found: JournalFound } {
    const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, mode);
    try {
      fchmodSync(fd, mode);
      const size = fstatSync(fd).size;
      const ring = Buffer.alloc(RING_BYTES);
      readSync(fd, ring, 0, Math.min(size, RING_BYTES), 0);
      const { found, generation, tail } = scan(ring, storeId);
      if (size < RING_BYTES) {
        // Written once, so that appends never change the file's size (fdatasync then writes no
        // metadata). A page at a time: one large write can make the kernel cache the file in
        // large folios, and each later append then dirties (and writes back) a whole folio
        // (1 MiB per 4 KiB entry on Linux 6.18's ext4).
        const zeros = Buffer.alloc(JOURNAL_PAGE);
        for (let at = size; at < RING_BYTES; at = (Math.floor(at / JOURNAL_PAGE) + 1) * JOURNAL_PAGE) writeSync(fd, zeros, 0, JOURNAL_PAGE - (at % JOURNAL_PAGE), at);
        fdatasyncSync(fd);
      }
      return { journal: new StagingJournal(fd, generation, tail), found };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** Bytes an entry of these records takes (header and records, before padding to a page); infinite when one has a key too long for it. */
  static entryBytes(items: readonly Admitted[]): number {
    let bytes = HEADER;
    for (const item of items) {
      const key = item.key === null ? 0 : Buffer.byteLength(item.key, 'utf8');
      if (key >= NULL_KEY) return Number.POSITIVE_INFINITY;
      bytes += 19 + key + 4 + item.body.length;
    }
    return bytes;
  }

  /**
   * Whether an entry of `length` bytes can be appended without the newest generation covering
   * more than half the ring (so a wrap never overwrites a record still waiting); when it cannot,
   * the stage is written into the database and the next entry starts a generation.
   */
  fits(length: number, startsGeneration: boolean): boolean {
    const padded = Math.ceil(length / JOURNAL_PAGE) * JOURNAL_PAGE;
    const skipped = this.tail + padded > RING_BYTES ? RING_BYTES - this.tail : 0;
    return padded <= MAX_ENTRY_BYTES && (startsGeneration ? 0 : this.generationBytes) + skipped + padded <= RING_BYTES / 2;
  }

  /**
   * Appends one entry (records in seq order) at the next page boundary and syncs it; throws when
   * the write or the sync fails. `startsGeneration`: the stage was empty, so the entry opens a
   * new generation (every older record is settled).
   */
  append(storeId: bigint, records: readonly StagedRecord[], startsGeneration: boolean): void {
    const length = StagingJournal.entryBytes(records.map((record) => record.item));
    const padded = Math.ceil(length / JOURNAL_PAGE) * JOURNAL_PAGE;
    if (padded > MAX_ENTRY_BYTES) throw new RangeError(`a journal entry of ${length} bytes is over ${MAX_ENTRY_BYTES}`);
    const generation = startsGeneration ? this.generation + 1 : this.generation;
    // One buffer for every entry (a tick's 4 KiB, not a new one per second); what follows the entry in its last page is zeros.
    if (this.buffer.length < padded) this.buffer = Buffer.alloc(padded);
    const entry = this.buffer.subarray(0, padded);
    entry.fill(0, length);
    let at = HEADER;
    for (const { seq, createdMs, item } of records) {
      entry.writeDoubleLE(seq, at);
      entry.writeDoubleLE(createdMs, at + 8);
      entry.writeUInt8(item.priority, at + 16);
      const key = item.key === null ? undefined : Buffer.from(item.key, 'utf8');
      entry.writeUInt16LE(key === undefined ? NULL_KEY : key.length, at + 17);
      at += 19;
      if (key !== undefined) at += key.copy(entry, at);
      entry.writeUInt32LE(item.body.length, at);
      at += 4;
      entry.set(item.body, at);
      at += item.body.length;
    }
    entry.writeUInt32LE(MAGIC, 0);
    entry.writeBigUInt64LE(storeId, 4);
    entry.writeDoubleLE(generation, 12);
    entry.writeUInt32LE(records.length, 20);
    entry.writeUInt32LE(length - HEADER, 24);
    entry.writeUInt32LE(checksum(entry, length), 28);
    const wraps = this.tail + padded > RING_BYTES;
    const skipped = wraps ? RING_BYTES - this.tail : 0;
    const offset = wraps ? 0 : this.tail;
    const written = writeSync(this.fd, entry, 0, padded, offset);
    if (written !== padded) throw new Error(`short write to the staging journal (${written} of ${padded} bytes)`);
    fdatasyncSync(this.fd);
    this.generationBytes = (startsGeneration ? 0 : this.generationBytes) + skipped + padded;
    this.tail = offset + padded;
    this.generation = generation;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** CRC-32 of the header before its checksum field and of the records. */
function checksum(entry: Buffer, length: number): number {
  return crc32(entry.subarray(HEADER, length), crc32(entry.subarray(0, 28)));
}

/** Every valid entry of the store in the ring: the newest generation's records, the highest seq, where to append next. */
function scan(ring: Buffer, storeId: bigint): { found: JournalFound; generation: number; tail: number } {
  const entries: FoundEntry[] = [];
  for (let offset = 0; offset + HEADER <= ring.length; offset += JOURNAL_PAGE) {
    const entry = readEntry(ring, offset, storeId);
    if (entry !== undefined) entries.push(entry);
  }
  let maxSeq = 0;
  let maxCreatedMs = 0;
  let generation = 0;
  let tail = 0;
  let newestSeq = 0;
  for (const entry of entries) {
    generation = Math.max(generation, entry.generation);
    for (const record of entry.records) {
      maxSeq = Math.max(maxSeq, record.seq);
      maxCreatedMs = Math.max(maxCreatedMs, record.createdMs);
    }
    // The next append goes after the entry written last (the one holding the highest seq).
    const last = entry.records.at(-1)?.seq ?? 0;
    if (last >= newestSeq) {
      newestSeq = last;
      tail = Math.ceil(entry.end / JOURNAL_PAGE) * JOURNAL_PAGE;
    }
  }
  const newest = entries
    .filter((entry) => entry.generation === generation)
    .flatMap((entry) => entry.records)
    .sort((a, b) => a.seq - b.seq);
  return { found: { maxSeq, maxCreatedMs, newest, entries: entries.length }, generation, tail };
}

interface FoundEntry {
  end: number;
  generation: number;
  records: StagedRecord[];
}

/** The entry at `offset`, or undefined when there is none of this store (zeros, another store's, torn, overwritten). */
function readEntry(ring: Buffer, offset: number, storeId: bigint): FoundEntry | undefined {
  try {
    return parseEntry(ring, offset, storeId);
  } catch {
    // Lengths inside a checked entry that do not add up: not an entry this code wrote.
    return undefined;
  }
}

function parseEntry(ring: Buffer, offset: number, storeId: bigint): FoundEntry | undefined {
  if (ring.readUInt32LE(offset) !== MAGIC || ring.readBigUInt64LE(offset + 4) !== storeId) return undefined;
  const count = ring.readUInt32LE(offset + 20);
  const length = HEADER + ring.readUInt32LE(offset + 24);
  if (length > MAX_ENTRY_BYTES || offset + length > ring.length) return undefined;
  const entry = ring.subarray(offset, offset + length);
  if (checksum(entry, length) !== entry.readUInt32LE(28)) return undefined;
  const generation = entry.readDoubleLE(12);
  const records: StagedRecord[] = [];
  let at = HEADER;
  for (let i = 0; i < count; i++) {
    const seq = entry.readDoubleLE(at);
    const createdMs = entry.readDoubleLE(at + 8);
    const priority = entry.readUInt8(at + 16) as outpost.v1.Priority;
    const keyLength = entry.readUInt16LE(at + 17);
    at += 19;
    const key = keyLength === NULL_KEY ? null : entry.toString('utf8', at, at + keyLength);
    if (keyLength !== NULL_KEY) at += keyLength;
    const bodyLength = entry.readUInt32LE(at);
    at += 4;
    const body = Buffer.from(entry.subarray(at, at + bodyLength));
    at += bodyLength;
    records.push({ seq, createdMs, item: { priority, key, body, reading: key?.startsWith('reading:') ?? false } });
  }
  if (at !== length) return undefined;
  return { end: offset + length, generation, records };
}
