import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importsOf, readTree, treeRoot } from './import-rules.js';

/**
 * Every retry loop logs the house way (one warning per cause, a repeat count, one line on
 * recovery) because it retries through the kernel's RetryLoop or Reconnector: nothing outside
 * kernel/ arms a RetryTimer of its own.
 */

test('only the kernel arms retries with RetryTimer', () => {
  const users = [...readTree(treeRoot())]
    .filter(([file, source]) => !file.startsWith('kernel/') && importsOf(file, source).some((edge) => edge.target === 'kernel/retry-timer' && edge.values.length > 0))
    .map(([file]) => file);
  assert.equal(users, [], `retry through kernel/retry-loop.ts or the Reconnector instead: ${users.join(', ')}`);
});

test.run();
