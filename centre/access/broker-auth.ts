import type { AedesOptions, AuthenticateError, Client, PublishPacket, Subscription } from 'aedes';
import { timingSafeEqual } from 'node:crypto';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { TOPIC_ROOT } from '../../wire/topics.js';
import type { AccessStore } from '../store.js';
import { tokenHash, verifyPassword } from './passwords.js';

/** The centre's own MQTT username. `_` is never in a post id (`^[a-z0-9][a-z0-9-]*$`), so no post can take it. */
export const CENTRE_USERNAME = '_centre';
/**
 * Read-only consumers (the SAPIENT bridge, an archiver) log in as this username with an API token
 * (`outpost centre token add`) as the password: they may subscribe to every post's `up` and
 * `state`, and publish nothing, so no reader can make a post drop a record.
 */
export const READER_USERNAME = '_reader';
/** A post id as the agent's config allows it; usernames outside it are refused before any hash is computed. */
export const POST_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface BrokerAuth {
  /** The centre's own identity on the embedded broker: a password made up at each start, held only in memory. */
  centrePassword: string;
  access: AccessStore;
}

type Identity = { kind: 'centre' } | { kind: 'post'; postId: string } | { kind: 'reader'; token: string };

function refused(message: string, returnCode: 4 | 5): AuthenticateError {
  return Object.assign(new Error(message), { returnCode });
}

function sameSecret(given: Buffer, expected: string): boolean {
  const wanted = Buffer.from(expected, 'utf8');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The embedded broker's authentication and topic authorisation (centre/README.md, "Broker
 * security"): a post authenticates as its post id with its password and may publish only its own
 * `up` and `state` and subscribe only to its own `ack` and `cmd`; only the centre's identity
 * publishes acks and commands and reads every post's topics. Everything else is refused.
 */
export function brokerAuthHandlers(auth: BrokerAuth, log: Logger): Pick<AedesOptions, 'authenticate' | 'authorizePublish' | 'authorizeSubscribe'> {
  const identities = new WeakMap<Client, Identity>();
  return {
    authenticate(client, username, password, done) {
      const given = password ?? Buffer.alloc(0);
      if (username === undefined || password === undefined) {
        log.warn({ client: client.id }, 'MQTT client refused: no username or password');
        done(refused('username and password required', 4), false);
        return;
      }
      if (username === CENTRE_USERNAME) {
        if (sameSecret(given, auth.centrePassword)) {
          identities.set(client, { kind: 'centre' });
          done(null, true);
        } else {
          log.warn({ client: client.id }, 'MQTT client refused: wrong password for the centre identity');
          done(refused('bad username or password', 4), false);
        }
        return;
      }
      if (username === READER_USERNAME) {
        void readerToken(auth.access, given.toString('utf8')).then(
          (token) => {
            if (token === undefined) {
              log.warn({ client: client.id }, 'MQTT reader refused: not a live API token (make one with `outpost centre token add`)');
              done(refused('bad username or password', 4), false);
            } else {
              identities.set(client, { kind: 'reader', token });
              done(null, true);
            }
          },
          (error: unknown) => {
            log.error({ client: client.id, err: describeError(error) }, 'MQTT authentication failed: the credential store did not answer');
            done(refused('server unavailable', 5), false);
          },
        );
        return;
      }
      if (!POST_ID.test(username)) {
        log.warn({ client: client.id, username: username.slice(0, 64) }, 'MQTT client refused: the username is not a post id');
        done(refused('bad username or password', 4), false);
        return;
      }
      void (async () => {
        const credential = await auth.access.postCredential(username);
        // A post without credentials costs the same hash as one with, so timing does not tell which posts exist.
        const ok = await verifyPassword(given.toString('utf8'), credential?.passwordHash ?? DUMMY_HASH);
        return credential !== undefined && ok;
      })().then(
        (ok) => {
          if (ok) {
            identities.set(client, { kind: 'post', postId: username });
            done(null, true);
          } else {
            log.warn({ client: client.id, post: username }, 'MQTT client refused: bad username or password (add the post with `outpost centre post add`)');
            done(refused('bad username or password', 4), false);
          }
        },
        (error: unknown) => {
          log.error({ client: client.id, err: describeError(error) }, 'MQTT authentication failed: the credential store did not answer');
          done(refused('server unavailable', 5), false);
        },
      );
    },

    authorizePublish(client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void) {
      // A null client is the broker itself (e.g. $SYS); never a network peer.
      if (client === null) return callback(null);
      const identity = identities.get(client);
      if (identity?.kind === 'centre' || (identity?.kind === 'post' && mayPublish(identity.postId, packet.topic))) return callback(null);
      log.warn({ client: client.id, post: identity?.kind === 'post' ? identity.postId : undefined, topic: packet.topic.slice(0, 200) }, 'MQTT publish refused: not this client\'s topic');
      // An error closes the client's connection (MQTT 3.1.1 has no negative PUBACK).
      callback(new Error(`publishing on ${packet.topic.slice(0, 200)} is not allowed`));
    },

    authorizeSubscribe(client: Client, subscription: Subscription, callback: (error: Error | null, subscription?: Subscription | null) => void) {
      const identity = identities.get(client);
      if (identity?.kind === 'centre' || (identity?.kind === 'post' && maySubscribe(identity.postId, subscription.topic)) || (identity?.kind === 'reader' && readerMaySubscribe(subscription.topic))) {
        return callback(null, subscription);
      }
      log.warn({ client: client.id, post: identity?.kind === 'post' ? identity.postId : undefined, topic: subscription.topic.slice(0, 200) }, 'MQTT subscription refused: not this client\'s topic');
      // null: a SUBACK failure (0x80) for this topic, the connection stays.
      callback(null, null);
    },
  };
}

function mayPublish(postId: string, topic: string): boolean {
  return topic === `${TOPIC_ROOT}/${postId}/up` || topic === `${TOPIC_ROOT}/${postId}/state`;
}

/** Exact topics only: a wildcard would reach other posts' acks. */
function maySubscribe(postId: string, topic: string): boolean {
  return topic === `${TOPIC_ROOT}/${postId}/ack` || topic === `${TOPIC_ROOT}/${postId}/cmd`;
}

/** Every post's `up` and `state`, by wildcard or by name; never `ack` or `cmd`. */
function readerMaySubscribe(topic: string): boolean {
  const [root, version, post, kind, ...rest] = topic.split('/');
  return `${root}/${version}` === TOPIC_ROOT && rest.length === 0 && post !== undefined && (post === '+' || POST_ID.test(post)) && (kind === 'up' || kind === 'state');
}

/** The id of the live, unrevoked API token `secret` is, if any (its user must still exist). */
async function readerToken(access: AccessStore, secret: string): Promise<string | undefined> {
  if (secret.length === 0 || secret.length > 256) return undefined;
  const token = await access.tokenByHash(tokenHash(secret));
  if (token === undefined || token.revokedUnixMs !== undefined) return undefined;
  return (await access.user(token.createdBy)) === undefined ? undefined : token.id;
}

/** A valid scrypt hash of a random password nobody knows: checked against when the post has no credential. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$ZHVtbXktaGFzaC1uZXZlci1tYXRjaGVzLXRoaXMtb25lLg==';
