import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeEnvelope, encodeEnvelope, toNumber, toUnsignedString, v1 } from '../../wire/index.js';
import { sampleEnvelope } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const protoDir = join(root, 'proto');
const sources = readdirSync(join(protoDir, 'outpost', 'v1')).map((file) => join('outpost', 'v1', file));

function protoc(args: string[], input: Uint8Array | string): Buffer {
  const result = spawnSync('protoc', ['-I', protoDir, ...args, ...sources], { input, cwd: protoDir });
  if (result.status !== 0) throw new Error(`protoc ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

test('protoc --decode reads what our codec encodes, field by field', () => {
  const text = protoc(['--decode=outpost.v1.Envelope'], encodeEnvelope(sampleEnvelope())).toString();
  assert.match(text, /^post_id: "bp-017"$/m);
  assert.match(text, /^store_id: 18446744073709551615$/m);
  assert.match(text, /kind: DETECTION_KIND_PERSON/);
  assert.match(text, /direction: DIRECTION_IN/);
  assert.match(text, /speed_mps: 1\.25/);
  assert.match(text, /detection_ids: "beam:1716827044000"/);
  assert.match(text, /name: "battery_voltage"\s+unit: "V"/);
  assert.match(text, /values: nan/);
  assert.match(text, /state: COMPONENT_STATE_DEGRADED/);
  assert.match(text, /key: "timeouts"\s+value: 4/);
  assert.match(text, /reason: DROP_REASON_EVICTED/);
  assert.match(text, /seq: 9007199254740991/);
  assert.match(text, /data: "\\377\\330\\377\\340\\000\\001\\002\\377\\331"/);
  assert.is(text.match(/^records \{$/gm)?.length, 6);
});

test('our codec reads what protoc --encode writes', () => {
  const text = `
    post_id: "bp-099"
    store_id: 12345678901234567890
    sent_unix_ms: 1716827043679
    records {
      seq: 41 time_unix_ms: 1716827043000 time_quality: TIME_QUALITY_NTP priority: PRIORITY_ALARM
      detection { id: "beam:1" sensor: "beam" kind: DETECTION_KIND_BEAM_BREAK confidence: 0.5
                  beam { first_beam: "a" delay_ms: 640 both_beams: true } bearing_deg: 270 }
    }
    records {
      seq: 42 time_unix_ms: 1716827044000 time_quality: TIME_QUALITY_RTC priority: PRIORITY_STATUS
      reading { sensor: "charger" channels { name: "pv_voltage" unit: "V" } samples { offset_ms: -5000 values: 18.25 } }
    }`;
  const envelope = decodeEnvelope(protoc(['--encode=outpost.v1.Envelope'], text));
  assert.is(envelope.postId, 'bp-099');
  assert.is(toUnsignedString(envelope.storeId), '12345678901234567890');
  assert.is(toNumber(envelope.records[0]?.seq), 41);
  const detection = envelope.records[0]?.detection;
  assert.is(detection?.kind, v1.DetectionKind.DETECTION_KIND_BEAM_BREAK);
  assert.is(detection?.beam?.delayMs, 640);
  assert.is(detection?.beam?.bothBeams, true);
  assert.is(detection?.bearingDeg, 270);
  assert.is(envelope.records[1]?.reading?.samples?.[0]?.values?.[0], 18.25);
  assert.is(toNumber(envelope.records[1]?.reading?.samples?.[0]?.offsetMs), -5000);
});

test('protoc accepts every schema file as it is (imports resolve, no errors)', () => {
  const out = execFileSync('protoc', ['-I', protoDir, '--descriptor_set_out=/dev/null', ...sources], { cwd: protoDir });
  assert.is(out.toString(), '');
});

test.run();
