import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../kernel/logger.js';
import { silentLogger } from '../kernel/logger.js';
import type { MqttSecurity } from '../wire/connection-options.js';
import { startEmbeddedBroker, type EmbeddedBroker } from './embedded-broker.js';
import { EventStream } from './event-stream.js';
import { HttpApi } from './http-api.js';
import { HttpAuth } from './access/http-auth.js';
import { ConsoleFiles, consoleDir } from './http/static-files.js';
import { emptyStats, Ingest, type CentreStats, type StoredRecord } from './ingest.js';
import { openStore } from './open-store.js';
import { PostgresLiveFeed } from './pg-live.js';
import { PostgresCentreStore } from './pg-store.js';
import { RetentionJob, retentionReport } from './retention.js';
import type { RetentionPolicy } from './retention-policy.js';
import type { MapTiles } from './map-tiles.js';
import type { AccessStore, CentreStore } from './store.js';
import { CENTRE_USERNAME } from './access/broker-auth.js';
import { generateSecret } from './access/passwords.js';
import { OutpostError, describeError } from '../kernel/errors.js';
import { Subscriber } from './subscriber.js';
import { CommandIssuer } from './command-issuer.js';
import { defaultCommandKeyPath, loadOrCreateCommandKey } from './command-key.js';

export type { CentreStore } from './store.js';
export type { CentreStats, StoredRecord } from './ingest.js';
export { SqliteCentreStore } from './sqlite-store.js';
export { PostgresCentreStore } from './pg-store.js';

/** What this process does: receive and ack (`ingest`), serve the HTTP API (`api`), or both. */
export type CentreRole = 'ingest' | 'api' | 'all';
export const CENTRE_ROLES: readonly CentreRole[] = ['ingest', 'api', 'all'];

export interface CentreOptions {
  /** Default `all`. `ingest` serves no HTTP; `api` has no MQTT side (and starts no broker). */
  role?: CentreRole | undefined;
  /** Subscribe `up` as `$share/<group>/…` so several ingest workers split it (not on the embedded broker: aedes has no shared subscriptions). */
  shareGroup?: string | undefined;
  /** An external broker, e.g. mqtts://broker.example.org:8883. When absent, an embedded broker is started. */
  broker?: string | undefined;
  /** host:port for the embedded broker (aedes, MQTT 3.1.1). Default 127.0.0.1:1883; port 0 picks a free one. */
  embeddedBroker?: string | undefined;
  /** SQLite file, or a `postgres://` URL (`${VAR}` expanded from the environment). Default ./outpost-centre.db. */
  db?: string | undefined;
  /** host:port for the HTTP API (port 0 picks a free one); absent: no HTTP. */
  http?: string | undefined;
  /** TLS and credentials for the connection to an external broker. */
  security?: MqttSecurity | undefined;
  /**
   * MQTT client id, kept in a persistent session across restarts. Default: outpost-centre-<hostname>-<random>,
   * new each start (unguessable, so no other client can take the session over) in a clean session.
   */
  clientId?: string | undefined;
  /**
   * Authentication and authorisation on (what `outpost centre` runs with unless `--insecure`):
   * the embedded broker lets in only posts with a password (`outpost centre post add`) and the
   * centre itself, each on its own topics; the HTTP API needs a session or token. Off: anyone
   * reaching the ports may do anything (tests, the demo, a lab).
   */
  secure?: boolean | undefined;
  /** PEM certificate and key for HTTPS on `http` (cookies are then marked Secure). */
  httpTls?: { cert: Buffer; key: Buffer } | undefined;
  /**
   * How long each record class is kept (`parseRetentionPolicy`): older arrivals are removed at
   * start and every hour (RetentionJob), by workers that ingest. Absent: keep everything.
   */
  retention?: RetentionPolicy | undefined;
  /**
   * The command signing key (Ed25519 PEM), made at first start with mode 0600. Default
   * centre-command.key beside a SQLite `db`; with PostgreSQL, or with `store`, and no
   * `commandKey`, the centre issues no commands.
   */
  commandKey?: string | undefined;
  /** An operator's tile server for the console's map (`parseMapTiles`); absent: the shipped base map. */
  mapTiles?: MapTiles | undefined;
  /** A store to use instead of opening `db` (tests). */
  store?: CentreStore | undefined;
  log?: Logger | undefined;
  clock?: (() => number) | undefined;
  /** Aborting it while the centre is still starting (e.g. waiting for the broker) stops it and rejects. */
  signal?: AbortSignal | undefined;
}

export interface RunningCentre {
  /** http://host:port, or undefined when no HTTP API was asked for. */
  readonly httpAddress: string | undefined;
  /** The broker URL the centre (and, for the embedded one, the posts) connect to; '' for `role: 'api'`. */
  readonly brokerAddress: string;
  readonly store: CentreStore;
  stats(): CentreStats;
  /** Called for every record stored for the first time; returns the unsubscribe function. */
  onRecord(listener: (stored: StoredRecord) => void): () => void;
  /** Stops the HTTP API, the MQTT session and the embedded broker, then closes the store. */
  stop(): Promise<void>;
}

/**
 * Runs the reference centre in this process: the embedded broker (unless `broker` is given),
 * the subscriber that validates, dedupes, stores and acks, and the HTTP API. Resolves once the
 * centre is subscribed and the API listens.
 */
function requireAccess(store: CentreStore): AccessStore {
  if (store.access === undefined) {
    throw new OutpostError('this store keeps no users or post passwords, so the centre cannot authenticate anyone', { code: 'centre.access', subject: 'centre', hint: 'use a store that does (SQLite: --db FILE, or PostgreSQL: --db postgres://…), or --insecure on a trusted lab network' });
  }
  return store.access;
}

