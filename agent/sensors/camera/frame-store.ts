import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { OutpostError } from '../../../kernel/errors.js';

export interface FrameStoreLimits {
  /** Bytes all kept frames may take together; the oldest go first. */
  maxBytes: number;
  /** Frames older than this are deleted. */
  maxAgeMs: number;
}

interface Kept {
  id: string;
  bytes: number;
  takenUnixMs: number;
  suffix: string;
  /** It has an `.about` beside it: its Snapshot metadata, kept until the full frame is sent up the link on its own. */
  unsent: boolean;
}

/** A kept frame (or clip) not yet sent up the link, with the Snapshot metadata its thumbnail carried. */
export interface UnsentFrame {
  id: string;
  bytes: Buffer;
  type: string;
  takenUnixMs: number;
  about: Buffer;
}

/** What the store keeps, by content type: full frames, and clips around alarms. */
const SUFFIXES: Readonly<Record<string, string>> = { 'image/jpeg': '.jpg', 'video/mp4': '.mp4' };
const TYPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SUFFIXES).map(([type, suffix]) => [suffix, type]));

/** Where a camera sensor keeps its full frames: `store.path`, or frames/<sensor> beside the outbox. */
export function frameFolder(post: { outbox: { path: string } }, sensorName: string, config: { store: { path?: string | undefined } }): string {
  return config.store.path ?? join(dirname(resolve(post.outbox.path)), 'frames', sensorName);
}

/** Beside a frame: its Snapshot metadata (protobuf, no picture) while the frame waits to be sent on its own. */
const ABOUT = '.about';

const ID = /^[a-z0-9][a-z0-9_.-]{0,200}$/;

/**
 * Full-size frames (and clips, under the same budget) on the post's disk, under a budget of
 * bytes and age: the thumbnail goes up the link at once, the full frame waits here until the
 * centre asks for it (by the snapshot's id) or the budget pushes it out, oldest first. One file
 * per frame, written to a temporary name and renamed, so a power cut leaves a whole frame or
 * none; its mtime is when it was taken, so ages survive a restart. A frame to be sent up the link
 * on its own (`full_frames.send: when_idle`) has an `<id>.about` beside it until it was sent,
 * so one sent is not sent again after a restart.
 */
export class FrameStore {
  private kept: Kept[] = [];
  private total = 0;
  private opened: Promise<void> | undefined;

