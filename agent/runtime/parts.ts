import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createFusion } from '../detection/fusion.js';
import { SqliteOutbox, outboxOptionsFrom } from '../outbox/index.js';
import { modemSignalDbm } from '../sensors/modem/signal.js';
import { createPostClock, measuredPosition } from '../time/index.js';
import { Uplink } from '../uplink/index.js';
import type { AgentParts } from './agent.js';

/**
 * The production parts of the agent: the SQLite outbox at the configured path (its folder made
 * if missing), the MQTT uplink, fusion of detections into incidents, and the post clock
 * disciplined by a GPS when one is configured.
 */
export function defaultParts(): AgentParts {
  return {
    openOutbox(post, log) {
      const path = resolve(post.outbox.path);
      mkdirSync(dirname(path), { recursive: true });
      return SqliteOutbox.open(path, outboxOptionsFrom(post.outbox, { log }));
    },
    createUplink({ post, outbox, log, state }) {
      return new Uplink({ config: post.uplink, postId: post.post.id, outbox, log, state });
    },
    createFusion,
    createTime(context) {
      return createPostClock(context, context.log);
    },
    position: measuredPosition,
    signalDbm: modemSignalDbm,
  };
}
