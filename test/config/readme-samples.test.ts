import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseConfig } from '../../agent/config/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every driver folder and every sensor folder: each keeps a README whose config is the sample (Telegraf's habit). */
const folders = ['drivers', 'agent/sensors'].flatMap((parent) =>
  readdirSync(join(root, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`),
);

test('every driver and sensor folder has a README with a yaml sample config', () => {
  assert.ok(folders.length >= 14, `found ${folders.length} folders`);
  const missing = folders.filter((folder) => {
    const readme = join(root, folder, 'README.md');
    return !existsSync(readme) || !readFileSync(readme, 'utf8').includes('```yaml\n');
  });
  assert.equal(missing, [], `folders without a README sample config: ${missing.join(', ')}`);
});

test('every README sample config validates against the schema, buses and sensors together', () => {
  const header = 'post:\n  id: readme-01\nuplink:\n  broker: mqtt://localhost:1883\n';
  for (const folder of folders) {
    const file = `${folder}/README.md`;
    for (const [, block] of readFileSync(join(root, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const { config, problems } = parseConfig(`${header}${block}`, file, { CAMERA_USER: 'viewer', CAMERA_PASSWORD: 'secret' });
      assert.equal(problems.map(formatProblem), [], file);
      assert.ok(config, file);
      assert.ok(Object.keys(config.buses).length + Object.keys(config.sensors).length > 0, `${file}: the sample configures something`);
    }
  }
});

test.run();
