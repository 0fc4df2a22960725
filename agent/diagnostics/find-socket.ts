import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OutpostError, systemCode } from '../../kernel/errors.js';
import { agentSocketPath } from './agent-socket.js';

/** The post config systemd runs the agent with (deploy/systemd/outpost.service). */
export const DEFAULT_CONFIG_FILE = '/etc/outpost/post.yaml';
const DEFAULT_OUTBOX = '/var/lib/outpost/outbox.db';

/**
 * The socket of the agent that runs `configFile`, read from the file's `diagnostics.socket` and
 * `outbox.path` alone: the crew's shell need not hold the secrets (${VAR}) the full config
 * needs, and a config with a mistake elsewhere must not hide the running agent's status.
 */
export function socketOfConfig(configFile: string): string {
  let text: string;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch (error) {
    const why = systemCode(error) === 'ENOENT' ? 'no such file' : systemCode(error) === 'EACCES' ? 'permission denied' : String(error);
    throw new OutpostError(`cannot read ${configFile}: ${why}`, { code: 'cli.input', subject: configFile, hint: 'name the post config with --config FILE, or the socket with --socket PATH', cause: error });
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new OutpostError(`${configFile} is not YAML`, { code: 'config.invalid', subject: configFile, hint: `check it with: outpost config validate ${configFile}`, cause: error });
  }
  const root = isMapping(data) ? data : {};
  const diagnostics = isMapping(root['diagnostics']) ? root['diagnostics'] : {};
  const outbox = isMapping(root['outbox']) ? root['outbox'] : {};
  const socket = typeof diagnostics['socket'] === 'string' ? diagnostics['socket'] : undefined;
  const path = typeof outbox['path'] === 'string' ? outbox['path'] : DEFAULT_OUTBOX;
  return agentSocketPath({ diagnostics: socket === undefined ? {} : { socket }, outbox: { path } });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