/** The issuer of commands, when this centre has a command key and a store that keeps commands. */
function commandIssuer(options: CentreOptions, store: CentreStore, publish: (postId: string, signed: Uint8Array) => Promise<void>, log: Logger): CommandIssuer | undefined {
  const commands = store.commands;
  if (commands === undefined || (options.commandKey === undefined && options.store !== undefined)) return undefined;
  const path = options.commandKey ?? defaultCommandKeyPath(options.db ?? 'outpost-centre.db');
  if (path === undefined) {
    log.info('no --command-key: this worker sends no commands to posts (with PostgreSQL, give every worker the same key file)');
    return undefined;
  }
  const { privateKey, created } = loadOrCreateCommandKey(path);
  if (created) log.warn({ file: path }, 'made a new command signing key: give every post its public key (`outpost centre keys`) as commands.centre_key');
  return new CommandIssuer(commands, (query) => store.records(query), privateKey, publish, log.child({ module: 'commands' }), options.clock);
}

export async function startCentre(options: CentreOptions = {}): Promise<RunningCentre> {
  const log = (options.log ?? silentLogger()).child({ module: 'centre' });
  const role = options.role ?? 'all';
  const store = options.store ?? (await openStore(options.db ?? 'outpost-centre.db', log, options.clock ?? Date.now));
  let broker: EmbeddedBroker | undefined;
  let subscriber: Subscriber | undefined;
  let api: HttpApi | undefined;
  let stream: EventStream | undefined;
  let feed: PostgresLiveFeed | undefined;
  let retention: RetentionJob | undefined;
  let stopping: Promise<void> | undefined;
  // Safe to call twice: the second call waits for the first.
  const stopAll = (): Promise<void> =>
    (stopping ??= (async () => {
      stream?.close();
      await api?.close();
      await feed?.stop();
      await subscriber?.stop();
      await retention?.stop();
      await broker?.close();
      await store.close();
    })());
  try {
    const ingesting = role !== 'api';
    const access = options.secure === true ? requireAccess(store) : undefined;
    // The centre's own identity on its embedded broker: a password made up now, never stored.
    const centrePassword = generateSecret();
    if (ingesting && options.broker === undefined) broker = await startEmbeddedBroker(options.embeddedBroker ?? '127.0.0.1:1883', log, access === undefined ? undefined : { access, centrePassword });
    const brokerAddress = ingesting ? (options.broker ?? (broker as EmbeddedBroker).url) : '';
    const security = options.broker === undefined && access !== undefined ? { username: CENTRE_USERNAME, password: centrePassword } : (options.security ?? {});
    // The ingest acks through the subscriber's session, which only exists once the ingest does.
    let ingest: Ingest | undefined;
    let issuer: CommandIssuer | undefined;
    if (ingesting) {
      const created: Ingest = new Ingest(store, (postId, ack) => sub.publishAck(postId, ack), log, options.clock);
      const sub = new Subscriber({
        url: brokerAddress,
        clientId: options.clientId ?? `outpost-centre-${hostname()}-${randomBytes(8).toString('hex')}`,
        persistentSession: options.clientId !== undefined,
        security,
        shareGroup: options.shareGroup,
        ingest: created,
        onPostOnline: (postId) => void issuer?.postOnline(postId),
        log,
      });
      ingest = created;
      subscriber = sub;
      issuer = commandIssuer(options, store, (postId, signed) => sub.publishCommand(postId, signed), log);
      if (issuer !== undefined) created.onStored((stored) => void issuer?.settle(stored));
    }
    const stats = (): CentreStats => ({ ...(ingest?.stats ?? emptyStats()) });
    let httpAddress: string | undefined;
    if (role !== 'ingest' && options.http !== undefined) {
      // Records stored by any worker reach every API worker's stream through PostgreSQL; with SQLite
      // this process is the only writer.
      if (store instanceof PostgresCentreStore) {
        const live = new PostgresLiveFeed(store, log);
        feed = live;
        await live.start();
        const events = new EventStream((listener) => live.subscribe(listener));
        live.readOnlyWhen(() => events.watched(), () => events.gap());
        stream = events;
      } else {
        stream = new EventStream((listener) => ingest?.onStored(listener) ?? (() => undefined));
      }
      const clock = options.clock ?? Date.now;
      api = new HttpApi({
        store,
        stats,
        retention: () => retentionReport(store, ingesting ? options.retention : undefined, retention),
        stream,
        log,
        auth: access === undefined ? undefined : new HttpAuth(access, options.httpTls !== undefined, clock),
        access: access ?? store.access,
        console: await ConsoleFiles.load(consoleDir()),
        commands: issuer,
        tls: options.httpTls,
        mapTiles: options.mapTiles,
        clock,
      });
      httpAddress = await api.listen(options.http);
    }
    if (access !== undefined && (await access.users()).length === 0) {
      log.warn('no users yet: create the first admin with `outpost centre user add NAME --role admin` (there is no default password)');
    }
    await issuer?.reconcile().catch((error: unknown) => log.error({ err: describeError(error) }, 'could not settle commands from results stored before this start'));
    await subscriber?.start(options.signal);
    if (ingesting && options.retention !== undefined) {
      retention = new RetentionJob({ store, policy: options.retention, log, clock: options.clock });
      retention.start();
    }
    log.info({ role, broker: brokerAddress, http: httpAddress, shareGroup: options.shareGroup }, 'centre running');
    return {
      httpAddress,
      brokerAddress,
      store,
      stats,
      onRecord: (listener) => ingest?.onStored(listener) ?? (() => undefined),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}
