import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConfigError, loadConfigFile, loadConfigFileOffThread } from '../../agent/config/index.js';
import { tempDir } from '../support/tmp.js';

// A SIGHUP reload checks the file in a worker thread: what crosses back (structured clone) must
// be the very config the agent would have loaded itself, and problems must stay problems.
const examples = resolve(import.meta.dirname, '../../deploy/examples');
const env = { OUTPOST_MQTT_PASSWORD: 'x'.repeat(20), OUTPOST_DIAG_TOKEN: 'y'.repeat(20) };

test('every example post loads off the event loop exactly as on it', async () => {
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.yaml'))) {
    const file = join(examples, name);
    assert.equal(await loadConfigFileOffThread(file, env), loadConfigFile(file, env), name);
  }
});

test('an invalid file off the event loop is a ConfigError with the same located problems', async () => {
  const file = join(tempDir('config-'), 'post.yaml');
  writeFileSync(file, 'post: { id: bp-001 }\nuplink: { brokr: x }\n');
  const error = await loadConfigFileOffThread(file, {}).then(() => undefined, (caught: unknown) => caught);
  assert.instance(error, ConfigError);
  let expected: unknown;
  try {
    loadConfigFile(file, {});
  } catch (caught) {
    expected = (caught as ConfigError).problems;
  }
  assert.equal((error as ConfigError).problems, expected);
});

test.run();
