import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

/** The shipped demo config, moved to free ports and a temp dir so tests never collide. */
async function demoConfig(dir: string): Promise<string> {
  let text = readFileSync(new URL('../../deploy/examples/demo-post.yaml', import.meta.url), 'utf8');
  for (const port of ['15020', '15021', '15022', '15023', '18830']) text = text.replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${await freePort()}`);
  text = text.replace('path: var/demo/outbox.db', `path: ${join(dir, 'var', 'outbox.db')}`).replace('interval: 15s', 'interval: 2s').replace('interval: 5s', 'interval: 1s').replace('interval: 30s', 'interval: 2s');
  const file = join(dir, 'demo-post.yaml');
  writeFileSync(file, text);
  return file;
}

test('outpost demo runs simulated devices, the agent and the centre, and prints what the centre stores', async () => {
  const dir = tempDir('demo');
  const config = await demoConfig(dir);
  const result = await runCli(['demo', '--config', config, '--http', '127.0.0.1:0', '--for', '9s'], { env: { OUTPOST_LOG_LEVEL: 'silent' } });
  assert.is(result.code, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /simulated bus power: charge controller \(Modbus TCP\)/);
  assert.match(out, /simulated bus track-gpio: IR beam pair \(lines 17 and 27; the geophone's walkers cross it\)/);
  assert.match(out, /simulated bus track-cam: IP camera \(HTTP snapshot, Digest MD5; the walkers appear in it\)/);
  assert.match(out, /centre API: http:\/\/127\.0\.0\.1:\d+\/api\/posts/);
  assert.match(out, /demo-01\s+event\s+AGENT_STARTED/, 'the start event reached the centre');
  assert.match(out, /reading\s+charger\s+pv_voltage=[\d.-]+ V\s+battery_voltage=1[234]\.\d+ V/, 'Modbus readings from the simulated charge controller');
  assert.match(out, /reading\s+gnss\s+latitude=48\.03/, 'the GPS position from the simulated receiver');
  assert.match(out, /health\s+\d+\/\d+ components ok/, 'health records');
  assert.match(out, /demo stopped \(time is up\); the centre stored .*\d+ reading/);
  // The centre's database is where the demo said it is, beside the outbox.
  assert.match(out, new RegExp(`database ${join(dir, 'var', 'centre.db').replaceAll('/', '\\/')}`));
});

test('the demo refuses a post whose devices are not on loopback, naming the bus', async () => {
  const dir = tempDir('demo');
  const config = await demoConfig(dir);
  writeFileSync(config, readFileSync(config, 'utf8').replace(/host: 127\.0\.0\.1:\d+/, 'host: 10.20.30.40:502'));
  const result = await runCli(['demo', '--config', config, '--http', '127.0.0.1:0', '--for', '1s'], { env: { OUTPOST_LOG_LEVEL: 'silent' } });
  assert.is(result.code, 1);
  assert.match(result.stderr, /bus power: the demo only simulates devices on loopback, and 10\.20\.30\.40:502 is not/);
});

test.run();
