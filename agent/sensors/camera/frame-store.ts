import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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
}

/** Where a camera sensor keeps its full frames: `store.path`, or frames/<sensor> beside the outbox. */
export function frameFolder(post: { outbox: { path: string } }, sensorName: string, config: { store: { path?: string | undefined } }): string {
  return config.store.path ?? join(dirname(resolve(post.outbox.path)), 'frames', sensorName);
}

const ID = /^[a-z0-9][a-z0-9_.-]{0,200}$/;
const SUFFIX = '.jpg';

/**
 * Full-size frames on the post's disk, under a budget of bytes and age: the thumbnail goes up
 * the link at once, the full frame waits here until the centre asks for it (by the snapshot's
 * id) or the budget pushes it out, oldest first. One file per frame, written to a temporary
 * name and renamed, so a power cut leaves a whole frame or none; its mtime is when it was
 * taken, so ages survive a restart.
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
    checkId(id);
    await this.open();
    if (frame.length > this.limits.maxBytes) return false;
    const path = this.pathOf(id);
    const temporary = `${path}.part`;
    await writeFile(temporary, frame);
    const seconds = takenUnixMs / 1000;
    await utimes(temporary, seconds, seconds);
    await rename(temporary, path);
    this.forget(id);
    this.kept.push({ id, bytes: frame.length, takenUnixMs });
    this.kept.sort((a, b) => a.takenUnixMs - b.takenUnixMs);
    this.total += frame.length;
    await this.evict();
    return this.kept.some((item) => item.id === id);
  }

  /** The full frame kept under this id, or undefined when it was never kept or was evicted. */
  async get(id: string): Promise<Buffer | undefined> {
    if (!ID.test(id)) return undefined;
    await this.open();
    await this.evict();
    if (!this.kept.some((item) => item.id === id)) return undefined;
    try {
      return await readFile(this.pathOf(id));
    } catch {
      this.forget(id);
      return undefined;
    }
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
    for (const name of await readdir(this.folder)) {
      const path = join(this.folder, name);
      if (name.endsWith(`${SUFFIX}.part`)) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      const id = name.slice(0, -SUFFIX.length);
      if (!name.endsWith(SUFFIX) || !ID.test(id)) continue;
      const facts = await stat(path);
      this.kept.push({ id, bytes: facts.size, takenUnixMs: facts.mtimeMs });
      this.total += facts.size;
    }
    this.kept.sort((a, b) => a.takenUnixMs - b.takenUnixMs);
  }

  private async evict(): Promise<void> {
    const oldest = this.now() - this.limits.maxAgeMs;
    while (this.kept.length > 0 && (this.total > this.limits.maxBytes || (this.kept[0] as Kept).takenUnixMs < oldest)) {
      const victim = this.kept.shift() as Kept;
      this.total -= victim.bytes;
      await unlink(this.pathOf(victim.id)).catch(() => undefined);
    }
  }

  private forget(id: string): void {
    const index = this.kept.findIndex((item) => item.id === id);
    if (index < 0) return;
    this.total -= (this.kept[index] as Kept).bytes;
    this.kept.splice(index, 1);
  }

  private pathOf(id: string): string {
    return join(this.folder, `${id}${SUFFIX}`);
  }
}

function checkId(id: string): void {
  if (!ID.test(id)) throw new OutpostError(`"${id}" is not a frame id (lowercase letters, digits, . _ -)`, { code: 'camera.frame_id' });
}
