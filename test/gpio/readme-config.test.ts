import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseConfig } from '../../agent/config/index.js';

const readme = fileURLToPath(new URL('../../drivers/gpio/README.md', import.meta.url));

test('the sample config in drivers/gpio/README.md validates, so the docs cannot drift from the schema', () => {
  const block = /## Sample config\n\n```yaml\n([\s\S]*?)```/.exec(readFileSync(readme, 'utf8'))?.[1];
  assert.ok(block, 'the README has a yaml block under "Sample config"');
  const text = `post:\n  id: readme-01\n  name: README sample\nuplink:\n  broker: mqtt://localhost:1883\n${block}`;
  const { config, problems } = parseConfig(text, 'drivers/gpio/README.md', {});
  assert.equal(problems.map(formatProblem), []);
  assert.ok(config);
});

test.run();
