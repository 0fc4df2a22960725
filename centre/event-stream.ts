import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredRecord } from './ingest.js';
import { bodyKindOf } from '../wire/index.js';
import { recordJson } from './record-json.js';

const HEARTBEAT_MS = 15_000;
/** A client this far behind is cut off rather than buffered without bound; it can reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Events kept for `Last-Event-ID` resumes: a reconnect within this many records misses nothing. */
const REPLAY_EVENTS = 10_000;
/** After its last client leaves, the stream is still watched this long: an EventSource reconnects within seconds. */
const RESUME_WINDOW_MS = 300_000;

interface Filter {
  post?: string | undefined;
  kind?: string | undefined;
}

interface SentEvent {
  seq: number;
  postId: string;
  kind: string;
  stored: StoredRecord;
  /** The SSE text, made when first needed: with no client the ingest pays nothing for JSON. */
  text?: string | undefined;
}

/**
 * `GET /api/stream`: Server-Sent Events, one `record` event per newly stored record (optionally
 * only one post's, or one kind), and a comment line every 15 s so proxies keep the stream open.
 * Event ids are `<run>-<n>`: a client reconnecting with `Last-Event-ID` from this run gets what it
 * missed from the last 10,000 events; one from another run, or further behind, gets a `reset`
 * event (reload the lists: the stream cannot say what was missed).
 */
export class EventStream {
  private readonly clients = new Map<ServerResponse, Filter>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private readonly run = Date.now().toString(36);
  private readonly recent: SentEvent[] = [];
  private nextSeq = 1;
  private lastClientLeftMs = Number.NEGATIVE_INFINITY;

  constructor(subscribe: (listener: (stored: StoredRecord) => void) => () => void) {
    this.unsubscribe = subscribe((stored) => this.send(stored));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients.keys()) client.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(request: IncomingMessage, response: ServerResponse, filter: Filter, lastEventId?: string, headers: Record<string, string> = {}): void {
    response.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.write(': outpost centre record stream\n\n');
    if (lastEventId !== undefined) this.replay(response, filter, lastEventId);
    this.clients.set(response, filter);
    request.on('close', () => {
      this.clients.delete(response);
      this.lastClientLeftMs = Date.now();
    });
  }

  /**
   * Whether anyone may want the records: a client is connected, or one left within
   * RESUME_WINDOW_MS and may resume. A source that reads records back to feed the stream
   * (PostgreSQL) skips the reading otherwise, and calls `gap()`.
   */
  watched(): boolean {
    return this.clients.size > 0 || Date.now() - this.lastClientLeftMs < RESUME_WINDOW_MS;
  }

  /** Records went by unsent: a resume from before this point gets a `reset`, not a silent hole. */
  gap(): void {
    this.recent.length = 0;
    this.nextSeq += 1;
  }

  private replay(response: ServerResponse, filter: Filter, lastEventId: string): void {
    const match = /^([0-9a-z]+)-(\d+)$/.exec(lastEventId);
    const first = this.recent[0]?.seq ?? this.nextSeq;
    const after = match === null ? undefined : Number(match[2]);
    if (match?.[1] !== this.run || after === undefined || after < first - 1) {
      response.write(`event: reset\ndata: {"reason":"the events after ${lastEventId.slice(0, 40).replace(/[\r\n]/g, '')} are no longer held; reload"}\n\n`);
      return;
    }
    for (const event of this.recent) if (event.seq > after && matches(filter, event.postId, event.kind)) response.write(this.textOf(event));
  }

  private textOf(event: SentEvent): string {
    event.text ??= `event: record\nid: ${this.run}-${event.seq}\ndata: ${JSON.stringify(recordJson(event.stored, event.stored.record))}\n\n`;
    return event.text;
  }

  private send(stored: StoredRecord): void {
    // Ingest's records carry their kind from the scan: no decode unless a client takes the event.
    const kind = stored.kind ?? bodyKindOf(stored.record) ?? '';
    const event: SentEvent = { seq: this.nextSeq++, postId: stored.postId, kind, stored };
    this.recent.push(event);
    // Trimmed in halves, not by one per event: shifting 10,000 entries per record was the
    // largest cost of a busy worker's ingest. Between trims up to twice as many are held.
    if (this.recent.length >= 2 * REPLAY_EVENTS) this.recent.splice(0, this.recent.length - REPLAY_EVENTS);
    for (const [client, filter] of this.clients) {
      if (!matches(filter, stored.postId, kind)) continue;
      if (client.writableLength > MAX_BUFFERED_BYTES) {
        this.clients.delete(client);
        client.end();
        continue;
      }
      client.write(this.textOf(event));
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const client of this.clients.keys()) client.end();
    this.clients.clear();
  }
}

function matches(filter: Filter, postId: string, kind: string): boolean {
  return (filter.post === undefined || filter.post === postId) && (filter.kind === undefined || filter.kind === kind);
}
