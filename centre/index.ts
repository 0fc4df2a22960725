import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../kernel/logger.js';
import { silentLogger } from '../kernel/logger.js';
import type { MqttSecurity } from '../wire/connection-options.js';
import { startEmbeddedBroker, type EmbeddedBroker } from './embedded-broker.js';
import { EventStream } from './event-stream.js';
import { HttpApi } from './http-api.js';
import { Ingest, type CentreStats, type StoredRecord } from './ingest.js';
import { SqliteCentreStore } from './sqlite-store.js';
import type { CentreStore } from './store.js';
import { Subscriber } from './subscriber.js';

export type { CentreStore } from './store.js';
export type { CentreStats, StoredRecord } from './ingest.js';
export { SqliteCentreStore } from './sqlite-store.js';

export interface CentreOptions {
  /** An external broker, e.g. mqtts://broker.example.org:8883. When absent, an embedded broker is started. */
  broker?: string | undefined;
  /** host:port for the embedded broker (aedes, MQTT 3.1.1). Default 127.0.0.1:1883; port 0 picks a free one. */
  embeddedBroker?: string | undefined;
  /** SQLite file. Default ./outpost-centre.db. */
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
  /** A store to use instead of opening `db` (a PostgreSQL store later, tests). */
  store?: CentreStore | undefined;
  log?: Logger | undefined;
  clock?: (() => number) | undefined;
  /** Aborting it while the centre is still starting (e.g. waiting for the broker) stops it and rejects. */
  signal?: AbortSignal | undefined;
}

export interface RunningCentre {
  /** http://host:port, or undefined when no HTTP API was asked for. */
  readonly httpAddress: string | undefined;
  /** The broker URL the centre (and, for the embedded one, the posts) connect to. */
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
export async function startCentre(options: CentreOptions = {}): Promise<RunningCentre> {
  const log = (options.log ?? silentLogger()).child({ module: 'centre' });
  const store = options.store ?? SqliteCentreStore.open(options.db ?? 'outpost-centre.db');
  let broker: EmbeddedBroker | undefined;
  let subscriber: Subscriber | undefined;
  let api: HttpApi | undefined;
  let stream: EventStream | undefined;
  let stopping: Promise<void> | undefined;
  // Safe to call twice: the second call waits for the first.
  const stopAll = (): Promise<void> =>
    (stopping ??= (async () => {
      stream?.close();
      await api?.close();
      await subscriber?.stop();
      await broker?.close();
      await store.close();
    })());
  try {
    if (options.broker === undefined) broker = await startEmbeddedBroker(options.embeddedBroker ?? '127.0.0.1:1883', log);
    const brokerAddress = options.broker ?? (broker as EmbeddedBroker).url;
    // The ingest acks through the subscriber's session, which only exists once the ingest does.
    const ingest: Ingest = new Ingest(store, (postId, ack) => sub.publishAck(postId, ack), log, options.clock);
    const sub = new Subscriber({ url: brokerAddress, clientId: options.clientId ?? `outpost-centre-${hostname()}-${randomBytes(8).toString('hex')}`, persistentSession: options.clientId !== undefined, security: options.security ?? {}, ingest, log });
    subscriber = sub;
    stream = new EventStream((listener) => ingest.onStored(listener));
    let httpAddress: string | undefined;
    if (options.http !== undefined) {
      api = new HttpApi({ store, stats: () => ({ ...ingest.stats }), stream, log });
      httpAddress = await api.listen(options.http);
    }
    await sub.start(options.signal);
    log.info({ broker: brokerAddress, http: httpAddress }, 'centre running');
    return {
      httpAddress,
      brokerAddress,
      store,
      stats: () => ({ ...ingest.stats }),
      onRecord: (listener) => ingest.onStored(listener),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}
