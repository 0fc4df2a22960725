import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseConfig } from '../../agent/config/index.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

test('the Cameras section of README.md has a sample config that validates, buses and sensors together', () => {
  const section = /### Cameras\n([\s\S]*?)\n### /.exec(readme)?.[1];
  assert.ok(section, 'README.md has a Cameras section');
  const sample = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(sample, 'with a yaml sample');
  const { config, problems } = parseConfig(`post: { id: readme-01 }\nuplink: { broker: 'mqtt://localhost:1883' }\n${sample}`, 'README.md', { CAMERA_USER: 'viewer', CAMERA_PASSWORD: 'secret' });
  assert.equal(problems.map(formatProblem), []);
  assert.equal(config?.sensors['gate-pictures']?.type, 'camera');
  assert.equal(config?.buses['gate-cam']?.type, 'camera');
});

test.run();
