import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandUrl, redactUrl, urlToShow, withEnvPassword } from '../../centre/pg-url.js';

test('PGPASSWORD of the given environment goes into a URL that names a user and no password, percent-encoded', () => {
  assert.is(withEnvPassword('postgres://outpost@db:5432/outpost', { PGPASSWORD: 'p@ss:w/rd' }), 'postgres://outpost:p%40ss%3Aw%2Frd@db:5432/outpost');
  assert.is(withEnvPassword('postgres://outpost:given@db/outpost', { PGPASSWORD: 'other' }), 'postgres://outpost:given@db/outpost', 'a password in the URL wins');
  assert.is(withEnvPassword('postgres://db/outpost', { PGPASSWORD: 'x' }), 'postgres://db/outpost', 'no user: left to the client');
  assert.is(withEnvPassword('postgres://outpost@db/outpost', {}), 'postgres://outpost@db/outpost');
  assert.is(withEnvPassword(expandUrl('postgres://outpost:${DB_PW}@db/outpost', { DB_PW: 'a b' }), { PGPASSWORD: 'x' }), 'postgres://outpost:a%20b@db/outpost');
});

test('a URL shown as a command to copy leaves a written password out and keeps a ${VAR}; logs show ***', () => {
  assert.is(urlToShow('postgres://outpost:secret@db:5432/outpost'), 'postgres://outpost@db:5432/outpost');
  assert.is(urlToShow('postgres://outpost:${OUTPOST_DB_PASSWORD}@db/outpost'), 'postgres://outpost:${OUTPOST_DB_PASSWORD}@db/outpost');
  assert.is(urlToShow('postgresql://outpost@db/outpost'), 'postgresql://outpost@db/outpost');
  assert.is(urlToShow('/var/lib/outpost-centre/centre.db'), '/var/lib/outpost-centre/centre.db');
  assert.is(redactUrl('postgres://outpost:secret@db/outpost'), 'postgres://outpost:***@db/outpost');
});

test.run();
