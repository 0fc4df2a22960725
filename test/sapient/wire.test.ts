import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ULID_PATTERN, UUID_PATTERN } from '../../sapient/ids.js';
import { contentOf, sapient, type DecodedSapientMessage } from '../../sapient/messages.js';
import type { DecisionMaker } from '../../sapient/listen.js';
import type { SapientBridge } from '../../sapient/bridge.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { battery, beamCrossing, envelope, fault, footsteps, health, incident, protocDecode, receivedOf, startPair, waitForContent } from './helpers.js';
import { mandatoryFields, missingFields } from './mandatory.js';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const test = suite('sapient wire');
let peer: DecisionMaker;
let bridge: SapientBridge;

test.before(async () => {
  ({ peer, bridge } = await startPair({ snapshot_url: 'https://centre.example.org/snapshots/{post}/{detection}' }));
  bridge.receive('outpost/v1/demo-01/up', envelope('demo-01', [health(), battery(12.3), fault('sensor:geophone', 'digitizer silent for 30 s')]));
  await waitForContent(peer, 'registration');
  bridge.receive(
    'outpost/v1/demo-01/up',
    envelope('demo-01', [
      beamCrossing('track-beams:1'),
      footsteps('geophone:1'),
      incident('incident:1', ['geophone:1', 'track-beams:1']),
      { seq: 9001, timeUnixMs: Date.now(), priority: 3, snapshot: { camera: 'cam-1', detectionId: 'geophone:1', contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8]) } },
    ]),
  );
  await waitForContent(peer, 'alert');
  await waitFor('the snapshot report and the re-registration for the camera', () => receivedOf(peer, 'detectionReport').length >= 4 && receivedOf(peer, 'registration').length >= 4);
  const nodeId = peer.received[0]?.nodeId ?? '';
  peer.send(nodeId, { task: { taskId: '01HZZZZZZZZZZZZZZZZZZZZZZZ', control: sapient.Task.Control.CONTROL_START, command: { request: 'Take Snapshot' } } });
  peer.send(nodeId, { task: { control: sapient.Task.Control.CONTROL_START, command: { request: 'Status' } } });
  await waitForContent(peer, 'taskAck');
  await waitForContent(peer, 'error');
});

test.after(async () => {
  await bridge.stop();
  await peer.close();
});

const protocReason = spawnSync('sh', ['-c', 'command -v protoc'], { stdio: 'ignore' }).status !== 0 ? 'protoc is not installed (apt-get install protobuf-compiler)' : !existsSync('/usr/include/google/protobuf/timestamp.proto') ? 'google/protobuf/timestamp.proto is missing (apt-get install libprotobuf-dev)' : undefined;

function frameOf(content: keyof DecodedSapientMessage, index = 0): Buffer {
  const positions = peer.received.flatMap((message, at) => (message[content] !== null && message[content] !== undefined ? [at] : []));
  const frame = peer.frames[positions[index] ?? -1];
  assert.ok(frame, `a ${String(content)} frame was received`);
  return frame as Buffer;
}

