import type { Logger } from '../../kernel/logger.js';
import type { Outbox } from '../outbox/types.js';
import { readCentreAck, UnusableAck } from './centre-ack.js';
import type { LinkFigures } from './link-figures.js';
import type { AckOutcome, SendWindow } from './send-window.js';

export interface AckIntake {
  window: SendWindow;
  outbox: Outbox;
  figures: LinkFigures;
  log: Logger;
  /** Refuse acks longer than these before decoding (ackLimits). */
  limits: { maxBytes: number; maxRanges: number };
}

/**
 * Reads one message from the ack topic and settles what it acks or rejects in the window.
 * Undefined when it is not an ack for this store: unusable (counted, logged once: a peer flooding
 * the topic must not flood the log) or for an earlier outbox of this post. Refusals by the centre
 * are logged each time; seqs that were not in flight are counted and logged once.
 */
export function takeAck(payload: Buffer, intake: AckIntake): AckOutcome | undefined {
  const { figures, log } = intake;
  let ack;
  try {
    ack = readCentreAck(payload, intake.limits);
  } catch (error) {
    if (!(error instanceof UnusableAck)) throw error;
    figures.unusableAcks += 1;
    if (figures.unusableAcks === 1) log.warn({ bytes: payload.length, reason: error.message }, 'ignored an unusable ack from the centre; later ones are counted (unusable_acks) and not logged');
    return undefined;
  }
  if (ack.storeId !== BigInt.asUintN(64, intake.outbox.storeId)) {
    log.debug({ store_id: ack.storeId.toString() }, 'ignored an ack for another store (an earlier outbox of this post)');
    return undefined;
  }
  const outcome = intake.window.applyAck(ack.ranges, ack.rejected);
  figures.duplicates += ack.duplicates;
  if (outcome.rejected > 0) {
    figures.rejected += outcome.rejected;
    log.warn({ rejected: ack.rejected, reason: ack.reason }, `the centre refused ${outcome.rejected} record(s) for good: ${ack.reason || 'no reason given'}; they are dropped`);
  }
  if (outcome.ignored > 0) {
    const first = figures.ignoredAckSeqs === 0;
    figures.ignoredAckSeqs += outcome.ignored;
    if (first) log.warn({ ignored: outcome.ignored }, 'the centre acked seqs that were not in flight; they are not deleted (counted in ignored_ack_seqs, logged once)');
  }
  return outcome;
}
