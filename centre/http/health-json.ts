import { rowJson } from '../record-json.js';
import type { CentreStore, RecordRow } from '../store.js';

/** Health records kept as JSON: 500 posts' latest, with room for them to be replaced. */
const CAPACITY = 2000;

interface Entry {
  postId: string;
  storeId: string;
  seq: number;
  json: Record<string, unknown>;
}

/**
 * The latest Health of every post, as JSON, is what each console asks at every visit of the posts
 * page, and decoding 500 records was most of that answer's time (bench/centre-api.ts,
 * health_latest). A stored record never changes, so its JSON is kept by row id, for the few
 * thousand most recently asked, per store (ids of two stores mean nothing to each other). A row
 * id SQLite gives again after the newest row was deleted is told apart by post, store id and seq.
 * The JSON is shared between answers: the routes only serialise it.
 */
class HealthJson {
  private readonly entries = new Map<number, Entry>();

  of(row: RecordRow): Record<string, unknown> {
    const hit = this.entries.get(row.id);
    if (hit !== undefined && hit.postId === row.postId && hit.storeId === row.storeId && hit.seq === row.seq) {
      // Most recently used last: the first entry is the one to evict.
      this.entries.delete(row.id);
      this.entries.set(row.id, hit);
      return hit.json;
    }
    const json = rowJson(row);
    this.entries.delete(row.id);
    this.entries.set(row.id, { postId: row.postId, storeId: row.storeId, seq: row.seq, json });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as number);
    return json;
  }
}

const byStore = new WeakMap<CentreStore, HealthJson>();

/** Health rows as the API answers them, decoded once per row. */
export function healthJson(store: CentreStore, rows: readonly RecordRow[]): Record<string, unknown>[] {
  let cache = byStore.get(store);
  if (cache === undefined) {
    cache = new HealthJson();
    byStore.set(store, cache);
  }
  const known = cache;
  return rows.map((row) => known.of(row));
}
