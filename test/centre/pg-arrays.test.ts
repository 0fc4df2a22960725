import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import pg from 'pg';
import { byteaArray, int4Array, int8Array, textArray } from '../../centre/pg-arrays.js';
import { seqRanges } from '../../centre/pg-rows.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';

const test = suite('centre PostgreSQL binary arrays');
const missing = postgresMissing();
let server: TestPostgres | undefined;
let client: pg.Client | undefined;

test.before(async () => {
  if (missing !== undefined) return;
  server = await TestPostgres.start();
  client = new pg.Client({ connectionString: server.urlWithPassword() });
  await client.connect();
});
test.after(async () => {
  await client?.end();
  await server?.stop();
});

/** What PostgreSQL reads from the binary array, as text (so nothing on the way back is binary). */
async function echoed(parameter: Buffer, type: string): Promise<string | null> {
  const result = await (client as pg.Client).query<{ value: string | null }>(`SELECT ($1::${type})::text AS value`, [parameter]);
  return result.rows[0]?.value ?? null;
}

testUnless(test, missing, 'text elements arrive as sent: quotes, backslashes, braces, commas, NULL as a word, multi-byte UTF-8, empty; null is SQL NULL', async () => {
  const values = ['bp "north",\\{1}', 'NULL', 'ünïcødé ✓ 𝄞', '', null];
  const rows = await (client as pg.Client).query<{ value: string | null; missing: boolean }>('SELECT value, value IS NULL AS missing FROM unnest($1::text[]) AS value', [textArray(values)]);
  assert.equal(rows.rows.map((row) => row.value), values);
  assert.equal(rows.rows.map((row) => row.missing), [false, false, false, false, true]);
  assert.is(await echoed(textArray([]), 'text[]'), '{}');
});

testUnless(test, missing, 'bigint elements keep their value: negative, zero, 2^32 edges, 2^53-1, past 2^53 as the double holds it, null', async () => {
  const values = [-1, 0, 4_294_967_295, 4_294_967_296, -4_294_967_297, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -(2 ** 62)];
  assert.is(await echoed(int8Array(values), 'bigint[]'), `{${['-1', '0', '4294967295', '4294967296', '-4294967297', '9007199254740991', '9007199254740994', '-4611686018427387904'].join(',')}}`);
  assert.is(await echoed(int8Array([7, null, 8]), 'bigint[]'), '{7,NULL,8}');
  assert.throws(() => int8Array([1.5]), RangeError);
});

testUnless(test, missing, 'integer and bytea elements keep their value and bytes (zero bytes included)', async () => {
  assert.is(await echoed(int4Array([1, -2, 2_147_483_647, -2_147_483_648]), 'integer[]'), '{1,-2,2147483647,-2147483648}');
  const bodies = [Uint8Array.of(0, 1, 255), new Uint8Array(0), Buffer.from('\\"{}', 'latin1').subarray(1)];
  const rows = await (client as pg.Client).query<{ body: Buffer }>('SELECT body FROM unnest($1::bytea[]) AS body', [byteaArray(bodies)]);
  assert.equal(rows.rows.map((row) => [...row.body]), bodies.map((body) => [...body]));
});

testUnless(test, missing, 'seqs become the int8multirange PostgreSQL reads back the same: runs folded, order and gaps kept, up to 2^53-1', async () => {
  const cases: number[][] = [[], [1], [3, 1, 2], [1, 2, 3, 5, 7, 8], [9_007_199_254_740_990, 9_007_199_254_740_991, 1]];
  for (const seqs of cases) {
    const text = seqRanges(seqs);
    const rows = (await (client as pg.Client).query<{ back: string }>('SELECT $1::int8multirange::text AS back', [text])).rows;
    assert.is(rows[0]?.back, text, `seqs ${seqs.join(',')}`);
  }
  assert.is(seqRanges([3, 1, 2, 5, 7, 8]), '{[1,4),[5,6),[7,9)}');
});

test.run();
