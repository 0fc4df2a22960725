import mqtt, { type MqttClient } from 'mqtt';
import { OutpostError, describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { connectionOptions, type MqttSecurity } from '../wire/connection-options.js';
import { allPostsTopic, parsePostTopic, postTopic } from '../wire/topics.js';
import { v1 } from '../wire/index.js';
import type { Ingest } from './ingest.js';
import { IngestQueue } from './ingest-queue.js';
import type { PostStateRow } from './store.js';

export interface SubscriberOptions {
  url: string;
  clientId: string;
  /**
   * Keep the MQTT session across restarts (clean = false): only for a configured client id. A
   * random id per start would leave the broker queueing for every past session forever.
   */
  persistentSession: boolean;
  security: MqttSecurity;
  /**
   * Share `up` with the other workers of this group (`$share/<group>/outpost/v1/+/up`): the
   * broker gives each envelope to one of them. `state` stays a plain subscription: every worker
   * applies every state, idempotently.
   */
  shareGroup?: string | undefined;
  ingest: Ingest;
  /** A post's state says it is online (after the ingest applied it): the command issuer publishes its pending commands again. */
  onPostOnline?: ((postId: string) => void) | undefined;
  log: Logger;
}

/** A broker close followed by a reconnect within this long means the broker is up: the session was taken over. */
const TAKEOVER_WINDOW_MS = 10_000;

/**
 * The centre's MQTT side: subscribed at QoS 1 to every post's `up` and `state`; with a
 * configured client id, in a persistent session (clean = false), so the broker keeps what
 * arrives while the centre restarts (without one, posts resend what was never acked). `up`
 * envelopes go through the IngestQueue (group commit, bounded); mqtt.js's handleMessage hook
 * holds the PUBACK when the queue is full, so the broker paces the posts to the store.
 *
 * Several workers share the load by subscribing `up` as `$share/<group>/outpost/v1/+/up`
 * (MQTT shared subscriptions): each acks only what it committed; an envelope a dying worker
 * took is never acked, and the post's resend reaches another worker.
 */
export class Subscriber {
  private client: MqttClient | undefined;
  private queue: IngestQueue | undefined;
  private stopping = false;
  private states: Promise<void> = Promise.resolve();
  private pendingStates: PostStateRow[] = [];
  private applyingStates = false;

  constructor(private readonly options: SubscriberOptions) {}

  /** Resolves once subscribed; while the broker is unreachable it keeps trying and logs why. */
  async start(signal?: AbortSignal): Promise<void> {
    const { url, clientId, persistentSession, security, shareGroup, ingest, log } = this.options;
    const upTopic = shareGroup === undefined ? allPostsTopic('up') : `$share/${shareGroup}/${allPostsTopic('up')}`;
    const client = mqtt.connect(url, { ...(await connectionOptions(security, 'centre', '--')), clientId, clean: !persistentSession, protocolVersion: 4, reconnectPeriod: 1000, connectTimeout: 10_000 });
    this.client = client;
    const queue = new IngestQueue(ingest, log);
    this.queue = queue;
    client.handleMessage = (packet, done) => {
      // Stopping: leave it un-PUBACKed; the broker redelivers it to the session next time.
      if (this.stopping) return;
      const topic = parsePostTopic(packet.topic);
      const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
      if (topic?.kind === 'up') {
        try {
          queue.push(topic.postId, payload, () => done());
        } catch (error) {
          log.error({ topic: packet.topic, err: describeError(error) }, 'could not handle a message; it is dropped');
          done();
        }
        return;
      }
      // States are applied in arrival order beside the ups, several per call to the store (a
      // fleet connecting brings a thousand at once: one round trip each queued beside the records'
      // commits): a state waiting on the database must not hold the stream (mqtt.js reads the next
      // message only after done()). They are retained, so one lost with a dying worker comes
      // again at resubscribe.
      if (topic?.kind === 'state') {
        const state = ingest.readState(topic.postId, payload);
        if (state !== undefined) {
          this.pendingStates.push(state);
          this.applyStates();
        }
      }
      done();
    };
    client.on('error', (error) => log.warn({ url, err: describeError(error) }, 'MQTT connection problem; retrying'));
    client.on('offline', () => log.warn({ url }, 'lost the broker; reconnecting'));
    this.watchForTakeover(client);
    await new Promise<void>((resolve, reject) => {
      client.once('end', () => reject(new Error('the centre stopped before it could subscribe')));
      signal?.addEventListener('abort', () => client.end(true), { once: true });
      client.once('connect', () => {
        client.subscribe({ [upTopic]: { qos: 1 }, [allPostsTopic('state')]: { qos: 1 } }, (error, granted) => {
          const refused = error !== null && error !== undefined ? describeError(error) : (granted ?? []).some((grant) => grant.qos > 2) ? 'refused' : undefined;
          if (refused === undefined) resolve();
          else {
            reject(
              new OutpostError(`broker ${url} did not grant the subscriptions ${upTopic} and ${allPostsTopic('state')} (${refused})`, {
                code: 'centre.subscribe_refused',
                subject: 'centre',
                hint: "give the centre's identity read access to outpost/v1/+/up and outpost/v1/+/state and write access to outpost/v1/+/ack in the broker ACL",
              }),
            );
          }
        });
      });
    });
    log.info({ url, clientId, up: upTopic }, 'centre subscribed to every post');
  }

  /**
   * Applies the states queued, after the I/O callbacks now due (the states already in the
   * socket's buffer go together), then those queued meanwhile, until none is left.
   */
  private applyStates(): void {
    if (this.applyingStates) return;
    this.applyingStates = true;
    const { ingest, log } = this.options;
    this.states = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      while (this.pendingStates.length > 0) {
        const taken = this.pendingStates;
        this.pendingStates = [];
        try {
          await ingest.applyStates(taken);
        } catch (error) {
          log.error({ posts: [...new Set(taken.map((state) => state.postId))], err: describeError(error) }, 'could not apply post states; they are dropped (retained: they come again at the next subscribe)');
          continue;
        }
        for (const state of taken) if (state.status === v1.PostStatus.POST_STATUS_ONLINE) this.options.onPostOnline?.(state.postId);
      }
    })().finally(() => {
      this.applyingStates = false;
      if (this.pendingStates.length > 0) this.applyStates();
    });
  }

  /**
   * MQTT 3.1.1 gives no reason when a broker drops a session: another client connecting with
   * the same client id makes the broker close the older connection cleanly (a FIN, no error).
   * A clean close by the broker followed by a successful reconnect soon after (the broker was
   * up all along) is reported as a takeover: an error log and `sessionTakeovers` in the stats.
   */
  private watchForTakeover(client: MqttClient): void {
    const { url, clientId, ingest, log } = this.options;
    let closedByBrokerAt: number | undefined;
    client.on('connect', () => {
      if (closedByBrokerAt !== undefined && Date.now() - closedByBrokerAt <= TAKEOVER_WINDOW_MS) {
        ingest.stats.sessionTakeovers += 1;
        log.error(
          { url, clientId, takeovers: ingest.stats.sessionTakeovers },
          `the broker closed the centre's MQTT session and accepted it again at once: another client connected with the centre's client id "${clientId}" and took the session over (what it received meanwhile went to that client; posts resend what was not acked). Give the centre an unguessable --client-id and reserve it for the centre's identity in the broker ACL`,
        );
      }
      closedByBrokerAt = undefined;
      client.stream.once('end', () => {
        if (!this.stopping) closedByBrokerAt = Date.now();
      });
    });
  }

  /** Queues the ack at QoS 1; mqtt.js sends it after a reconnect if the link is down now. */
  publishAck(postId: string, ack: Uint8Array): Promise<void> {
    const client = this.client;
    if (client === undefined) return Promise.reject(new Error('centre is not connected'));
    client.publish(postTopic(postId, 'ack'), Buffer.from(ack.buffer, ack.byteOffset, ack.length), { qos: 1 }, (error) => {
      if (error) this.options.log.debug({ post: postId, err: describeError(error) }, 'ack not confirmed by the broker');
    });
    return Promise.resolve();
  }

  /** Publishes a signed command on the post's `cmd` topic at QoS 1; resolves once the broker has it. */
  async publishCommand(postId: string, signed: Uint8Array): Promise<void> {
    const client = this.client;
    if (client === undefined || !client.connected) throw new OutpostError('the centre is not connected to its broker; the command was not sent', { code: 'centre.not_connected', subject: 'centre', hint: 'try again once the centre is connected (its log says when)' });
    await client.publishAsync(postTopic(postId, 'cmd'), Buffer.from(signed.buffer, signed.byteOffset, signed.length), { qos: 1 });
  }

  async stop(): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    this.stopping = true;
    // Acks for what is queued still go out before the session closes.
    await this.queue?.idle();
    await this.states;
    this.client = undefined;
    await Promise.race([client.endAsync(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    client.end(true);
  }
}
