import { z } from 'zod';
import { duration, positiveDuration, positiveSize } from '../../kernel/units.js';

export const outboxSchema = z
  .strictObject({
    path: z.string().min(1).default('/var/lib/outpost/outbox.db').describe('SQLite file of the store-and-forward buffer (its -wal and -shm files sit beside it)'),
    max_bytes: positiveSize('Most record bytes kept; beyond it the oldest bulk, then status, then alarm records are evicted').prefault('256MB'),
    max_records: z.number().int().positive().default(1_000_000).describe('Most records kept; beyond it records are evicted in the same order as for max_bytes'),
    ttl: z
      .strictObject({
        alarm: positiveDuration('How long detections and incidents wait for the link before they expire').prefault('30d'),
        status: positiveDuration('How long readings, health and events wait before they expire').prefault('7d'),
        bulk: positiveDuration('How long snapshots wait before they expire').prefault('2d'),
      })
      .prefault({})
      .describe('Time to live per class, counted on the store clock (see the outbox README: clock jumps do not count)'),
    compact_status: z.boolean().default(true).describe('While records wait, keep only the newest reading per sensor and the newest health record'),
    group_commit: duration('Longest an enqueue waits to share a disk sync with others').prefault('5ms'),
    readings_sync: z
      .enum(['full', 'normal'])
      .default('full')
      .describe(
        'How a transaction holding only readings reaches the disk: full syncs the WAL (survives a power cut); normal leaves it to the OS (survives a crash or kill -9, a power cut may lose the last seconds of readings: fewer bytes written and no sync per tick)',
      ),
    staging_journal: z
      .boolean()
      .default(true)
      .describe(
        'With readings_sync: full, a commit of status records alone (the readings of a tick) is appended to the staging journal beside the store, one 4 KiB page per commit, instead of a transaction of the store file; false: every commit is a transaction',
      ),
    lease: positiveDuration('How long a batch handed to the uplink stays reserved before it is offered again').prefault('60s'),
    memory_queue: z.number().int().min(0).default(1000).describe('Most records held in memory while the disk fails (the newest alarms are kept longest)'),
    drop_report_interval: positiveDuration('Evictions, expiries and compactions are summed over this long into one Event per reason and class').prefault('60s'),
  })
  .describe('The durable store-and-forward buffer');

export type OutboxConfig = z.output<typeof outboxSchema>;
