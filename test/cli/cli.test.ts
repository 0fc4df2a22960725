import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeEnvelope, v1 } from '../../wire/index.js';
import { writeEnvelope } from '../../agent/uplink/index.js';
import { runCli } from '../support/cli.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { sampleEnvelope } from '../proto/fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

test('--version prints the package version; --help lists the commands and exit codes', async () => {
  const v = await runCli(['--version']);
  assert.is(v.code, 0);
  assert.is(v.stdout.trim(), version);
  const help = await runCli(['--help']);
  assert.is(help.code, 0);
  for (const command of ['config', 'decode', 'encode']) assert.match(help.stdout, new RegExp(`\\n  ${command}\\b`));
  assert.match(help.stdout, /Exit codes: 0 ok, 1 .*, 2 wrong usage/);
  const sub = await runCli(['config', 'validate', '--help']);
  assert.is(sub.code, 0);
  assert.match(sub.stdout, /Usage: outpost config validate/);
});

test('unknown commands and options exit 2 with a clear message and a suggestion', async () => {
  const unknown = await runCli(['decdoe']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command 'decdoe'/);
  assert.match(unknown.stderr, /Did you mean decode\?/);
  const option = await runCli(['decode', '--tpye', 'Ack']);
  assert.is(option.code, 2);
  assert.match(option.stderr, /unknown option '--tpye'/);
  const missing = await runCli(['config', 'validate']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /missing required argument 'files'/);
});

test('decode prints JSON from stdin; encode turns it back into the same bytes', async () => {
  const bytes = encodeEnvelope(sampleEnvelope());
  const decoded = await runCli(['decode', '-'], { stdin: bytes });
  assert.is(decoded.code, 0, decoded.stderr);
  const json = JSON.parse(decoded.stdout) as { postId: string; storeId: string; records: { seq: string; priority: string }[] };
  assert.is(json.postId, 'bp-017');
  assert.is(json.storeId, '18446744073709551615');
  assert.is(json.records[0]?.priority, 'PRIORITY_ALARM');
  const encoded = await runCli(['encode', '--type', 'outpost.v1.Envelope'], { stdin: decoded.stdout });
  assert.is(encoded.code, 0, encoded.stderr);
  assert.is(encoded.stdoutBytes.toString('hex'), Buffer.from(bytes).toString('hex'));
});

test('decode of garbage or a truncated file is a clear error with exit 1', async () => {
  const garbage = await runCli(['decode'], { stdin: Buffer.from('this is not protobuf at all') });
  assert.is(garbage.code, 1);
  assert.match(garbage.stderr, /^outpost: codec: 27 bytes are not a valid outpost\.v1\.Envelope: /);
  const bytes = encodeEnvelope(sampleEnvelope());
  const truncated = await runCli(['decode'], { stdin: bytes.subarray(0, 40) });
  assert.is(truncated.code, 1);
  assert.match(truncated.stderr, /the message is truncated/);
  const missing = await runCli(['decode', '/nonexistent/file.bin']);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, /cannot read \/nonexistent\/file\.bin: no such file/);
});

test('decode shows the records a post deflated (as posts send them by default), and says when they do not inflate', async () => {
  const records = Array.from({ length: 20 }, (_, index) => ({
    bytes: v1.Record.encode({ seq: index + 1, timeUnixMs: 1_760_000_000_000 + index, priority: v1.Priority.PRIORITY_STATUS, reading: { sensor: 'charger', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.5 + index / 100] }] } }).finish(),
  }));
  const bytes = writeEnvelope({ postId: 'bp-017', storeId: 7n }, records, 1_760_000_000_100, 'deflate');
  assert.ok(v1.Envelope.decode(bytes).deflatedRecords.length > 0, 'the fixture really is deflated');
  const result = await runCli(['decode'], { stdin: bytes });
  assert.is(result.code, 0, result.stderr);
  const json = JSON.parse(result.stdout) as { records: { seq: string; reading: { sensor: string } }[]; deflatedRecords?: string };
  assert.is(json.records.length, 20);
  assert.is(json.records[19]?.seq, '20');
  assert.is(json.records[0]?.reading.sensor, 'charger');
  assert.not.ok(json.deflatedRecords, 'no opaque block left over');

  const broken = v1.Envelope.encode({ postId: 'bp-017', storeId: 7, deflatedRecords: Buffer.from('not deflate at all') }).finish();
  const refused = await runCli(['decode'], { stdin: broken });
  assert.is(refused.code, 1);
  assert.match(refused.stderr, /deflated_records \(18 bytes\) does not inflate/);
});

test('decode --type reads other messages; encode names what it could not read', async () => {
  const ack = await runCli(['encode', '--type', 'Ack'], { stdin: '{"storeId":"7","ranges":[{"first":"1","last":"5"}]}' });
  assert.is(ack.code, 0, ack.stderr);
  const back = await runCli(['decode', '--type', 'outpost.v1.Ack'], { stdin: ack.stdoutBytes });
  assert.equal(JSON.parse(back.stdout), { storeId: '7', ranges: [{ first: '1', last: '5' }] });
  const typo = await runCli(['encode', '--type', 'Ack'], { stdin: '{"storeId":"7","rnages":[]}' });
  assert.is(typo.code, 1);
  assert.match(typo.stderr, /rnages: not a field of this message; did you mean "ranges"\?/);
  const notJson = await runCli(['encode', '--type', 'Ack'], { stdin: '{storeId: 7' });
  assert.is(notJson.code, 1);
  assert.match(notJson.stderr, /stdin is not JSON/);
  const unknownType = await runCli(['decode', '--type', 'Envelop'], { stdin: Buffer.alloc(0) });
  assert.is(unknownType.code, 1);
  assert.match(unknownType.stderr, /unknown message type "Envelop"/);
});

const bin = join(root, 'bin', 'outpost.js');
const built = existsSync(join(root, 'dist', 'agent', 'cli', 'main.js'));
testUnless(test, built ? undefined : 'dist/ is not built (npm test builds it first; run `npm run build`)', 'the installed `outpost` binary gives the documented exit codes', () => {
  const run = (args: string[], input?: Buffer): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: tempDir() });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  assert.is(run(['--version']).stdout.trim(), version);
  assert.is(run(['nope']).status, 2);
  assert.is(run(['config', 'validate', join(root, 'deploy', 'examples', 'small-post.yaml')]).status, 0);
  const invalid = run(['config', 'validate', '/nonexistent.yaml']);
  assert.is(invalid.status, 1);
  assert.match(invalid.stdout, /cannot read the post config/);
  assert.is(run(['decode'], Buffer.from(encodeEnvelope(sampleEnvelope()))).status, 0);
});

test.run();
