import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { v1, type IRecord } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { writeEnvelope } from '../../agent/uplink/index.js';
import { startCentre } from '../../centre/index.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { battery, beamCrossing, footsteps, health, incident, root } from './helpers.js';

/** A tsx child on a busy machine can take a while to start. */
const PROCESS_WAIT_MS = 60_000;
const encoded = (records: IRecord[]): { bytes: Uint8Array }[] => records.map((record) => ({ bytes: v1.Record.encode(record).finish() }));

test('a post\'s envelopes through a real centre broker reach the decision-maker as SAPIENT reports (bridge and listen as processes)', async () => {
  const dir = tempDir();
  const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db'), log: silentLogger(), clientId: 'e2e-centre' });
  const port = await freePort();
  const env = { ...process.env, OUTPOST_LOG_LEVEL: 'warn' };
  const listen = startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'sapient', 'listen', '--port', String(port)], { cwd: root, env });
  const config = join(dir, 'sapient.yaml');
  writeFileSync(config, `sapient:\n  peer: 127.0.0.1:${port}\n  broker: ${centre.brokerAddress}\n  client_id: e2e-sapient\n  state_file: ${join(dir, 'state.json')}\n`);
  const bridge = startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'sapient', 'run', '-c', config], { cwd: root, env });
  const post = mqtt.connect(centre.brokerAddress, { clientId: 'e2e-post', reconnectPeriod: 0 });
  try {
    await listen.waitForOutput(/listening for SAPIENT nodes/, PROCESS_WAIT_MS);
    await bridge.waitForOutput(/sapient bridge ready: reading mqtt:\/\/127\.0\.0\.1:\d+, reporting to 127\.0\.0\.1:\d+ \(per-post nodes\)/, PROCESS_WAIT_MS);
    await waitFor('the post connected to the broker', () => post.connected);
    // Deflated, as posts send by default: the bridge must inflate deflated_records.
    const first = writeEnvelope({ postId: 'e2e-1', storeId: 77n }, encoded([health(), battery(12.6), footsteps('geophone:e2e'), beamCrossing('beams:e2e')]), Date.now(), 'deflate');
    const raw = v1.Envelope.decode(first);
    assert.ok(raw.deflatedRecords.length > 0 && raw.records.length === 0, 'the records travel deflated');
    await post.publishAsync('outpost/v1/e2e-1/up', Buffer.from(first), { qos: 1 });
    await post.publishAsync('outpost/v1/e2e-1/up', Buffer.from(writeEnvelope({ postId: 'e2e-1', storeId: 77n }, encoded([incident('incident:e2e', ['geophone:e2e', 'beams:e2e'])]), Date.now())), { qos: 1 });
    await listen.waitForOutput(/e2e-1 alert CRITICAL priority HIGH: Human at post e2e-1/, PROCESS_WAIT_MS);
    const output = listen.output();
    assert.match(output, /e2e-1 registration "Outpost post e2e-1" \(BSI Flex 335 v2\.0\) types SEISMIC, PROXIMITY_SENSOR/);
    assert.match(output, /e2e-1 status (OK|WARNING|ERROR) \(NEW\), mode default, battery 80% at 48\.03250,11\.61750/);
    assert.match(output, /e2e-1 detection Human 0\.80 at 48\.03250,11\.61750, object [0-9A-Z]{26} by geophone/);
    assert.match(output, /e2e-1 detection Unknown 0\.90, Crossing inbound at 48\.03250,11\.61750, object [0-9A-Z]{26} by track-beams/);
    assert.match(output, /e2e-1 detection Human 0\.85, Crossing inbound .* 2 detections associated/);
    await waitFor('the centre stored the same records beside the bridge', () => centre.stats().stored >= 5);
  } finally {
    post.end(true);
    await bridge.stop();
    await listen.stop();
    await centre.stop();
  }
});

test.run();
