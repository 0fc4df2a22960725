import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { parseConfig } from '../../agent/config/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { assembleDevices, type Devices } from '../../agent/runtime/assembly.js';
import type { RecordDraft } from '../../agent/runtime/records.js';

/**
 * Builds a post's buses and sensors from YAML through the real factories, as `outpost run`
 * does, with every record they emit collected in `records` (not started: the test does that).
 */
export async function assemblePost(yaml: string): Promise<{ devices: Devices; records: RecordDraft[] }> {
  const { config, problems } = parseConfig(yaml, 'test.yaml', {});
  assert.equal(problems, []);
  const records: RecordDraft[] = [];
  const devices = await assembleDevices({
    post: config!,
    log: silentLogger(),
    sink: { emit: (draft) => records.push(draft) },
    time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) },
  });
  return { devices, records };
}
