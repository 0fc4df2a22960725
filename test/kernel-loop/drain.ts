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
 * Posts draining backlogs over one ShapedLink to one real centre, with the default uplink settings and a quick
 * reconnect. The link and the centre are made at the first `open` and kept (a new shape is applied in place: under
 * emulation starting them costs more than a short drain); each drain has its own post, outbox and uplink, stopped by
 * `endDrain()`; `stop()` ends everything.
 */
export class DrainRig {
  link: ShapedLink | undefined;
  centre: RunningCentre | undefined;
  uplink: Uplink | undefined;
  outbox: SqliteOutbox | undefined;

  async open(shape: Shape): Promise<{ link: ShapedLink; centre: RunningCentre }> {
    if (this.link === undefined || this.centre === undefined) {
      const dir = tempDir();
      this.link = await ShapedLink.start(dir, shape);
      this.centre = await startCentre({ broker: this.link.centreUrl, db: join(dir, 'centre.db'), clientId: 'centre-shaped' });
    } else {
      this.link.setShape(shape);
    }
    return { link: this.link, centre: this.centre };
  }

  /** Drains `total` records from a new post over the link as `shape`; `during` runs once the centre stores its first (an outage, say). */
  async drain(postId: string, shape: Shape, total: number, options: { timeoutMs: number; during?: (link: ShapedLink) => Promise<void> }): Promise<Drained> {
    const { link, centre } = await this.open(shape);
    const store = (this.outbox = openOutbox(tempDir()));
    const records = Array.from({ length: total }, (_, index) => reading(index));
    const payloadBytes = records.reduce((sum, record) => sum + v1.Record.encode(record).finish().length, 0);
    await store.enqueue(records);
    const before = { wire: link.wireBytes(), stats: centre.stats() };
    const begun = Date.now();
    const uplink = (this.uplink = makeUplink(postId, store, { broker: link.postUrl, reconnect: { min: '1s', max: '5s' } }));
    await uplink.start();
    if (options.during !== undefined) {
      await waitFor('the centre to be storing', () => centre.stats().stored > before.stats.stored, options.timeoutMs, 100);
      await options.during(link);
    }
    await waitFor('the backlog to drain', () => store.stats().records === 0, options.timeoutMs, 200);
    const seconds = (Date.now() - begun) / 1000;
    const seqs = (centre.store as SqliteCentreStore).seqs(postId).map((row) => row.seq);
    return {
      seconds,
      wireUp: link.wireBytes().up - before.wire.up,
      payloadBytes,
      seqs,
      duplicates: centre.stats().duplicates - before.stats.duplicates,
      ackRttMs: uplink.health().counters?.['ack_rtt_ms'] ?? 0,
    };
  }

  /** Records the centre stored from every post so far. */
  stored(): number {
    return this.centre?.stats().stored ?? 0;
  }

  async endDrain(): Promise<void> {
    await this.uplink?.stop();
    await this.outbox?.close();
    this.uplink = this.outbox = undefined;
  }

  async stop(): Promise<void> {
    await this.endDrain();
    await this.centre?.stop();
    await this.link?.close();
    this.centre = this.link = undefined;
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