  constructor(
    readonly folder: string,
    private readonly limits: FrameStoreLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes kept now and how many frames. */
  get usage(): { bytes: number; frames: number } {
    return { bytes: this.total, frames: this.kept.length };
  }

  /** Keeps a frame; returns false when the frame alone is larger than the whole budget. */
  async put(id: string, frame: Buffer, takenUnixMs: number): Promise<boolean> {
    const temporary = await this.partPath(id, 'image/jpeg');
    await writeFile(temporary, frame);
    return this.adopt(id, temporary, takenUnixMs, 'image/jpeg');
  }

  /** Where a file of this type is written (by ffmpeg, for a clip) before `adopt` keeps it under `id`. */
  async partPath(id: string, type: string): Promise<string> {
    checkId(id);
    await this.open();
    return `${this.pathOf(id, suffixOf(type))}.part`;
  }

  /** Keeps the file written at `partPath(id, type)`; false (and the file deleted) when it alone is larger than the whole budget. */
  async adopt(id: string, part: string, takenUnixMs: number, type: string): Promise<boolean> {
    checkId(id);
    const suffix = suffixOf(type);
    const { size } = await stat(part);
    if (size > this.limits.maxBytes) {
      await unlink(part).catch(() => undefined);
      return false;
    }
    const seconds = takenUnixMs / 1000;
    await utimes(part, seconds, seconds);
    this.forget(id);
    await rename(part, this.pathOf(id, suffix));
    this.kept.push({ id, bytes: size, takenUnixMs, suffix, unsent: false });
    this.kept.sort((a, b) => a.takenUnixMs - b.takenUnixMs);
    this.total += size;
    await this.evict();
    return this.kept.some((item) => item.id === id);
  }

  /** The full frame kept under this id, or undefined when it was never kept or was evicted. */
  async get(id: string): Promise<Buffer | undefined> {
    return (await this.fetch(id))?.bytes;
  }

  /** What is kept under this id (a frame or a clip) with its content type, or undefined. */
  async fetch(id: string): Promise<{ bytes: Buffer; type: string } | undefined> {
    if (!ID.test(id)) return undefined;
    await this.open();
    await this.evict();
    const kept = this.kept.find((item) => item.id === id);
    if (kept === undefined) return undefined;
    try {
      return { bytes: await readFile(this.pathOf(id, kept.suffix)), type: TYPES[kept.suffix] as string };
    } catch {
      this.forget(id);
      return undefined;
    }
  }

  /** Marks a kept frame to be sent up the link on its own, with the Snapshot metadata (no picture) its record carries; false when it is not kept. */
  async awaitSending(id: string, about: Uint8Array): Promise<boolean> {
    checkId(id);
    await this.open();
    const kept = this.kept.find((item) => item.id === id);
    if (kept === undefined) return false;
    const path = this.pathOf(id, ABOUT);
    await writeFile(`${path}.part`, about);
    await rename(`${path}.part`, path);
    kept.unsent = true;
    return true;
  }

  /** The newest kept frame not yet sent up the link, with its size (nothing is read yet), or undefined when none waits. */
  async nextUnsent(): Promise<{ id: string; bytes: number } | undefined> {
    await this.open();
    await this.evict();
    const newest = this.kept.findLast((item) => item.unsent);
    return newest === undefined ? undefined : { id: newest.id, bytes: newest.bytes };
  }

  /** A frame waiting to be sent, with the Snapshot metadata its thumbnail carried; undefined (and no longer waiting) when its files are gone. */
  async readUnsent(id: string): Promise<UnsentFrame | undefined> {
    const kept = this.kept.find((item) => item.id === id && item.unsent);
    if (kept === undefined) return undefined;
    try {
      const [bytes, about] = await Promise.all([readFile(this.pathOf(kept.id, kept.suffix)), readFile(this.pathOf(kept.id, ABOUT))]);
      return { id: kept.id, bytes, type: TYPES[kept.suffix] as string, takenUnixMs: Math.round(kept.takenUnixMs), about };
    } catch {
      // Deleted under us (or its metadata lost): it stays for fetch-file, if still there, and is not sent on its own.
      await this.sent(kept.id);
      return undefined;
    }
  }

  /** The frame went up the link on its own: it is not sent again, also after a restart. */
  async sent(id: string): Promise<void> {
    const kept = this.kept.find((item) => item.id === id);
    if (kept !== undefined) kept.unsent = false;
    await unlink(this.pathOf(id, ABOUT)).catch(() => undefined);
  }

  /** Ids kept, oldest first. */
  async ids(): Promise<string[]> {
    await this.open();
    await this.evict();
    return this.kept.map((item) => item.id);
  }

  private open(): Promise<void> {
    this.opened ??= this.scan();
    return this.opened;
  }

  private async scan(): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
    } catch (error) {
      this.opened = undefined;
      throw new OutpostError(`cannot make the frame folder ${this.folder}: ${error instanceof Error ? error.message : String(error)}`, { code: 'camera.store', cause: error, retryable: true, hint: 'check store.path, and that the disk is mounted, writable and not full' });
    }
    const abouts = new Set<string>();
    for (const name of await readdir(this.folder)) {
      const path = join(this.folder, name);
      if (name.endsWith('.part')) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      const suffix = extname(name);
      const id = name.slice(0, -suffix.length);
      if (suffix === ABOUT) abouts.add(id);
      if (TYPES[suffix] === undefined || !ID.test(id)) continue;
      const facts = await stat(path);
      this.kept.push({ id, bytes: facts.size, takenUnixMs: facts.mtimeMs, suffix, unsent: false });
      this.total += facts.size;
    }
    this.kept.sort((a, b) => a.takenUnixMs - b.takenUnixMs);
    for (const kept of this.kept) kept.unsent = abouts.delete(kept.id);
    // Metadata whose frame is gone (deleted while the agent was down).
    for (const id of abouts) await unlink(this.pathOf(id, ABOUT)).catch(() => undefined);
  }

  private async evict(): Promise<void> {
    const oldest = this.now() - this.limits.maxAgeMs;
    while (this.kept.length > 0 && (this.total > this.limits.maxBytes || (this.kept[0] as Kept).takenUnixMs < oldest)) {
      const victim = this.kept.shift() as Kept;
      this.total -= victim.bytes;
      await unlink(this.pathOf(victim.id, victim.suffix)).catch(() => undefined);
      if (victim.unsent) await unlink(this.pathOf(victim.id, ABOUT)).catch(() => undefined);
    }
  }

  private forget(id: string): void {
    const index = this.kept.findIndex((item) => item.id === id);
    if (index < 0) return;
    const kept = this.kept[index] as Kept;
    this.total -= kept.bytes;
    this.kept.splice(index, 1);
    if (kept.unsent) void unlink(this.pathOf(id, ABOUT)).catch(() => undefined);
  }

  private pathOf(id: string, suffix: string): string {
    return join(this.folder, `${id}${suffix}`);
  }
}

function suffixOf(type: string): string {
  const suffix = SUFFIXES[type];
  if (suffix === undefined) throw new OutpostError(`the frame store keeps ${Object.keys(SUFFIXES).join(' and ')}, not ${type}`, { code: 'camera.store_type' });
  return suffix;
}

function checkId(id: string): void {
  if (!ID.test(id)) throw new OutpostError(`"${id}" is not a frame id (lowercase letters, digits, . _ -)`, { code: 'camera.frame_id' });
}
