import type { Command } from 'commander';
import { AccessAdmin, parseRole } from '../../../centre/access/admin.js';
import { CENTRE_USERNAME } from '../../../centre/access/broker-auth.js';
import { writeBrokerConfig } from '../../../centre/access/broker-config.js';
import { generateSecret } from '../../../centre/access/passwords.js';
import { parseListenAddress } from '../../../centre/embedded-broker.js';
import { startCentre, type CentreOptions } from '../../../centre/index.js';
import { openStore } from '../../../centre/open-store.js';
import { isPostgresUrl, redactUrl, urlToShow } from '../../../centre/pg-url.js';
import type { AccessStore } from '../../../centre/store.js';
import { createLogger, levelFromEnv } from '../../../kernel/logger.js';
import { explainBusyPort } from '../busy-port.js';
import { readInput, UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';
import { registerCommandCli } from './centre-cmd.js';
import { checkWorkerFlags, parseMapTilesFlag, parseRetention } from './centre-flags.js';

interface CentreFlags {
  broker?: string;
  embeddedBroker?: string | boolean;
  db: string;
  http: string;
  ca?: string;
  cert?: string;
  key?: string;
  serverName?: string;
  username?: string;
  clientId?: string;
  workerRole: string;
  shareGroup?: string;
  retention?: string;
  insecure?: boolean;
  httpCert?: string;
  httpKey?: string;
  commandKey?: string;
  mapTiles?: string;
  mapAttribution?: string;
}

const DEFAULT_EMBEDDED = '127.0.0.1:1883';

export const centreCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    const centre = program
      .command('centre')
      .option('--broker <url>', 'connect to this MQTT broker (mqtt://host:port or mqtts://host:port)')
      .option('--embedded-broker [host:port]', `start an in-process broker (the default when --broker is absent; ${DEFAULT_EMBEDDED})`)
      .option('--db <file|url>', 'SQLite database file, or postgres://user@host:port/database (password in PGPASSWORD or ${VAR})', 'outpost-centre.db')
      .option('--http <host:port>', 'address of the HTTP API', '127.0.0.1:8080')
      .option('--ca <file>', 'CA certificate (PEM) the broker certificate is checked against')
      .option('--cert <file>', 'client certificate (PEM) for mutual TLS')
      .option('--key <file>', 'client private key (PEM) for mutual TLS')
      .option('--server-name <name>', 'name the broker certificate must carry, when it differs from the URL host')
      .option('--username <name>', 'MQTT username (the password comes from OUTPOST_CENTRE_PASSWORD)')
      .option('--client-id <id>', 'MQTT client id of the centre session, kept across restarts (default: random per start)')
      // Not --role: `outpost centre user add --role admin` has it, and commander gives a parent's option precedence.
      .option('--worker-role <role>', 'ingest (receive, store, ack; no HTTP), api (HTTP only, no MQTT) or all', 'all')
      .option('--share-group <name>', 'share ingest with the other workers of this group: subscribe $share/<name>/outpost/v1/+/up (needs --broker)')
      .option('--retention <duration|class=duration,...>', 'remove records that arrived longer ago than this (90d), or per class (90d,readings=30d,alarms=2y; classes: readings, health, events, alarms, snapshots, commands), at start and every hour; default: keep everything')
      .option('--http-cert <file>', 'certificate (PEM) for HTTPS on --http; session cookies are then Secure')
      .option('--http-key <file>', 'private key (PEM) for --http-cert')
      .option('--command-key <file>', 'the Ed25519 key commands to posts are signed with; made at first start (default centre-command.key beside the SQLite database; with PostgreSQL no commands without it)')
      .option('--map-tiles <url>', 'tile server for the console map, e.g. https://tiles.example/{z}/{x}/{y}.png (default: the shipped offline base map only)')
      .option('--map-attribution <text>', 'attribution shown under the map for --map-tiles (most tile servers require one)')
      .option('--insecure', 'no authentication: any MQTT client may publish anything on the embedded broker and anyone may use the HTTP API (tests, a lab)')
      .action(async (flags: CentreFlags) => {
        if (flags.broker !== undefined && flags.embeddedBroker !== undefined) {
          throw new UsageError('--broker and --embedded-broker exclude each other', 'give one: --broker URL to use an existing broker, or --embedded-broker [host:port] to start one');
        }
        const tlsGiven = [flags.ca, flags.cert, flags.key, flags.serverName, flags.username].some((value) => value !== undefined);
        if (tlsGiven && flags.broker === undefined) {
          throw new UsageError('--ca, --cert, --key, --server-name and --username apply to an external broker', 'add --broker mqtts://host:port, or drop them for the embedded broker');
        }
        const role = checkWorkerFlags(flags);
        const retention = parseRetention(flags.retention, role);
        if ((flags.httpCert === undefined) !== (flags.httpKey === undefined)) throw new UsageError('--http-cert and --http-key go together', 'give both PEM files for HTTPS, or neither for plain HTTP on loopback');
        const httpTls = flags.httpCert === undefined || flags.httpKey === undefined ? undefined : { cert: await readInput(flags.httpCert, context.io), key: await readInput(flags.httpKey, context.io) };
        const mapTiles = parseMapTilesFlag(flags.mapTiles, flags.mapAttribution);
        const log = createLogger({ level: levelFromEnv(context.io.env) });
        const options: CentreOptions = {
          broker: flags.broker,
          embeddedBroker: typeof flags.embeddedBroker === 'string' ? flags.embeddedBroker : DEFAULT_EMBEDDED,
          db: flags.db,
          commandKey: flags.commandKey,
          http: flags.http,
          clientId: flags.clientId,
          role,
          shareGroup: flags.shareGroup,
          retention,
          mapTiles,
          secure: flags.insecure !== true,
          httpTls,
          security: { ca: flags.ca, cert: flags.cert, key: flags.key, serverName: flags.serverName, username: flags.username, password: context.io.env['OUTPOST_CENTRE_PASSWORD'] },
          log,
        };
        const abort = new AbortController();
        const signals = stopSignal();
        const stopped = signals.signalled.then((signal) => {
          abort.abort();
          return signal;
        });
        let centre;
        try {
          centre = await startCentre({ ...options, signal: abort.signal });
        } catch (error) {
          signals.dispose();
          if (abort.signal.aborted) return;
          throw explainBusyPort(error, 'outpost centre', {
            'centre.http_listen': 'give --http HOST:PORT with a free port (port 0 lets the system pick one)',
            'centre.broker_listen': 'give --embedded-broker HOST:PORT with a free port, or --broker URL to use the broker that is running',
          });
        }
        if (flags.insecure !== true && (await centre.store.access?.users())?.length === 0) {
          await write(context.io.stdout, `no users yet: create the first admin with \`outpost centre user add NAME --role admin --db ${urlToShow(flags.db)}\` (it prints a generated password${isPostgresUrl(flags.db) ? '; the database password from PGPASSWORD' : ''})\n`);
        }
        await write(context.io.stdout, `centre ready: broker ${centre.brokerAddress === '' ? 'off' : centre.brokerAddress}, API ${centre.httpAddress ?? 'off'}, database ${redactUrl(flags.db)}, role ${role}\n`);
        const signal = await stopped;
        log.info({ module: 'centre', signal }, 'stopping');
        await centre.stop();
      });
      registerAdmin(centre, context);
      registerCommandCli(centre, context);
  },
};