testUnless(test, protocReason, 'protoc --decode reads a Registration as the bridge encodes it, field by field', () => {
  const text = protocDecode(frameOf('registration'));
  assert.match(text, /^timestamp \{\n\s+seconds: \d{10}\n/m);
  assert.match(text, /^node_id: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"$/m);
  assert.match(text, /node_type: NODE_TYPE_OTHER/, 'before any detection the post is a generic node');
  assert.match(text, /icd_version: "BSI Flex 335 v2\.0"/);
  assert.match(text, /name: "Outpost post demo-01"/);
  assert.match(text, /short_name: "demo-01"/);
  assert.match(text, /status_interval \{\s+units: TIME_UNITS_SECONDS\s+value: 30\s+\}/);
  assert.match(text, /mode_name: "default"\s+mode_type: MODE_TYPE_DEFAULT/);
  assert.match(text, /mode_name: "incidents-only"\s+mode_type: MODE_TYPE_PERMANENT/);
  assert.match(text, /class_definition \{\s+type: "Human"/);
  assert.match(text, /type: "Unknown"\s+units: "probability \(0-1\)"\s+sub_class \{\s+type: "Beam break"\s+units: "probability \(0-1\)"\s+level: 1/);
  assert.match(text, /behaviour_definition \{\s+type: "Crossing inbound"/);
  assert.match(text, /type: COMMAND_TYPE_MODE_CHANGE/);
  assert.match(text, /config_data \{\s+manufacturer: "Outpost"\s+model: "observation post"/);
  const latest = protocDecode(frameOf('registration', receivedOf(peer, 'registration').length - 1));
  assert.match(latest, /node_type: NODE_TYPE_PROXIMITY_SENSOR\s+node_sub_type: "IR beam pair"/, 'registered again once a beam pair was seen');
  assert.match(latest, /node_type: NODE_TYPE_SEISMIC\s+node_sub_type: "geophone"/);
  assert.match(latest, /node_type: NODE_TYPE_CAMERA/, 'and a camera, once a snapshot came');
});

testUnless(test, protocReason, 'protoc --decode reads a StatusReport: system, mode, power from the battery, location, coverage, faults', () => {
  const text = protocDecode(frameOf('statusReport'));
  assert.match(text, /report_id: "[0-9A-HJKMNP-TV-Z]{26}"/);
  assert.match(text, /system: SYSTEM_ERROR/, 'a fault event makes the system an error');
  assert.match(text, /info: INFO_NEW/);
  assert.match(text, /mode: "default"/);
  assert.match(text, /power \{\s+level: 50\s+source: POWERSOURCE_SOLAR_PV\s+status: POWERSTATUS_OK\s+\}/, '12.3 V between 11.8 and 12.8 V is 50 %');
  assert.match(text, /node_location \{\s+x: 11\.6175\s+y: 48\.0325\s+z: 553/);
  assert.match(text, /coordinate_system: LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M\s+datum: LOCATION_DATUM_WGS84_E/);
  assert.is(text.match(/locations \{/g)?.length, 16, 'coverage is a 16-point polygon');
  assert.match(text, /status \{\s+status_level: STATUS_LEVEL_ERROR_STATUS\s+status_value: "sensor:geophone: digitizer silent for 30 s"\s+status_type: STATUS_TYPE_INTERNAL_FAULT\s+\}/);
});

testUnless(test, protocReason, 'protoc --decode reads DetectionReports: location, confidence, class, behaviour, velocity, associations, snapshot URL', () => {
  const beam = protocDecode(frameOf('detectionReport', 0));
  assert.match(beam, /object_id: "[0-9A-HJKMNP-TV-Z]{26}"/);
  assert.match(beam, /location \{\s+x: 11\.6175\s+y: 48\.0325\s+z: 553\s+x_error: 0\.000\d+\s+y_error: 0\.000\d+/);
  assert.match(beam, /detection_confidence: 0\.9/);
  assert.match(beam, /classification \{\s+type: "Unknown"\s+confidence: 0\.9\d*\s+sub_class \{\s+type: "Beam break"\s+confidence: 0\.9\d*\s+level: 1/, 'a beam break is a sub-class of Unknown');
  assert.match(beam, /behaviour \{\s+type: "Crossing inbound"/);
  assert.match(beam, /object_info \{\s+type: "sensor"\s+value: "track-beams"/);
  assert.match(beam, /enu_velocity \{\s+east_rate: 0\.96\d*\s+north_rate: 1\.14\d*/, '1.5 m/s towards 40 degrees');
  const steps = protocDecode(frameOf('detectionReport', 1));
  assert.match(steps, /classification \{\s+type: "Human"\s+confidence: 0\.8/);
  const incidentText = protocDecode(frameOf('detectionReport', 2));
  assert.is(incidentText.match(/associated_detection \{/g)?.length, 2, 'both member detections are associated');
  assert.match(incidentText, /association_type: ASSOCIATION_RELATION_CHILD/);
  const snapshot = protocDecode(frameOf('detectionReport', 3));
  assert.match(snapshot, /associated_file \{\s+type: "image"\s+url: "https:\/\/centre\.example\.org\/snapshots\/demo-01\/geophone%3A1"/);
  const objectOf = (text: string): string | undefined => /object_id: "(\w+)"/.exec(text)?.[1];
  assert.is(objectOf(snapshot), objectOf(steps), 'the snapshot is reported on the detection\'s own object');
});

testUnless(test, protocReason, 'protoc --decode reads an Alert for the incident and the TaskAck of a refused snapshot', () => {
  const alert = protocDecode(frameOf('alert'));
  assert.match(alert, /alert_type: ALERT_TYPE_CRITICAL\s+status: ALERT_STATUS_ACTIVE/);
  assert.match(alert, /description: "Human at post demo-01, crossing inbound: geophone \+ track-beams agree"/);
  assert.match(alert, /priority: DISCRETE_PRIORITY_HIGH/);
  assert.match(alert, /association_type: ASSOCIATION_RELATION_PARENT/);
  const ack = protocDecode(frameOf('taskAck'));
  assert.match(ack, /task_id: "01HZZZZZZZZZZZZZZZZZZZZZZZ"\s+task_status: TASK_STATUS_REJECTED\s+reason: "snapshots on demand are not supported yet/);
});

test('every mandatory field of the standard is set in every message the bridge sends', () => {
  const seen = new Set<string>();
  for (const message of peer.received) {
    const json = sapient.SapientMessage.toObject(sapient.SapientMessage.decode(sapient.SapientMessage.encode(message).finish()), { enums: String, longs: Number, bytes: String });
    assert.equal(missingFields(json, ['timestamp', 'nodeId']), [], 'the wrapper');
    const content = contentOf(message);
    if (content === undefined || content === 'registrationAck' || content === 'task') continue;
    const table = mandatoryFields[content];
    assert.ok(table, `the table covers ${content}`);
    assert.equal(missingFields(json[content], table as string[]), [], `${content} has every mandatory field`);
    seen.add(content);
  }
  assert.equal([...seen].sort(), Object.keys(mandatoryFields).sort(), 'each message type the table lists was sent and checked');
});

test('ids are the forms the standard asks for: node ids UUIDs (from ULIDs), report, object and alert ids ULIDs', () => {
  for (const message of peer.received.filter((m) => contentOf(m) !== 'registrationAck' && contentOf(m) !== 'task')) {
    assert.match(message.nodeId ?? '', UUID_PATTERN);
  }
  for (const report of receivedOf(peer, 'detectionReport')) {
    assert.match(report.detectionReport?.reportId ?? '', ULID_PATTERN);
    assert.match(report.detectionReport?.objectId ?? '', ULID_PATTERN);
  }
  assert.match(receivedOf(peer, 'alert')[0]?.alert?.alertId ?? '', ULID_PATTERN);
  const reports = new Set(receivedOf(peer, 'statusReport').map((message) => message.statusReport?.reportId));
  assert.is(reports.size, receivedOf(peer, 'statusReport').length, 'each report has its own id');
});

test('a task without an id is answered with an Error carrying the packet', () => {
  const error = receivedOf(peer, 'error')[0]?.error;
  assert.match((error?.errorMessage ?? []).join(), /task_id is missing/);
  assert.ok((error?.packet?.length ?? 0) > 0);
});

test.run();
