import Long from 'long';
import { v1, type outpost } from '../../wire/index.js';
import type { PostStateFacts } from '../runtime/agent.js';

/**
 * The retained `outpost/v1/{post}/state` payload: who the post is and whether it is online,
 * stopped cleanly (OFFLINE) or lost by the broker (LOST, set as the MQTT will at connect).
 */
export function encodePostState(postId: string, status: outpost.v1.PostStatus, facts: PostStateFacts, storeId: bigint, timeUnixMs: number): Buffer {
  const position = facts.position();
  const state: outpost.v1.IPostState = {
    postId,
    status,
    bootId: facts.bootId,
    agentVersion: facts.agentVersion,
    configHash: facts.configHash,
    startedUnixMs: facts.startedUnixMs,
    timeUnixMs,
    name: facts.name,
    storeId: Long.fromString(BigInt.asUintN(64, storeId).toString(), true),
  };
  if (position !== undefined) state.position = position;
  const bytes = v1.PostState.encode(state).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
