import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as os from 'node:os';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../kernel/sqlite.js';
import { describeError } from '../../../kernel/errors.js';
import { listSerialPorts } from '../../../drivers/serial/ports.js';
import { osName } from '../../diagnostics/status-report.js';
import { agentVersion } from '../../version.js';
import { readStagingJournal, stagingPath } from '../../outbox/staging-journal.js';

/** Output of a system command, or a line saying why there is none (not installed, failed). */
export function commandOutput(command: string, args: readonly string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((done) => {
    execFile(command, [...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return done(stdout);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      done(missing ? `(${command} is not installed on this system)\n` : `(${command} ${args.join(' ')} failed: ${stderr.trim() || error.message})\n${stdout}`);
    });
  });
}

/** Recent journal lines of the unit, or why there are none. */
export async function journal(unit: string, lines: number): Promise<string> {
  return commandOutput('journalctl', ['-u', unit, '-n', String(lines), '--no-pager', '-o', 'short-iso']);
}

export function versions(): string {
  return [`agent ${agentVersion}`, `node ${process.versions.node}`, `os ${osName()}`, `kernel ${os.type()} ${os.release()} ${os.arch()}`, `hostname ${os.hostname()}`, `uptime ${Math.round(os.uptime())} s`].join('\n').concat('\n');
}

/** Serial ports (with USB identities) and the USB tree, as the board sees them now. */
export async function devices(): Promise<string> {
  const parts: string[] = ['# serial ports'];
  try {
    parts.push(JSON.stringify(listSerialPorts(), null, 2));
  } catch (error) {
    parts.push(`(cannot list serial ports: ${describeError(error)})`);
  }
  parts.push('', '# lsusb', await commandOutput('lsusb', []));
  for (const folder of ['/dev/serial/by-id', '/dev/serial/by-path']) {
    parts.push(`# ${folder}`, existsSync(folder) ? readdirSync(folder).join('\n') : '(absent)', '');
  }
  const devicesOfInterest = existsSync('/dev') ? readdirSync('/dev').filter((name) => /^(tty(USB|ACM|AMA|S\d)|gpiochip|can|video)/.test(name)) : [];
  parts.push('# /dev (serial, gpio, can, video)', devicesOfInterest.join('\n') || '(none)', '');
  return parts.join('\n');
}

/** The outbox file as it is on disk: sizes, and rows per table (read-only; a running agent keeps writing). */
export function outboxFile(path: string): Record<string, unknown> {
  const file = resolve(path);
  const sizes = Object.fromEntries(['', '-wal', '-shm', '-staged'].map((suffix) => [`${file}${suffix}`, existsSync(`${file}${suffix}`) ? statSync(`${file}${suffix}`).size : null]));
  if (!existsSync(file)) return { file, exists: false };
  let db: Database.Database | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const rows = Object.fromEntries(tables.map((table) => [table, db?.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get()]));
    // The staging journal's newest generation: records the file may not hold yet (agent/outbox/README.md).
    const storeId = db.prepare('SELECT store_id FROM store WHERE id = 1').pluck().get() as string | undefined;
    const journal = storeId === undefined ? undefined : readStagingJournal(stagingPath(file), BigInt(storeId));
    const staged = journal === undefined ? null : { entries: journal.entries, newest_generation_records: journal.newest.length, max_seq: journal.maxSeq };
    return { file, exists: true, bytes: sizes, rows, staged };
  } catch (error) {
    return { file, exists: true, bytes: sizes, error: describeError(error) };
  } finally {
    db?.close();
  }
}
