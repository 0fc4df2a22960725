import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HttpAuth } from '../../centre/access/http-auth.js';
import { hashPassword } from '../../centre/access/passwords.js';
import type { AccessStore, CentreStore, IncidentActionRow, TokenRow, UserRow } from '../../centre/store.js';

const BASE = Date.now();

function user(name: string, role: UserRow['role'] = 'operator', at = BASE): UserRow {
  return { name, role, passwordHash: `scrypt$${name}`, createdUnixMs: at, updatedUnixMs: at };
}

function token(id: string, createdBy: string, at = BASE): TokenRow {
  return { id, hash: `sha256-${id}`, name: `${id} for ${createdBy}`, role: 'viewer', createdBy, createdUnixMs: at, revokedUnixMs: undefined };
}

function action(incidentKey: string, at: number, assessment?: IncidentActionRow['assessment']): Omit<IncidentActionRow, 'id'> {
  return { incidentKey, action: assessment === undefined ? 'acknowledge' : 'assess', assessment, note: assessment === undefined ? '' : `looks like a ${assessment}`, actor: 'duty', timeUnixMs: at };
}

/** A fresh store, and a way to open a second one on the same database (another worker). */
export interface OpenedStore {
  store: CentreStore;
  another(): Promise<CentreStore>;
}

/**
 * The AccessStore contract (users, sessions, tokens, post credentials, audit, incident actions),
 * as every store must keep it: registered once per implementation (access-sqlite.test.ts,
 * access-postgres.test.ts), `open` giving an empty store each test.
 */
