import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, openOutbox, reading } from '../uplink/helpers.js';
import { figure } from './figure.js';
import { ShapedLink, type Shape } from './shaped-link.js';

/** What one drain over a shaped link showed. */
export interface Drained {
  seconds: number;
  /** Bytes the post sent through the shaped path (tc's counters), envelopes and TCP/IP headers included. */
  wireUp: number;
  /** Records before deflate. */
  payloadBytes: number;
  /** The seqs the centre stored, in order. */
  seqs: number[];
  duplicates: number;
  /** The uplink's smoothed ack round trip at the end. */
  ackRttMs: number;
}

/**
 * One post draining a backlog over a ShapedLink to a real centre, with the default uplink settings and a quick
 * reconnect; `during` runs once the centre is storing (an outage, say). Everything it starts is stopped by `stop()`.
 */
export class DrainRig {
  link: ShapedLink | undefined;
  centre: RunningCentre | undefined;
  uplink: Uplink | undefined;
  outbox: SqliteOutbox | undefined;

  async drain(postId: string, shape: Shape, total: number, options: { timeoutMs: number; during?: (link: ShapedLink) => Promise<void> }): Promise<Drained> {
    const dir = tempDir();
    const link = (this.link = await ShapedLink.start(dir, shape));
    const centre = (this.centre = await startCentre({ broker: link.centreUrl, db: join(dir, 'centre.db'), clientId: `centre-${postId}` }));
    const store = (this.outbox = openOutbox(dir));
    const records = Array.from({ length: total }, (_, index) => reading(index));
    const payloadBytes = records.reduce((sum, record) => sum + v1.Record.encode(record).finish().length, 0);
    await store.enqueue(records);
    const before = link.wireBytes();
    const begun = Date.now();
    const uplink = (this.uplink = makeUplink(postId, store, { broker: link.postUrl, reconnect: { min: '1s', max: '5s' } }));
    await uplink.start();
    if (options.during !== undefined) {
      await waitFor('the centre to be storing', () => centre.stats().stored > 0, options.timeoutMs, 100);
      await options.during(link);
    }
    await waitFor('the backlog to drain', () => store.stats().records === 0, options.timeoutMs, 200);
    const seconds = (Date.now() - begun) / 1000;
    const seqs = (centre.store as SqliteCentreStore).seqs(postId).map((row) => row.seq);
    return { seconds, wireUp: link.wireBytes().up - before.up, payloadBytes, seqs, duplicates: centre.stats().duplicates, ackRttMs: uplink.health().counters?.['ack_rtt_ms'] ?? 0 };
  }

  async stop(): Promise<void> {
    await this.uplink?.stop();
    await this.outbox?.close();
    await this.centre?.stop();
    await this.link?.close();
    this.uplink = this.centre = this.outbox = this.link = undefined;
  }
}

/** The figures of a drain, as bench/ scripts print them (`name: value unit`), each name prefixed with `prefix`. */
export function drainFigures(prefix: string, rateBit: number, total: number, drained: Drained): void {
  figure(`${prefix}_records: ${total} records`);
  figure(`${prefix}_payload: ${drained.payloadBytes} bytes (records before deflate)`);
  figure(`${prefix}_wire_up: ${drained.wireUp} bytes`);
  figure(`${prefix}_drain_time: ${drained.seconds.toFixed(1)} s`);
  figure(`${prefix}_goodput: ${Math.round((drained.payloadBytes * 8) / drained.seconds)} bit/s (records before deflate)`);
  figure(`${prefix}_utilisation: ${((100 * drained.wireUp * 8) / (drained.seconds * rateBit)).toFixed(0)} %`);
  figure(`${prefix}_ack_rtt: ${drained.ackRttMs} ms`);
  figure(`${prefix}_duplicates: ${drained.duplicates} records`);
}
