import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { silentLogger } from '../../kernel/logger.js';
import { SapientBridge } from '../../sapient/bridge.js';
import { DecisionMaker } from '../../sapient/listen.js';
import { sapient } from '../../sapient/messages.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { beamCrossing, bridgeConfig, envelope, footsteps, health, incident, receivedOf, startPair, waitForContent } from './helpers.js';

const { NodeType } = sapient.Registration;

test('per-sensor nodes: each sensor registers as its own node type; an incident links detections across nodes', async () => {
  const { peer, bridge } = await startPair({ node_ids: 'per-sensor' });
  try {
    bridge.receive('outpost/v1/bp-8/up', envelope('bp-8', [health(), footsteps('geophone:8'), beamCrossing('beams:8')]));
    const registrations = await waitForContent(peer, 'registration', 2);
    const byName = new Map(registrations.map((message) => [message.registration?.shortName, message]));
    assert.equal([...byName.keys()].sort(), ['bp-8/geophone', 'bp-8/track-beams']);
    assert.equal(byName.get('bp-8/geophone')?.registration?.nodeDefinition?.map((definition) => definition.nodeType), [NodeType.NODE_TYPE_SEISMIC]);
    assert.equal(byName.get('bp-8/track-beams')?.registration?.nodeDefinition?.map((definition) => definition.nodeType), [NodeType.NODE_TYPE_PROXIMITY_SENSOR]);
    const geophone = byName.get('bp-8/geophone')?.nodeId;
    const beams = byName.get('bp-8/track-beams')?.nodeId;
    assert.is.not(geophone, beams);
    await waitFor('a detection from each node', () => new Set(receivedOf(peer, 'detectionReport').map((message) => message.nodeId)).size === 2);
    bridge.receive('outpost/v1/bp-8/up', envelope('bp-8', [incident('incident:8', ['geophone:8', 'beams:8'])]));
    const [alert] = await waitForContent(peer, 'alert');
    assert.is(alert?.nodeId, geophone, 'the incident comes from the node of its first sensor');
    const incidentReport = receivedOf(peer, 'detectionReport').find((message) => (message.detectionReport?.associatedDetection?.length ?? 0) > 0);
    assert.equal(incidentReport?.detectionReport?.associatedDetection?.map((member) => member.nodeId).sort(), [geophone, beams].sort());
  } finally {
    await bridge.stop();
    await peer.close();
  }
});

test('a restarted bridge keeps each node id, and a resent envelope is reported once', async () => {
  const stateFile = join(tempDir(), 'state.json');
  const peer = new DecisionMaker({ host: '127.0.0.1', port: 0, keep: true });
  const { port } = await peer.listen();
  const ids: string[] = [];
  try {
    for (const run of [1, 2]) {
      const bridge = new SapientBridge(bridgeConfig({ peer: `127.0.0.1:${port}`, state_file: stateFile }), silentLogger());
      const payload = envelope('bp-9', [health(), footsteps(`geophone:run${run}`)]);
      bridge.receive('outpost/v1/bp-9/up', payload);
      bridge.receive('outpost/v1/bp-9/up', payload);
      await waitForContent(peer, 'detectionReport', run);
      ids.push(bridge.nodes().get('bp-9')?.nodeId ?? '');
      assert.is(bridge.stats.duplicates, 2, 'the repeated envelope\'s records are dropped');
      await bridge.stop();
    }
    assert.is(ids[0], ids[1]);
    const goodbyes = receivedOf(peer, 'statusReport').filter((message) => message.statusReport?.system === sapient.StatusReport.System.SYSTEM_GOODBYE);
    assert.is(goodbyes.length, 2, 'each stop says goodbye');
    assert.is(receivedOf(peer, 'detectionReport').length, 2);
  } finally {
    await peer.close();
  }
});

test.run();
