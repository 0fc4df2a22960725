import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { onCleanup } from '../support/cleanup.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

test('outpost run with an outbox it cannot open (a path through a regular file) still tells the centre: AGENT_STARTED and the outbox FAULT arrive', async () => {
  const dir = tempDir('unopenable');
  writeFileSync(join(dir, 'data'), 'a file where the outbox folder should be');
  const centre = await startCentre({ embeddedBroker: `127.0.0.1:${await freePort()}`, db: join(dir, 'centre.db'), log: silentLogger() });
  onCleanup(() => void centre.stop());
  const kinds: string[] = [];
  const outboxStates: outpost.v1.IComponentHealth[] = [];
  centre.onRecord((stored) => {
    const event = stored.record.event;
    if (event) kinds.push(v1.EventKind[event.kind ?? 0] ?? String(event.kind));
    for (const component of stored.record.health?.components ?? []) if (component.name === 'outbox') outboxStates.push(component);
  });
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: run-02 }\noutbox: { path: ${join(dir, 'data', 'outbox.db')} }\nuplink: { broker: '${centre.brokerAddress}' }\nhealth: { interval: 1s }\n`);
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });

  await waitFor('the start event at the centre', () => kinds.includes('EVENT_KIND_AGENT_STARTED'), 30_000);
  const fault = await waitFor('the outbox fault in a health record', () => outboxStates.find((state) => state.state === v1.ComponentState.COMPONENT_STATE_FAULT), 30_000);
  assert.match(fault.message ?? '', /cannot make the outbox folder/);
  assert.match(fault.message ?? '', /held in memory and sent from there/);

  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  await centre.stop();
});

test.run();
