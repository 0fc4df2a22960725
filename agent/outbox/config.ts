import { z } from 'zod';
import { duration, size } from '../config/units.js';

export const outboxSchema = z
  .strictObject({
    path: z.string().min(1).default('/var/lib/outpost/outbox.db').describe('SQLite file of the store-and-forward buffer'),
    max_bytes: size('Most payload bytes kept; beyond it the oldest bulk, then status, then alarm records are evicted').prefault('256MB'),
    max_records: z.number().int().positive().default(1_000_000).describe('Most records kept'),
    ttl: z
      .strictObject({
        alarm: duration('How long detections and incidents wait for the link').prefault('30d'),
        status: duration('How long readings, health and events wait').prefault('7d'),
        bulk: duration('How long snapshots wait').prefault('2d'),
      })
      .prefault({}),
    compact_status: z.boolean().default(true).describe('While records wait, keep only the newest reading per sensor'),
    group_commit: duration('Longest an enqueue waits to share a disk sync with others').prefault('5ms'),
    lease: duration('How long a batch handed to the uplink stays reserved before it is offered again').prefault('60s'),
    memory_queue: z.number().int().min(0).default(1000).describe('Newest alarms held in memory while the disk fails'),
  })
  .describe('The durable store-and-forward buffer');

export type OutboxConfig = z.output<typeof outboxSchema>;
