// test lane: waits (the demo runs 40 s for the geophone's first walker; alone: 5.6 s of CPU in 42 s)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

/** The shipped demo config on free ports in a temp dir (as test/demo does), health every 2 s. */
async function demoConfig(dir: string): Promise<string> {
  let text = readFileSync(new URL('../../deploy/examples/demo-post.yaml', import.meta.url), 'utf8');
  for (const port of ['15020', '15021', '15022', '18830']) text = text.replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${await freePort()}`);
  text = text.replace('path: var/demo/outbox.db', `path: ${join(dir, 'var', 'outbox.db')}`).replace('interval: 15s', 'interval: 2s');
  const file = join(dir, 'demo-post.yaml');
  writeFileSync(file, text);
  return file;
}

// The simulated geophone's first walker comes 25 s in (its trigger needs ~10 s to settle).
test('outpost demo --sapient: the demo\'s detections appear at the decision-maker peer as SAPIENT messages', async () => {
  const dir = tempDir('demo-sapient');
  const result = await runCli(['demo', '--config', await demoConfig(dir), '--http', '127.0.0.1:0', '--sapient', '--for', '40s'], { env: { OUTPOST_LOG_LEVEL: 'silent' } });
  assert.is(result.code, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /SAPIENT: bridge reporting to a decision-maker on 127\.0\.0\.1:\d+; its lines start with "sapient:"/);
  assert.match(out, /^sapient: \S+ demo-01 registration "Outpost post demo-01" \(BSI Flex 335 v2\.0\)/m);
  assert.match(out, /^sapient: \S+ demo-01 status \w+ \(NEW\), mode default, battery \d+% at 48\.03/m, 'status with the GPS position and the charge controller\'s battery');
  assert.match(out, /^sapient: \S+ demo-01 detection .* by (geophone|track-beams)/m, 'a detection reached the peer');
  assert.match(out, /demo stopped \(time is up\)/);
});

test.run();