interface AdminFlags {
  passwordStdin?: boolean;
  role?: string;
}

/**
 * Opens the centre's database for one admin subcommand, runs `work`, closes it. The database is
 * `--db` of `outpost centre` (commander parses it wherever it stands on the line), read here for
 * every subcommand: a SQLite file or `postgres://…`, `${VAR}`s from the environment, the schema
 * migrated as a worker would.
 */
async function withAccess<T>(centre: Command, context: CliContext, work: (access: AccessStore, admin: AccessAdmin) => Promise<T>): Promise<T> {
  const { db } = centre.opts<{ db: string }>();
  const store = await openStore(db, createLogger({ level: levelFromEnv(context.io.env) }), Date.now, context.io.env);
  try {
    if (store.access === undefined) throw new UsageError(`the database ${redactUrl(db)} keeps no users or post passwords`, 'give --db with the centre\'s SQLite file or postgres:// URL');
    return await work(store.access, new AccessAdmin(store.access));
  } finally {
    await store.close();
  }
}

/** The first line of stdin with `--password-stdin`; otherwise undefined (a password is generated). */
async function passwordFrom(flags: AdminFlags, context: CliContext): Promise<string | undefined> {
  if (flags.passwordStdin !== true) return undefined;
  const line = (await readInput(undefined, context.io)).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (line === '') throw new UsageError('--password-stdin read no password', 'pipe the password in, e.g. `printf %s "$PW" | outpost centre user add ...`, or leave the option out to have one generated');
  return line;
}

