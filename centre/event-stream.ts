import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredRecord } from './ingest.js';
import { recordJson } from './record-json.js';

const HEARTBEAT_MS = 15_000;

/**
 * `GET /api/stream`: Server-Sent Events, one `record` event per newly stored record (optionally
 * only one post's, or one kind), and a comment line every 15 s so proxies keep the stream open.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;
  private nextId = 1;

  constructor(subscribe: (listener: (stored: StoredRecord) => void) => () => void) {
    this.unsubscribe = subscribe((stored) => this.send(stored));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private readonly unsubscribe: () => void;
  private readonly filters = new WeakMap<ServerResponse, { post?: string | undefined; kind?: string | undefined }>();

  open(request: IncomingMessage, response: ServerResponse, filter: { post?: string | undefined; kind?: string | undefined }): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.write(': outpost centre record stream\n\n');
    this.clients.add(response);
    this.filters.set(response, filter);
    request.on('close', () => this.clients.delete(response));
  }

  private send(stored: StoredRecord): void {
    if (this.clients.size === 0) return;
    const json = recordJson(stored, stored.record);
    const text = `event: record\nid: ${this.nextId++}\ndata: ${JSON.stringify(json)}\n\n`;
    for (const client of this.clients) {
      const filter = this.filters.get(client);
      if (filter?.post !== undefined && filter.post !== stored.postId) continue;
      if (filter?.kind !== undefined && filter.kind !== json['kind']) continue;
      client.write(text);
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
