import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createFusion } from '../detection/fusion.js';
import { DeferredOutbox } from '../outbox/deferred.js';
import { SqliteOutbox, outboxOptionsFrom } from '../outbox/index.js';
import { modemSignalDbm } from '../sensors/modem/signal.js';
import { createPostClock, measuredPosition } from '../time/index.js';
import { Uplink } from '../uplink/index.js';
import { describeError, OutpostError } from '../../kernel/errors.js';
import type { AgentParts } from './agent.js';

/**
 * The production parts of the agent: the SQLite outbox at the configured path (its folder made
 * if missing; a store that cannot be opened yet is retried while the agent runs), the MQTT uplink, fusion of detections into incidents, and the post clock
 * disciplined by a GPS when one is configured.
 */
export function defaultParts(): AgentParts {
  return {
    openOutbox(post, log) {
      const path = resolve(post.outbox.path);
      return new DeferredOutbox((hooks) => {
        makeFolder(dirname(path));
        return SqliteOutbox.open(path, outboxOptionsFrom(post.outbox, { log, ...hooks }));
      }, log, post.outbox.memory_queue);
    },
    createUplink({ post, outbox, log, state, onCommand }) {
      return new Uplink({ config: post.uplink, postId: post.post.id, outbox, log, state, onCommand });
    },
    createFusion,
    createTime(context) {
      return createPostClock(context, context.log);
    },
    position: measuredPosition,
    signalDbm: modemSignalDbm,
  };
}

/** The outbox's folder; failing to make it (full disk, read-only mount) is worth retrying. */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new OutpostError(`cannot make the outbox folder ${folder}: ${describeError(error)}`, {
      code: 'outbox.unavailable',
      subject: 'outbox',
      hint: 'check outbox.path in the post config, and that the disk is mounted, writable and not full',
      cause: error,
      retryable: true,
    });
  }
}
