import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentreProcess } from './centre-process.js';
import { waitFor } from '../support/net.js';

test('a client that takes the centre\'s configured client id is reported as a takeover, logged and counted', async () => {
  const centre = await startCentreProcess(['--client-id', 'centre-test-session']);
  try {
    assert.is((await centre.stats()).sessionTakeovers, 0);
    const intruder = await centre.client('centre-test-session');
    const stats = await waitFor('the takeover in /api/stats', async () => {
      const now = await centre.stats();
      return now.sessionTakeovers >= 1 ? now : undefined;
    });
    intruder.end(true);
    assert.ok(stats.sessionTakeovers >= 1);
    await centre.peer.waitForOutput(/another client connected with the centre's client id \\?"centre-test-session\\?" and took the session over/);
    // The centre reconnected and still works.
    assert.is(centre.peer.child.exitCode, null);
  } finally {
    await centre.peer.stop();
  }
});

test.run();
