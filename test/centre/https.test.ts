import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { AccessAdmin } from '../../centre/access/admin.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { tempDir } from '../support/tmp.js';
import { TestPki } from '../uplink/test-pki.js';

let centre: RunningCentre | undefined;

test.after.each(async () => {
  await centre?.stop();
  centre = undefined;
});

test('with a certificate the API speaks HTTPS: the session cookie is Secure and HSTS is sent', async () => {
  const dir = tempDir();
  const pki = TestPki.create(dir);
  const server = pki.issue('localhost', ['DNS:localhost', 'IP:127.0.0.1']);
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db'), http: '127.0.0.1:0', secure: true, httpTls: { cert: readFileSync(server.cert), key: readFileSync(server.key) } });
  await new AccessAdmin((centre.store as SqliteCentreStore).access).addUser('cli', 'duty', 'admin', 'duty-password-1');
  assert.match(centre.httpAddress ?? '', /^https:\/\/127\.0\.0\.1:\d+$/);
  const { port } = new URL(centre.httpAddress as string);
  const body = JSON.stringify({ name: 'duty', password: 'duty-password-1' });
  const answer = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path: '/api/login', method: 'POST', ca: readFileSync(pki.ca), servername: 'localhost', headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
  assert.is(answer.status, 200);
  assert.match(String(answer.headers['set-cookie']), /HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);
  assert.is(answer.headers['strict-transport-security'], 'max-age=31536000');
});

test.run();
