import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSync, readSync, writeSync, closeSync, constants, existsSync } from 'node:fs';
import { ptyPair } from './pty.js';
import { tempDir } from './tmp.js';
import { freePort, waitForPort } from './net.js';
import { createServer } from 'node:net';

test('a socat PTY pair carries bytes both ways and vanishes when stopped', async () => {
  const pair = await ptyPair(tempDir());
  try {
    const a = openSync(pair.a, constants.O_RDWR | constants.O_NOCTTY);
    const b = openSync(pair.b, constants.O_RDWR | constants.O_NOCTTY);
    writeSync(a, 'ping\n');
    const buffer = Buffer.alloc(16);
    const read = readSync(b, buffer, 0, 16, null);
    assert.is(buffer.subarray(0, read).toString(), 'ping\n');
    closeSync(a);
    closeSync(b);
  } finally {
    await pair.stop();
  }
  assert.not.ok(existsSync(pair.a), 'the link is removed when socat stops');
});

test('waitForPort resolves once a server listens on a free port', async () => {
  const port = await freePort();
  const server = createServer().listen(port, '127.0.0.1');
  try {
    await waitForPort(port);
  } finally {
    server.close();
  }
});

test.run();
