import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../kernel/sqlite.js';
import { describeError } from '../../../kernel/errors.js';
import type { PostConfig } from '../../config/schema.js';
import { readDisk } from '../../runtime/vitals.js';
import { ntpSynchronised } from '../../time/system-clock.js';
import { fail, pass, skip, type Check } from './check.js';

const MiB = 1024 * 1024;

/** Room for the outbox to grow to its limit on the filesystem that holds it. */
export function diskCheck(post: PostConfig): Check {
  const disk = readDisk(post.outbox.path);
  if (disk === undefined) return fail('disk', `cannot read the filesystem of ${post.outbox.path}`, 'create the outbox folder (outbox.path) and let the agent write it');
  const free = `${Math.round(disk.free / MiB)} MiB free of ${Math.round(disk.total / MiB)} MiB`;
  if (disk.free < post.outbox.max_bytes) {
    return fail('disk', `${free}; the outbox may grow to ${Math.round(post.outbox.max_bytes / MiB)} MiB`, 'free space on that filesystem (old logs: journalctl --vacuum-size=50M) or lower outbox.max_bytes');
  }
  return pass('disk', free);
}

/**
 * SQLite's own integrity check of the outbox file, opened read-only (a running agent keeps
 * writing; WAL lets a reader look at a consistent snapshot meanwhile).
 */
export function outboxCheck(post: PostConfig): Check {
  const path = resolve(post.outbox.path);
  if (!existsSync(path)) return pass('outbox', `${path} not created yet (the agent creates it at start)`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
    const rows = db.prepare('PRAGMA quick_check').pluck().all() as string[];
    if (rows.length === 1 && rows[0] === 'ok') return pass('outbox', `${path} passes SQLite's integrity check`);
    return fail('outbox', `${path} is damaged: ${rows.slice(0, 3).join('; ')}`, 'stop the agent and move the file aside: it starts a fresh store and reports the reset (records in the damaged file are lost)');
  } catch (error) {
    return fail('outbox', `cannot read ${path}: ${describeError(error)}`, 'check its owner and mode (the agent\'s user must read and write it), or move a damaged file aside');
  } finally {
    db?.close();
  }
}

/** The kernel's "synchronised" flag as timedatectl (or timesyncd's marker) reports it. */
export async function clockCheck(check: () => Promise<boolean | undefined> = ntpSynchronised): Promise<Check> {
  const synchronised = await check();
  if (synchronised === undefined) return skip('clock', 'cannot tell whether the clock is synchronised here (no timedatectl, no timesyncd)');
  if (synchronised) return pass('clock', 'synchronised (NTP)');
  return fail('clock', 'not synchronised: records carry RTC time until NTP or the GPS corrects it', 'enable time sync (timedatectl set-ntp true; check that NTP servers are reachable) or configure a gps sensor with time_source');
}
