import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Relative links of a Markdown file: a clone of the repository must hold what they point at. */
function localLinks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string).filter((target) => !/^(https?:|mailto:|#)/.test(target));
}

for (const file of ['README.md', 'docs/ARCHITECTURE.md', 'drivers/modbus/README.md']) {
  test(`${file}: every relative link stays inside the repository and exists`, () => {
    for (const target of localLinks(file)) {
      const path = resolve(dirname(join(root, file)), target.replace(/#.*$/, ''));
      assert.ok(!relative(root, path).startsWith('..'), `${file} links to ${target}, outside the repository`);
      assert.ok(existsSync(path), `${file} links to ${target}, which does not exist`);
    }
  });
}

test.run();
