import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseChallenges } from '../../drivers/camera/challenge.js';
import { DigestSession, digestAuthorization, digestResponse, readDigestChallenge, strongestDigest, type DigestChallenge } from '../../drivers/camera/digest.js';

// RFC 7616 §3.9.1: the worked example, with its published responses for MD5 and SHA-256.
const rfcHeader = (algorithm: string): string =>
  `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
const rfcInputs = { username: 'Mufasa', password: 'Circle of Life', method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

function challenge(header: string): DigestChallenge {
  const read = readDigestChallenge(parseChallenges([header])[0]!);
  if (typeof read === 'string') throw new Error(read);
  return read;
}

test('RFC 7616 example: MD5 response', () => {
  assert.is(digestResponse(challenge(rfcHeader('MD5')), rfcInputs), '8ca523f5e9506fed4657c9700eebdbec');
});

test('RFC 7616 example: SHA-256 response', () => {
  assert.is(digestResponse(challenge(rfcHeader('SHA-256')), rfcInputs), '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
});

test('RFC 2617 example (no algorithm, qop=auth) still answers as MD5', () => {
  const old = challenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  assert.is(digestResponse(old, { username: 'Mufasa', password: 'Circle Of Life', method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: '0a4f113b' }), '6629fae49393a05397450978507c4ef1');
});

test('the Authorization header carries every field the server checks, with nc in 8 hex digits', () => {
  const header = digestAuthorization(challenge(rfcHeader('SHA-256')), { ...rfcInputs, nc: 26 });
  for (const part of ['username="Mufasa"', 'realm="http-auth@example.org"', 'uri="/dir/index.html"', 'algorithm=SHA-256', 'qop=auth', 'nc=0000001a', 'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"']) {
    assert.ok(header.includes(part), `${part} in ${header}`);
  }
});

test('several challenges in one header and across headers; the strongest Digest is chosen', () => {
  const challenges = parseChallenges(['Basic realm="cam", Digest realm="cam", nonce="a,b", algorithm=MD5, qop="auth"', 'Digest realm="cam", nonce="n2", algorithm=SHA-256, qop="auth", stale=TRUE']);
  assert.equal(challenges.map((item) => item.scheme), ['basic', 'digest', 'digest']);
  assert.is(challenges[1]?.params['nonce'], 'a,b', 'a comma inside quotes stays in the value');
  const best = strongestDigest(challenges);
  assert.ok(typeof best === 'object');
  assert.is(best.algorithm, 'SHA-256');
  assert.ok(best.stale);
});

test('a challenge we cannot answer says why', () => {
  assert.match(String(strongestDigest(parseChallenges(['Digest realm="x", nonce="y", algorithm=SHA-512-256']))), /SHA-512-256 is not supported/);
  assert.match(String(strongestDigest(parseChallenges(['Digest realm="x", nonce="y", qop="auth-int"']))), /qop auth-int is not supported/);
});

test('a session reuses its nonce with the count going up, and a new challenge starts the count again', () => {
  const session = new DigestSession('u', 'p', () => 'c');
  assert.is(session.authorization('GET', '/'), undefined, 'no credentials before the first challenge');
  session.accept(challenge('Digest realm="r", nonce="n1", qop="auth"'));
  assert.match(session.authorization('GET', '/') ?? '', /nc=00000001/);
  assert.match(session.authorization('GET', '/') ?? '', /nc=00000002/);
  session.accept(challenge('Digest realm="r", nonce="n2", qop="auth", stale=true'));
  const next = session.authorization('GET', '/') ?? '';
  assert.match(next, /nonce="n2"/);
  assert.match(next, /nc=00000001/);
});

test.run();