/** `outpost centre post|user|token|broker-config`: the changes go into the audit log as made by `cli`. */
function registerAdmin(centre: Command, context: CliContext): void {
  const out = (text: string): Promise<void> => write(context.io.stdout, text);
  const post = centre.command('post').description('MQTT credentials of posts on the embedded broker (the username is the post id)');
  post
    .command('add <post-id>')
    .description('give a post a password (generated and printed once, unless --password-stdin)')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (postId: string, flags: AdminFlags) => {
      const password = await withAccess(centre, context, async (_access, admin) => admin.setPostPassword('cli', postId, await passwordFrom(flags, context), false));
      await out(`post ${postId} added; put these in its config under uplink:\n  username: ${postId}\n  password: ${flags.passwordStdin === true ? '(the one you gave)' : password}\n`);
    });
  post
    .command('passwd <post-id>')
    .description("replace a post's password (generated and printed once, unless --password-stdin)")
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (postId: string, flags: AdminFlags) => {
      const password = await withAccess(centre, context, async (_access, admin) => admin.setPostPassword('cli', postId, await passwordFrom(flags, context), true));
      await out(`post ${postId}: new password ${flags.passwordStdin === true ? 'set' : password}\n`);
    });
  post
    .command('del <post-id>')
    .description("remove a post's password: it can no longer connect")
    .action(async (postId: string) => {
      await withAccess(centre, context, (_access, admin) => admin.deletePost('cli', postId));
      await out(`post ${postId} removed\n`);
    });
  post
    .command('list')
    .description('posts that have a password')
    .action(async () => {
      const rows = await withAccess(centre, context, (access) => access.postCredentials());
      await out(rows.map((row) => `${row.postId}\tchanged ${new Date(row.updatedUnixMs).toISOString()}\n`).join(''));
    });

  const user = centre.command('user').description('people who use the console and the HTTP API');
  user
    .command('add <name>')
    .description('add a user (password generated and printed once, unless --password-stdin)')
    .requiredOption('--role <role>', 'viewer, operator, technician or admin')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (name: string, flags: AdminFlags) => {
      const role = parseRole(flags.role ?? '');
      const password = await withAccess(centre, context, async (_access, admin) => admin.addUser('cli', name, role, await passwordFrom(flags, context)));
      await out(`user ${name} (${role}) added${flags.passwordStdin === true ? '' : `; password: ${password}`}\n`);
    });
  user
    .command('passwd <name>')
    .description("change a user's password and/or role; ends their sessions")
    .option('--role <role>', 'a new role')
    .option('--password-stdin', 'read the new password from the first line of stdin (otherwise one is generated)')
    .action(async (name: string, flags: AdminFlags) => {
      const role = flags.role === undefined ? undefined : parseRole(flags.role);
      const given = await passwordFrom(flags, context);
      const password = given ?? (role === undefined ? generateSecret() : undefined);
      await withAccess(centre, context, (_access, admin) => admin.changeUser('cli', name, { password, role }));
      await out(`user ${name} changed${password !== undefined && given === undefined ? `; password: ${password}` : ''}\n`);
    });
  user
    .command('del <name>')
    .description('remove a user, their sessions and their tokens')
    .action(async (name: string) => {
      await withAccess(centre, context, (_access, admin) => admin.deleteUser('cli', name));
      await out(`user ${name} removed\n`);
    });
  user
    .command('list')
    .description('users and their roles')
    .action(async () => {
      const rows = await withAccess(centre, context, (access) => access.users());
      await out(rows.map((row) => `${row.name}\t${row.role}\n`).join(''));
    });

  const token = centre.command('token').description('API tokens for machines (Authorization: Bearer …), hashed at rest');
  token
    .command('add <name>')
    .description("make a token acting for a user with a role at most the user's; the secret is printed once")
    .requiredOption('--user <name>', 'the user the token belongs to (deleting the user revokes it)')
    .requiredOption('--role <role>', 'viewer, operator, technician or admin')
    .action(async (name: string, flags: AdminFlags & { user: string }) => {
      const role = parseRole(flags.role ?? '');
      const { token: row, secret } = await withAccess(centre, context, (_access, admin) => admin.addToken('cli', flags.user, name, role));
      await out(`token ${row.id} (${role}) for ${flags.user}: ${secret}\n`);
    });
  token
    .command('list')
    .description('tokens (never their secrets)')
    .action(async () => {
      const rows = await withAccess(centre, context, (access) => access.tokens());
      await out(rows.map((row) => `${row.id}\t${row.name}\t${row.role}\t${row.createdBy}\t${row.revokedUnixMs === undefined ? 'live' : `revoked ${new Date(row.revokedUnixMs).toISOString()}`}\n`).join(''));
    });
  token
    .command('revoke <id>')
    .description('revoke a token at once')
    .action(async (id: string) => {
      await withAccess(centre, context, (_access, admin) => admin.revokeToken('cli', id));
      await out(`token ${id} revoked\n`);
    });

  centre
    .command('broker-config <dir>')
    .description("write Mosquitto's password file, ACL and listener snippet enforcing what the embedded broker enforces")
    .option('--centre-user <name>', "the centre's MQTT username", CENTRE_USERNAME)
    .option('--listener <host:port>', 'address Mosquitto listens on', '0.0.0.0:1883')
    .action(async (dir: string, flags: AdminFlags & { centreUser: string; listener: string }) => {
      parseListenAddress(flags.listener, '--listener');
      const centrePassword = context.io.env['OUTPOST_CENTRE_PASSWORD'];
      const files = await withAccess(centre, context, (access) => writeBrokerConfig(access, dir, { centreUser: flags.centreUser, centrePassword: centrePassword === '' ? undefined : centrePassword, listener: flags.listener }));
      await out(
        [
          `wrote ${files.passwordFile} (${files.posts} posts + ${flags.centreUser}), ${files.aclFile}, ${files.confFile}`,
          files.generatedCentrePassword === undefined
            ? `the centre logs in as ${flags.centreUser} with OUTPOST_CENTRE_PASSWORD`
            : `the centre's password (set OUTPOST_CENTRE_PASSWORD to it and run outpost centre --broker mqtt://… --username ${flags.centreUser}): ${files.generatedCentrePassword}`,
          `run: mosquitto -c ${files.confFile}   (re-run this command after each post add/passwd/del)`,
          '',
        ].join('\n'),
      );
    });
}
