import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { MAX_ENVELOPE_BYTES, v1 } from '../../wire/index.js';
import { readingsEnvelope } from '../centre/centre-process.js';
import { tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');

/** `outpost decode` as its own process, with a 256 MB heap: reading 100 MB whole would not fit twice. */
function decode(args: string[], stdinFd?: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', 'agent/cli/main.ts', 'decode', ...args], { cwd: root, stdio: [stdinFd ?? 'ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('a 100 MB file and endless stdin are refused at the cap, named, without reading them whole', async () => {
  const big = join(tempDir(), 'empty-records.bin');
  writeFileSync(big, '');
  truncateSync(big, 100 * 1024 * 1024);
  const file = await decode([big]);
  assert.is(file.code, 1, file.stderr);
  assert.match(file.stderr, new RegExp(`holds more than ${MAX_ENVELOPE_BYTES} bytes, the most a message to decode may take`));
  assert.not.match(file.stderr, /\n\s+at /, 'no stack trace');
  const zero = openSync('/dev/zero', 'r');
  try {
    const stdin = await decode(['-'], zero);
    assert.is(stdin.code, 1, stdin.stderr);
    assert.match(stdin.stderr, new RegExp(`stdin holds more than ${MAX_ENVELOPE_BYTES} bytes`));
  } finally {
    closeSync(zero);
  }
});

test('decode refuses what the centre refuses: two deflated_records, a DEFLATE bomb', async () => {
  const dir = tempDir();
  const good = v1.Envelope.decode(readingsEnvelope('bp-dec', 77n, [1, 2]));
  const block = deflateRawSync(v1.Envelope.encode({ records: good.records }).finish());
  const two = Buffer.concat([v1.Envelope.encode({ postId: 'bp-dec', storeId: 77, deflatedRecords: block }).finish(), v1.Envelope.encode({ deflatedRecords: block }).finish()]);
  writeFileSync(join(dir, 'two.bin'), two);
  const twoBlocks = await decode([join(dir, 'two.bin')]);
  assert.is(twoBlocks.code, 1);
  assert.match(twoBlocks.stderr, /two deflated_records fields/);
  const empties = Buffer.alloc(64 * 1024 * 1024);
  for (let at = 0; at < empties.length; at += 2) empties[at] = 0x1a;
  writeFileSync(join(dir, 'bomb.bin'), v1.Envelope.encode({ postId: 'bp-dec', storeId: 77, deflatedRecords: deflateRawSync(empties, { level: 9 }) }).finish());
  const bomb = await decode([join(dir, 'bomb.bin')]);
  assert.is(bomb.code, 1);
  assert.match(bomb.stderr, new RegExp(`inflates past ${MAX_ENVELOPE_BYTES} bytes`));
  writeFileSync(join(dir, 'one.bin'), v1.Envelope.encode({ postId: 'bp-dec', storeId: 77, deflatedRecords: block }).finish());
  const one = await decode([join(dir, 'one.bin')]);
  assert.is(one.code, 0, one.stderr);
  assert.is((JSON.parse(one.stdout) as { records: unknown[] }).records.length, 2);
});

test.run();
