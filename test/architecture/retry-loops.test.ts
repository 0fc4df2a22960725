import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importsOf, readTree, treeRoot } from './import-rules.js';

/**
 * Every retry loop logs the house way (one warning per cause, a repeat count, one line on
 * recovery) because it retries through the kernel's RetryLoop or Reconnector: nothing outside
 * kernel/ arms a RetryTimer of its own. The uplink is the one exception left, until it moves
 * onto the Reconnector (issue 12); remove it here then.
 */
const STILL_ON_THE_TIMER = new Set(['agent/uplink/uplink.ts']);

test('only the kernel arms retries with RetryTimer', () => {
  const users = [...readTree(treeRoot())]
    .filter(([file, source]) => !file.startsWith('kernel/') && importsOf(file, source).some((edge) => edge.target === 'kernel/retry-timer' && edge.values.length > 0))
    .map(([file]) => file)
    .filter((file) => !STILL_ON_THE_TIMER.has(file));
  assert.equal(users, [], `retry through kernel/retry-loop.ts or the Reconnector instead: ${users.join(', ')}`);
});

test.run();
