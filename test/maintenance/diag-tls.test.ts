import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../../agent/config/index.js';
import type { PostConfig } from '../../agent/config/schema.js';
import { brokerChecks } from '../../agent/maintenance/diag/broker-check.js';
import { formatChecks, type Check } from '../../agent/maintenance/diag/index.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';
import { TestPki, type Identity } from '../uplink/test-pki.js';

const byPart = (checks: readonly Check[], part: string): Check | undefined => checks.find((check) => check.part === part);

function postOn(dir: string, port: number, pki: TestPki, client: Identity): PostConfig {
  const text = `post: { id: tls-01 }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: 'mqtts://localhost:${port}', ca: ${pki.ca}, cert: ${client.cert}, key: ${client.key} }
`;
  const { config, problems } = parseConfig(text, join(dir, 'post.yaml'));
  assert.ok(config !== undefined, JSON.stringify(problems));
  return config;
}

async function tlsBroker(dir: string, pki: TestPki, server: Identity): Promise<Mosquitto> {
  return Mosquitto.start(dir, { extra: [`cafile ${pki.ca}`, `certfile ${server.cert}`, `keyfile ${server.key}`, 'require_certificate true', 'allow_anonymous true'] });
}

test('outpost diag: certificates made by openssl that end within 30 days fail with the fix; ones valid for a year pass', async () => {
  const dir = tempDir('diag-tls');
  const pki = TestPki.create(dir);
  const altNames = ['DNS:localhost', 'IP:127.0.0.1'];
  const shortLived = await tlsBroker(dir, pki, pki.issue('broker-short', altNames, 5));
  const longLived = await tlsBroker(dir, pki, pki.issue('broker-long', altNames, 400));
  try {
    const soon = await brokerChecks(postOn(dir, shortLived.port, pki, pki.issue('tls-01-short', [], 5)), 5000);
    assert.is(byPart(soon, 'broker')?.result, 'pass', JSON.stringify(soon));
    assert.match(byPart(soon, 'broker')?.detail ?? '', /over TLS/);
    for (const part of ['broker certificate', 'post certificate']) {
      const check = byPart(soon, part);
      assert.is(check?.result, 'fail', part);
      assert.match(check?.detail ?? '', /CN=(broker|tls-01)-short: valid until .* \([45] days\); less than 30 days left/);
    }
    assert.match(byPart(soon, 'broker certificate')?.fix ?? '', /the centre must renew its broker certificate/);
    assert.match(byPart(soon, 'post certificate')?.fix ?? '', /renew .*tls-01-short\.pem .*reload the agent/);
    assert.match(formatChecks(soon), /✘ broker certificate +CN=broker-short[\s\S]*to fix:\n {2}broker certificate: the centre must renew/);

    const later = await brokerChecks(postOn(dir, longLived.port, pki, pki.issue('tls-01-long', [], 400)), 5000);
    assert.equal(later.map((check) => [check.part, check.result]), [['broker', 'pass'], ['broker certificate', 'pass'], ['post certificate', 'pass']]);
    assert.match(byPart(later, 'broker certificate')?.detail ?? '', /\((399|400) days\)/);
  } finally {
    await shortLived.stop();
    await longLived.stop();
  }
});

test.run();
