import { toJson } from '../../wire/index.js';
import type { Logger } from '../../kernel/logger.js';
import type { PostConfig } from '../config/schema.js';
import { recordLine } from '../demo/record-line.js';
import { ExitCode, write, type CliIo } from '../cli/io.js';
import { pollOnce } from './poll-once.js';

const mark = { read: '✔', failed: '✘', silent: '-' } as const;

/** Polls once and prints: the records (one line each, or JSON), then each sensor's outcome. Exit 1 names the sensors that failed. */
export async function runOnce(post: PostConfig, options: { io: CliIo; log: Logger; waitMs: number; json: boolean }): Promise<number> {
  const result = await pollOnce(post, options.log, options.waitMs);
  const failed = result.sensors.filter((entry) => entry.outcome === 'failed');
  if (options.json) {
    const json = { post: post.post.id, records: result.records.map(({ sensor, record }) => ({ sensor, record: toJson('outpost.v1.Record', record) })), sensors: result.sensors };
    await write(options.io.stdout, `${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines = result.records.map(({ record }) => recordLine(post.post.id, record));
    lines.push('', ...result.sensors.map((entry) => `${mark[entry.outcome]} sensor:${entry.sensor}  ${entry.outcome}${entry.outcome === 'read' ? ` (${entry.records} record${entry.records === 1 ? '' : 's'}${entry.message === undefined ? '' : `; ${entry.message}`})` : `: ${entry.message ?? ''}`}`));
    lines.push(`nothing was sent or stored (--once)`);
    await write(options.io.stdout, `${lines.join('\n')}\n`);
  }
  if (failed.length === 0) return ExitCode.ok;
  await write(options.io.stderr, `outpost: ${failed.length} sensor(s) failed: ${failed.map((entry) => entry.sensor).join(', ')}\n`);
  return ExitCode.failed;
}
