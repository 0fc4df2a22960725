import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, waitFor } from './net.js';
import { startPeer, type Peer } from './process.js';
import { tempDir } from './tmp.js';

const BIN = '/usr/lib/postgresql/15/bin';
export const POSTGRES_USER = 'outpost';
export const POSTGRES_PASSWORD = 'test-only-password';

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (!existsSync(join(BIN, 'postgres'))) return `PostgreSQL 15 is not installed (${BIN}/postgres); install the Debian package postgresql`;
  if (userInfo().uid === 0 && !existsSync('/usr/bin/setpriv')) return 'running as root without setpriv to drop to the postgres user';
  return undefined;
}

/** initdb refuses root: as root the cluster belongs to Debian's `postgres` user. */
function asOwner(command: string, args: readonly string[]): [string, string[]] {
  if (userInfo().uid !== 0) return [command, [...args]];
  return ['/usr/bin/setpriv', ['--reuid=postgres', '--regid=postgres', '--clear-groups', '--', command, ...args]];
}

/**
 * A PostgreSQL 15 cluster of the test's own: initdb in a temp dir, a free loopback port,
 * password (SCRAM) login for user `outpost`. The postmaster is the peer process itself (not
 * forked by pg_ctl), so the test's cleanup kills it even when the test fails.
 */
export class TestPostgres {
  private peer: Peer | undefined;

  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly fsync: boolean,
  ) {}

  /**
   * `fsync: false` (tests) keeps commits, crashes of a worker and restarts of PostgreSQL exact but
   * skips the disk flushes that make CREATE DATABASE take seconds on a shared disk; benches keep it on.
   */
  static async start(options: { fsync?: boolean } = {}): Promise<TestPostgres> {
    const dir = tempDir('outpost-pg-');
    const data = join(dir, 'data');
    const pwfile = join(dir, 'pw');
    writeFileSync(pwfile, `${POSTGRES_PASSWORD}\n`);
    if (userInfo().uid === 0) execFileSync('chown', ['postgres:postgres', dir, pwfile]);
    const [command, args] = asOwner(join(BIN, 'initdb'), ['-D', data, '-U', POSTGRES_USER, `--pwfile=${pwfile}`, '--auth-host=scram-sha-256', '--auth-local=trust', '--locale=C.UTF-8', '--encoding=UTF8', '--no-sync']);
    execFileSync(command, args, { stdio: 'pipe' });
    const server = new TestPostgres(await freePort(), dir, options.fsync ?? false);
    await server.run();
    return server;
  }

  /** Connection URL for `database` (default `postgres`), without the password (give it in PGPASSWORD). */
  url(database = 'postgres'): string {
    return `postgres://${POSTGRES_USER}@127.0.0.1:${this.port}/${database}`;
  }

  /** The same URL carrying the password, as `--db` accepts it. */
  urlWithPassword(database = 'postgres'): string {
    return `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  /** A fresh, empty database; returns its URL with the password. */
  async createDatabase(name: string): Promise<string> {
    await this.query(`CREATE DATABASE ${name}`);
    return this.urlWithPassword(name);
  }

  /** One statement on a short-lived connection. */
  async query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.urlWithPassword(database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  output(): string {
    return this.peer?.output() ?? '';
  }

  /** Fast shutdown (SIGINT: sessions cut, a clean checkpoint), then start again on the same port and data. */
  async restart(): Promise<void> {
    await this.stop();
    await this.run();
  }

  /** Stopped and started again by the caller: `stop()` then `start()` leaves a gap the test controls. */
  async stop(): Promise<void> {
    const peer = this.peer;
    if (peer === undefined) return;
    this.peer = undefined;
    peer.child.kill('SIGINT');
    await Promise.race([peer.exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    await peer.kill();
  }

  async run(): Promise<void> {
    const [command, args] = asOwner(join(BIN, 'postgres'), [
      '-D', join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir, '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200', '-c', 'shared_buffers=128MB', '-c', 'log_min_messages=warning', '-c', `fsync=${this.fsync ? 'on' : 'off'}`,
    ]);
    const peer = startPeer(command, args);
    this.peer = peer;
    await waitFor(`PostgreSQL accepting logins on port ${this.port} (it printed: ${peer.output().slice(-500)})`, async () => {
      if (peer.child.exitCode !== null) throw new Error(`postgres exited (${peer.child.exitCode}); it printed:\n${peer.output()}`);
      return this.query('SELECT 1').then(() => true, () => false);
    }, 30_000, 100);
  }
}
