import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { KIND_CODES, kindCode, kindOfCode } from '../../centre/pg-kinds.js';
import { MIGRATIONS } from '../../centre/pg-schema.js';
import { bodyKinds } from '../../wire/index.js';

const test = suite('centre PostgreSQL kind codes');

test('every kind has its own code, and a code gives its kind back', () => {
  const codes = bodyKinds.map(kindCode);
  assert.is(new Set(codes).size, bodyKinds.length);
  for (const kind of bodyKinds) assert.is(kindOfCode(kindCode(kind)), kind);
  assert.throws(() => kindOfCode(0), /no kind this build/);
});

test('migration 9 converted each kind to the code KIND_CODES gives it (a code never changes meaning)', () => {
  const sql = MIGRATIONS.find((migration) => migration.version === 9)?.sql ?? '';
  const written = Object.fromEntries([...sql.matchAll(/WHEN '(\w+)' THEN (\d+)/g)].map((match) => [match[1], Number(match[2])]));
  assert.equal(written, { ...KIND_CODES });
  assert.ok(sql.includes(`WHERE kind = ${KIND_CODES.health};`), 'the latest-health index is on the health code');
});

test.run();
