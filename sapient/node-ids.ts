import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { systemCode } from '../kernel/errors.js';
import { SapientError } from './errors.js';
import { newUlid, ulidAsUuid, ULID_PATTERN } from './ids.js';

/**
 * Node ids by node key (`demo-01`, or `demo-01/geophone` per sensor), kept in a small JSON
 * file so that a node keeps its id across restarts: the decision-maker's picture of a post
 * must not split in two because the bridge restarted. Written whole to a temp file and
 * renamed, so a crash leaves the old file or the new one, never half of one.
 */
export class NodeIds {
  private readonly ids: Map<string, string>;

  private constructor(
    private readonly file: string,
    entries: [string, string][],
  ) {
    this.ids = new Map(entries);
  }

  static open(file: string): NodeIds {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (systemCode(error) === 'ENOENT') return new NodeIds(file, []);
      throw new SapientError(`cannot read the node id file ${file}: ${String(error)}`, { code: 'sapient.state', hint: 'check sapient.state_file and its permissions' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const nodes = parsed !== null && typeof parsed === 'object' ? (parsed as { nodes?: unknown }).nodes : undefined;
    if (nodes === null || typeof nodes !== 'object' || Array.isArray(nodes) || !Object.values(nodes).every((id) => typeof id === 'string' && ULID_PATTERN.test(id))) {
      throw new SapientError(`the node id file ${file} is not what the bridge writes ({"nodes": {"<post>": "<ULID>"}})`, {
        code: 'sapient.state',
        hint: 'restore it from a backup, or move it aside to give every node a new id (the decision-maker will see new nodes)',
      });
    }
    return new NodeIds(file, Object.entries(nodes as Record<string, string>));
  }

  /** The node's ULID, made and saved the first time the node is seen. */
  ulidOf(key: string): string {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = newUlid();
    this.ids.set(key, id);
    this.save();
    return id;
  }

  /** The node_id as sent: the ULID in UUID form. */
  nodeIdOf(key: string): string {
    return ulidAsUuid(this.ulidOf(key));
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ nodes: Object.fromEntries(this.ids) }, null, 2)}\n`);
    renameSync(temp, this.file);
  }
}
