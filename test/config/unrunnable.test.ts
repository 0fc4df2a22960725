import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { parseConfig } from '../../agent/config/index.js';

const withCamera = `post: { id: bp-001 }
buses:
  cam: { type: camera, url: 'http://127.0.0.1:9/snap.jpg' }
uplink: { broker: 'mqtt://127.0.0.1:1883' }
`;

test('config validate refuses a bus kind this build cannot run, naming the bus and the way out', async () => {
  const file = join(tempDir(), 'post.yaml');
  writeFileSync(file, withCamera);
  const result = await runCli(['config', 'validate', file]);
  assert.is(result.code, 1);
  assert.match(result.stdout, /post\.yaml:3:\d+: buses\.cam\.type: bus type camera is not supported by this build of the agent \(it has no Camera driver yet\); remove the bus/);
  assert.match(result.stdout, /1 problem\n/);
});

test('the runtime still loads such a config, so one bus it cannot run never stops a post', () => {
  assert.equal(parseConfig(withCamera, 'post.yaml', {}).problems, []);
});

test.run();
