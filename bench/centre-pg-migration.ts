/**
 * What migration 9 (post numbers and kind codes in the list indexes) or 10 (sensor numbers)
 * costs a database holding data: ROWS records (default 1,000,000; 100 posts, 1,000 sensor names,
 * 4 day partitions) written at the schema before by SQL, then the migration timed. Prints
 * `name: value unit`.
 *   npx tsx bench/centre-pg-migration.ts        ROWS=200000 npx tsx bench/centre-pg-migration.ts
 *   MIGRATION=10 npx tsx bench/centre-pg-migration.ts
 */
import pg from 'pg';
import { migrate } from '../centre/pg-schema.js';
import { DAY_MS, partitionName } from '../centre/pg-partitions.js';
import { TestPostgres } from '../test/support/postgres.js';
import { descendantCpu } from './process-cpu.js';

const ROWS = Number(process.env['ROWS'] ?? 1_000_000);
const MIGRATION = Number(process.env['MIGRATION'] ?? 9);
if (MIGRATION !== 9 && MIGRATION !== 10) throw new Error('MIGRATION is 9 or 10');
const server = await TestPostgres.start({ fsync: true });
try {
  const pool = new pg.Pool({ connectionString: await server.createDatabase('m9'), max: 1 });
  const client = await pool.connect();
  const now = Date.now();
  await migrate(client, now, MIGRATION - 1);
  for (let back = 0; back < 4; back++) {
    const day = Math.floor(now / DAY_MS) * DAY_MS - back * DAY_MS;
    await client.query(`CREATE TABLE ${partitionName(day)} PARTITION OF records FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
  }
  await client.query(`INSERT INTO posts (post_id) SELECT 'bp-' || g FROM generate_series(1, 100) g`);
  if (MIGRATION === 10) await client.query("INSERT INTO post_numbers (post_id) SELECT 'bp-' || g FROM generate_series(1, 100) g");
  // Before migration 9 the kind is text; from it, a code (KIND_CODES) and the post's number beside its id.
  const [postNo, kinds] = MIGRATION === 9 ? ['', "ARRAY['reading','health','detection','incident']"] : ['post_no, ', 'ARRAY[3, 4, 1, 2]'];
  await client.query(`INSERT INTO records (post_id, ${postNo}store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body)
    SELECT 'bp-' || (g % 100 + 1), ${MIGRATION === 9 ? '' : 'g % 100 + 1, '}'9', g, (${kinds})[g % 4 + 1], 'sensor-' || (g % 1000), $1::bigint - g, 2, 3, $1::bigint - (g % 4) * ${DAY_MS}, '\\x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728'::bytea
    FROM generate_series(1, ${ROWS}) g`, [now]);
  await client.query('CHECKPOINT');
  const size = (await client.query<{ s: string }>("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS s FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'records'::regclass")).rows[0]?.s;
  const cpu0 = descendantCpu().get('postgres') ?? 0;
  const t0 = performance.now();
  await migrate(client, now, MIGRATION);
  const t1 = performance.now();
  const size2 = (await client.query<{ s: string }>("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS s FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'records'::regclass")).rows[0]?.s;
  console.log(`migration_${MIGRATION}_rows: ${ROWS} records`);
  console.log(`migration_${MIGRATION}_wall: ${((t1 - t0) / 1000).toFixed(1)} s`);
  console.log(`migration_${MIGRATION}_cpu_postgresql: ${((descendantCpu().get('postgres') ?? 0) - cpu0).toFixed(1)} s`);
  console.log(`migration_${MIGRATION}_size: ${size} -> ${size2}`);
  client.release();
  await pool.end();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally { process.on('uncaughtException', () => undefined); await server.stop(); }