export function accessConformance(name: string, open: () => Promise<OpenedStore>, teardown?: () => Promise<void>): void {
  const test = suite(`AccessStore conformance: ${name}`);
  let store: CentreStore | undefined;
  let another: (() => Promise<CentreStore>) | undefined;
  const access = (): AccessStore => {
    const held = store?.access;
    if (held === undefined) throw new Error(`the ${name} store has no access tables`);
    return held;
  };
  test.before.each(async () => {
    ({ store, another } = await open());
  });
  test.after.each(async () => {
    await store?.close();
    store = undefined;
  });
  if (teardown !== undefined) test.after(teardown);

  test('users: added, read back, listed by name in byte order, replaced (role, password) keeping their creation time', async () => {
    const a = access();
    assert.is(await a.user('duty'), undefined);
    for (const name of ['duty', 'Zed', 'admin@hq', 'b.ops']) await a.putUser(user(name));
    assert.equal(await a.user('duty'), user('duty'));
    assert.equal((await a.users()).map((row) => row.name), ['Zed', 'admin@hq', 'b.ops', 'duty']);
    await a.putUser({ ...user('duty', 'admin', BASE + 50), passwordHash: 'scrypt$new', createdUnixMs: BASE + 50 });
    assert.equal(await a.user('duty'), { name: 'duty', role: 'admin', passwordHash: 'scrypt$new', createdUnixMs: BASE, updatedUnixMs: BASE + 50 });
    assert.is((await a.users()).length, 4);
  });

  test('deleting a user ends their sessions and their tokens, and no one else\'s; deleting an unknown user resolves false', async () => {
    const a = access();
    await a.putUser(user('duty'));
    await a.putUser(user('night'));
    await a.putSession({ idHash: 's-duty', userName: 'duty', csrfToken: 'c1', createdUnixMs: BASE, expiresUnixMs: BASE + 1000 });
    await a.putSession({ idHash: 's-night', userName: 'night', csrfToken: 'c2', createdUnixMs: BASE, expiresUnixMs: BASE + 1000 });
    await a.putToken(token('t-duty', 'duty'));
    await a.putToken(token('t-night', 'night'));
    assert.is(await a.deleteUser('duty'), true);
    assert.is(await a.user('duty'), undefined);
    assert.is(await a.session('s-duty'), undefined);
    const left = await a.tokenByHash('sha256-t-duty');
    assert.ok(left === undefined || left.revokedUnixMs !== undefined, 'the deleted user\'s token still works');
    assert.equal((await a.tokens()).filter((row) => row.revokedUnixMs === undefined).map((row) => row.id), ['t-night']);
    assert.is((await a.session('s-night'))?.userName, 'night');
    assert.is(await a.deleteUser('duty'), false);
  });

  test('sessions: read by id hash, deleted one by one or all of a user, and expired ones removed at or before now', async () => {
    const a = access();
    const session = (idHash: string, userName: string, expiresUnixMs: number) => ({ idHash, userName, csrfToken: `csrf-${idHash}`, createdUnixMs: BASE, expiresUnixMs });
    await a.putSession(session('s1', 'duty', BASE + 100));
    await a.putSession(session('s2', 'duty', BASE + 200));
    await a.putSession(session('s3', 'night', BASE + 300));
    await a.putSession(session('s4', 'night', BASE + 400));
    assert.equal(await a.session('s1'), session('s1', 'duty', BASE + 100));
    assert.is(await a.session('nope'), undefined);
    await a.deleteExpiredSessions(BASE + 200);
    assert.equal([await a.session('s1'), await a.session('s2')], [undefined, undefined], 'expired at or before now');
    assert.is((await a.session('s3'))?.expiresUnixMs, BASE + 300);
    await a.deleteSession('s3');
    assert.is(await a.session('s3'), undefined);
    await a.putSession(session('s5', 'night', BASE + 500));
    await a.deleteSessionsOf('night');
    assert.equal([await a.session('s4'), await a.session('s5')], [undefined, undefined]);
  });

  test('tokens: found by hash, listed by creation, revoked once (a second revocation or an unknown id resolves false)', async () => {
    const a = access();
    await a.putToken(token('t2', 'duty', BASE + 20));
    await a.putToken(token('t1', 'duty', BASE + 10));
    await a.putToken({ ...token('t0', 'night', BASE + 20), role: 'admin' });
    assert.equal(await a.tokenByHash('sha256-t1'), token('t1', 'duty', BASE + 10));
    assert.is(await a.tokenByHash('sha256-unknown'), undefined);
    assert.equal((await a.tokens()).map((row) => row.id), ['t1', 't0', 't2']);
    assert.is((await a.tokenByHash('sha256-t0'))?.role, 'admin');
    assert.is(await a.revokeToken('t1', BASE + 99), true);
    assert.is(await a.revokeToken('t1', BASE + 150), false);
    assert.is(await a.revokeToken('nope', BASE + 150), false);
    assert.is((await a.tokenByHash('sha256-t1'))?.revokedUnixMs, BASE + 99);
    assert.is((await a.tokenByHash('sha256-t2'))?.revokedUnixMs, undefined);
  });

  test('a token or a session with its user in one look-up; the user absent when gone, nothing for an unknown hash', async () => {
    const a = access();
    await a.putUser(user('duty', 'admin', BASE + 1));
    await a.putToken(token('t1', 'duty', BASE + 10));
    await a.putToken(token('t9', 'ghost', BASE + 11));
    await a.putSession({ idHash: 's1', userName: 'duty', csrfToken: 'c1', createdUnixMs: BASE, expiresUnixMs: BASE + 100 });
    await a.putSession({ idHash: 's9', userName: 'ghost', csrfToken: 'c9', createdUnixMs: BASE, expiresUnixMs: BASE + 100 });
    assert.equal(await a.tokenWithUser('sha256-t1'), { token: token('t1', 'duty', BASE + 10), user: user('duty', 'admin', BASE + 1) });
    assert.equal(await a.tokenWithUser('sha256-t9'), { token: token('t9', 'ghost', BASE + 11), user: undefined });
    assert.is(await a.tokenWithUser('sha256-unknown'), undefined);
    assert.equal(await a.sessionWithUser('s1'), { session: { idHash: 's1', userName: 'duty', csrfToken: 'c1', createdUnixMs: BASE, expiresUnixMs: BASE + 100 }, user: user('duty', 'admin', BASE + 1) });
    assert.equal((await a.sessionWithUser('s9'))?.user, undefined);
    assert.is(await a.sessionWithUser('nope'), undefined);
  });

  test('post credentials: added, replaced, listed by post id, deleted once', async () => {
    const a = access();
    const credential = (postId: string, hash: string, at: number) => ({ postId, passwordHash: `scrypt$${hash}`, mosquittoHash: `$7$101$${hash}`, updatedUnixMs: at });
    await a.putPostCredential(credential('bp-2', 'a', BASE));
    await a.putPostCredential(credential('bp-1', 'b', BASE));
    await a.putPostCredential(credential('bp-2', 'c', BASE + 5));
    assert.equal(await a.postCredential('bp-2'), credential('bp-2', 'c', BASE + 5));
    assert.is(await a.postCredential('bp-3'), undefined);
    assert.equal((await a.postCredentials()).map((row) => [row.postId, row.mosquittoHash]), [['bp-1', '$7$101$b'], ['bp-2', '$7$101$c']]);
    assert.is(await a.deletePostCredential('bp-1'), true);
    assert.is(await a.deletePostCredential('bp-1'), false);
    assert.equal((await a.postCredentials()).map((row) => row.postId), ['bp-2']);
  });

  test('the audit log: ids increase in the order of appends, details come back as written, pages follow afterId', async () => {
    const a = access();
    const detail = { role: 'admin', from: 'viewer', nested: { address: '127.0.0.1', quote: 'a "b" \\ c' }, count: 3 };
    await a.appendAudit({ timeUnixMs: BASE, actor: 'cli', action: 'user.add', subject: 'duty', detail });
    for (let i = 1; i <= 4; i++) await a.appendAudit({ timeUnixMs: BASE + i, actor: 'duty', action: 'incident.assess', subject: `bp-1/i${i}`, detail: {} });
    const all = await a.audit({ limit: 10 });
    assert.equal(all.map((row) => row.subject), ['duty', 'bp-1/i1', 'bp-1/i2', 'bp-1/i3', 'bp-1/i4']);
    assert.ok(all.every((row, index) => index === 0 || row.id > (all[index - 1]?.id ?? Infinity)), 'ids increase');
    assert.equal(all[0], { id: all[0]?.id as number, timeUnixMs: BASE, actor: 'cli', action: 'user.add', subject: 'duty', detail });
    const page = await a.audit({ afterId: all[1]?.id, limit: 2 });
    assert.equal(page.map((row) => row.subject), ['bp-1/i2', 'bp-1/i3']);
    assert.equal(await a.audit({ afterId: all[4]?.id, limit: 10 }), []);
  });

  test('incident actions: ids given in order, read back by incident or all after an id; no keys means none', async () => {
    const a = access();
    const first = await a.addIncidentAction(action('bp-1/i1', BASE));
    const second = await a.addIncidentAction(action('bp-2/i1', BASE + 1, 'vehicle'));
    const third = await a.addIncidentAction(action('bp-1/i1', BASE + 2, 'false_alarm'));
    assert.ok(first.id < second.id && second.id < third.id, `ids ${first.id}, ${second.id}, ${third.id}`);
    assert.equal(third, { ...action('bp-1/i1', BASE + 2, 'false_alarm'), id: third.id });
    assert.equal(await a.incidentActions({ incidentKeys: ['bp-1/i1'], limit: 10 }), [first, third]);
    assert.equal(await a.incidentActions({ incidentKeys: ['bp-1/i1', 'bp-2/i1', 'bp-9/none'], limit: 10 }), [first, second, third]);
    assert.equal(await a.incidentActions({ afterId: first.id, limit: 10 }), [second, third]);
    assert.equal(await a.incidentActions({ limit: 2 }), [first, second]);
    assert.equal(await a.incidentActions({ incidentKeys: [], limit: 10 }), []);
    assert.is((await a.incidentActions({ incidentKeys: ['bp-1/i1'], limit: 10 }))[0]?.assessment, undefined);
  });

  test('failed logins: counted per key since a time with the first one\'s time, cleared per key, pruned before a time', async () => {
    const a = access();
    await a.addLoginFailure(['user:duty', 'ip:10.0.0.1'], BASE);
    await a.addLoginFailure(['user:duty', 'ip:10.0.0.2'], BASE + 10);
    await a.addLoginFailure(['user:night', 'ip:10.0.0.1'], BASE + 20);
    assert.equal(await a.loginFailures('user:duty', BASE), { count: 2, firstUnixMs: BASE });
    assert.equal(await a.loginFailures('user:duty', BASE + 1), { count: 1, firstUnixMs: BASE + 10 });
    assert.equal(await a.loginFailures('ip:10.0.0.1', 0), { count: 2, firstUnixMs: BASE });
    assert.equal(await a.loginFailures('user:nobody', 0), { count: 0, firstUnixMs: undefined });
    await a.clearLoginFailures('user:duty');
    assert.is((await a.loginFailures('user:duty', 0)).count, 0);
    assert.is((await a.loginFailures('ip:10.0.0.2', 0)).count, 1, 'only that key');
    await a.pruneLoginFailures(BASE + 20);
    assert.equal(await a.loginFailures('ip:10.0.0.1', 0), { count: 1, firstUnixMs: BASE + 20 });
    assert.is((await a.loginFailures('ip:10.0.0.2', 0)).count, 0);
  });

  test('the login limit is shared by every worker on the database: failures on one block the user on another', async () => {
    const twin = await another?.();
    try {
      let now = BASE;
      const first = new HttpAuth(access(), false, () => now);
      const second = new HttpAuth(twin?.access as AccessStore, false, () => now);
      await access().putUser({ ...user('duty'), passwordHash: await hashPassword('right-password-1') });
      for (let attempt = 0; attempt < 3; attempt += 1) assert.is((await first.login('duty', `wrong-${attempt}`, '10.0.0.1')).ok, false);
      now += 1000;
      for (let attempt = 0; attempt < 2; attempt += 1) assert.is((await second.login('duty', `wrong-${attempt}`, '10.0.0.2')).ok, false);
      assert.equal(await first.login('duty', 'right-password-1', '10.0.0.3'), { ok: false, retryAfterS: 299 }, 'five failures across two workers');
      now = BASE + 5 * 60_000;
      assert.is((await second.login('duty', 'right-password-1', '10.0.0.3')).ok, true, 'the window passed');
      assert.is((await access().loginFailures('user:duty', 0)).count, 0, 'a login clears the user\'s failures');
    } finally {
      await twin?.close();
    }
  });

  test.run();
}
