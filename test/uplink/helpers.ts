import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { join } from 'node:path';
import { outboxSchema } from '../../agent/outbox/config.js';
import { outboxOptionsFrom, SqliteOutbox } from '../../agent/outbox/index.js';
import type { Outbox } from '../../agent/outbox/types.js';
import type { PostStateFacts } from '../../agent/runtime/agent.js';
import { uplinkSchema, type UplinkConfig } from '../../agent/uplink/config.js';
import { Uplink, type UplinkOptions } from '../../agent/uplink/index.js';

export function uplinkConfig(raw: Record<string, unknown>): UplinkConfig {
  return uplinkSchema.parse(raw);
}

export function stateFacts(name = 'Test post'): PostStateFacts {
  return { bootId: 'boot-1', agentVersion: '0.0.0-test', configHash: 'abc', startedUnixMs: 1_700_000_000_000, name, position: () => undefined };
}

export function makeUplink(postId: string, outbox: Outbox, raw: Record<string, unknown>, extra: Partial<UplinkOptions> = {}): Uplink {
  return new Uplink({ config: uplinkConfig(raw), postId, outbox, log: silentLogger(), state: stateFacts(), idlePollMs: 20, random: () => 0.5, ...extra });
}

let counter = 0;

/** A reading record with a recognisable value. */
export function reading(value: number): outpost.v1.IRecord {
  counter += 1;
  return {
    timeUnixMs: 1_700_000_000_000 + counter,
    timeQuality: v1.TimeQuality.TIME_QUALITY_NTP,
    reading: { sensor: 'power', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ offsetMs: 0, values: [value] }] },
  };
}

export function detection(id: string): outpost.v1.IRecord {
  return {
    timeUnixMs: Date.now(),
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    detection: { id, sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.9, onsetUnixMs: Date.now() - 500, durationMs: 400 },
  };
}

/** The real outbox in `dir`, keeping every reading (no compaction) so a test can count them. */
export function openOutbox(dir: string, name = 'outbox.db'): SqliteOutbox {
  const path = join(dir, name);
  return SqliteOutbox.open(path, outboxOptionsFrom(outboxSchema.parse({ path, compact_status: false, group_commit: 0 })));
}

/** Records the outbox has out on leases. */
export function leasedCount(outbox: Outbox): number {
  return outbox.health().counters?.['leased'] ?? 0;
}
