import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredRecord } from './ingest.js';
import { recordJson } from './record-json.js';

const HEARTBEAT_MS = 15_000;
/** A client this far behind is cut off rather than buffered without bound; it can reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * `GET /api/stream`: Server-Sent Events, one `record` event per newly stored record (optionally
 * only one post's, or one kind), and a comment line every 15 s so proxies keep the stream open.
 */
export class EventStream {
  private readonly clients = new Map<ServerResponse, { post?: string | undefined; kind?: string | undefined }>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private nextId = 1;

  constructor(subscribe: (listener: (stored: StoredRecord) => void) => () => void) {
    this.unsubscribe = subscribe((stored) => this.send(stored));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients.keys()) client.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(request: IncomingMessage, response: ServerResponse, filter: { post?: string | undefined; kind?: string | undefined }): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.write(': outpost centre record stream\n\n');
    this.clients.set(response, filter);
    request.on('close', () => this.clients.delete(response));
  }

  private send(stored: StoredRecord): void {
    if (this.clients.size === 0) return;
    const json = recordJson(stored, stored.record);
    const text = `event: record\nid: ${this.nextId++}\ndata: ${JSON.stringify(json)}\n\n`;
    for (const [client, filter] of this.clients) {
      if (filter.post !== undefined && filter.post !== stored.postId) continue;
      if (filter.kind !== undefined && filter.kind !== json['kind']) continue;
      if (client.writableLength > MAX_BUFFERED_BYTES) {
        this.clients.delete(client);
        client.end();
        continue;
      }
      client.write(text);
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const client of this.clients.keys()) client.end();
    this.clients.clear();
  }
}
