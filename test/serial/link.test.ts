import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSync, closeSync, readSync, writeSync, symlinkSync, unlinkSync, constants } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { SerialLink, type SerialLinkOptions } from '../../drivers/serial/link.js';
import { frameLink } from '../../drivers/serial/framing.js';
import { LineSplitter } from '../../kernel/line-splitter.js';
import type { LinkState } from '../../drivers/serial/types.js';
import { OutpostError } from '../../kernel/errors.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';

const line = { baud: 115200, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } } as const;
const link = (path: string, extra: Partial<SerialLinkOptions> = {}): SerialLink => new SerialLink({ path, ...line, ...extra });

function readSome(fd: number): string {
  const buffer = Buffer.alloc(256);
  const n = readSync(fd, buffer, 0, buffer.length, null);
  return buffer.subarray(0, n).toString('latin1');
}

test('a PTY link carries framed lines both ways and reports the real device', async () => {
  const pair = await ptyPair(tempDir());
  const serial = link(pair.a);
  try {
    await serial.start();
    assert.is(serial.state, 'open');
    assert.is(serial.resolvedPath, pair.realPath('a'));
    assert.match(serial.description, /tty-a at 115200 8N1/);
    const lines: string[] = [];
    frameLink(serial, new LineSplitter({ onLine: (f) => lines.push(f.toString()), onOverlong: (fault) => assert.unreachable(fault.message) }));
    const peer = openSync(pair.b, constants.O_RDWR | constants.O_NOCTTY);
    try {
      writeSync(peer, '$GPRMC,1\r\n$GPG');
      writeSync(peer, 'GA,2\r\n');
      await waitFor('two lines', () => lines.length >= 2);
      assert.equal(lines, ['$GPRMC,1', '$GPGGA,2']);
      await serial.write('AT\r');
      assert.is(readSome(peer), 'AT\r');
      assert.is(serial.health().status, 'ok');
      assert.is(serial.health().counters?.['bytes_in'], 20);
    } finally {
      closeSync(peer);
    }
  } finally {
    await serial.stop();
    await pair.stop();
  }
  assert.is(serial.state, 'closed');
});

test('unplug and return: the link goes lost, retries, and resumes under the same name', async () => {
  const pair = await ptyPair(tempDir());
  const serial = link(pair.a);
  const states: LinkState[] = [];
  serial.onState((state) => states.push(state));
  const received: string[] = [];
  serial.onData((chunk) => received.push(chunk.toString()));
  try {
    await serial.start();
    await pair.stop();
    await waitFor('the link to notice the unplug', () => serial.state === 'lost');
    assert.is(serial.health().status, 'fault');
    assert.ok(serial.error instanceof OutpostError);
    const refused = await serial.write('x').then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof OutpostError && refused.disconnect, 'writing to a lost link rejects with disconnect');
    await pair.start();
    await waitFor('the link to reopen', () => serial.state === 'open');
    assert.is(serial.health().status, 'ok');
    assert.ok((serial.health().counters?.['losses'] ?? 0) >= 1);
    const peer = openSync(pair.b, constants.O_RDWR | constants.O_NOCTTY);
    try {
      writeSync(peer, 'back');
      await waitFor('data after the return', () => received.join('') === 'back');
    } finally {
      closeSync(peer);
    }
    assert.ok(states.includes('lost') && states.at(-1) === 'open', `states: ${states.join(',')}`);
  } finally {
    await serial.stop();
    await pair.stop();
  }
});

test('a stable name is resolved on every open: after a replug it follows the name to the new device', async () => {
  const dir = tempDir();
  const first = await ptyPair(dir, 'first');
  const byId = `${dir}/usb-FTDI_FT232R_A10K3XYZ-if00-port0`;
  symlinkSync(first.a, byId);
  const serial = link(byId);
  let second: Awaited<ReturnType<typeof ptyPair>> | undefined;
  try {
    await serial.start();
    const firstDevice = first.realPath('a');
    assert.is(serial.resolvedPath, firstDevice);
    // Unplug: the name goes away, as udev removes it.
    await first.stop();
    unlinkSync(byId);
    await waitFor('the link to notice', () => serial.state === 'lost');
    // Plug back in: the adapter comes back as another tty under the same stable name.
    second = await ptyPair(dir, 'second');
    symlinkSync(second.a, byId);
    await waitFor('the link to reopen', () => serial.state === 'open');
    assert.is(serial.resolvedPath, second.realPath('a'));
  } finally {
    await serial.stop();
    await first.stop();
    await second?.stop();
  }
});

test('a port held by another link is reported busy with the fix, then opens once freed', async () => {
  const pair = await ptyPair(tempDir());
  const holder = link(pair.a);
  const second = link(pair.a);
  try {
    await holder.start();
    await second.start();
    assert.is(second.state, 'lost', 'start resolves and reports, it does not reject');
    assert.is(second.error?.code, 'serial.busy');
    assert.match(second.health().message ?? '', /busy/);
    assert.match(second.health().message ?? '', /fuser -v/);
    assert.match(second.health().message ?? '', /ModemManager/);
    await holder.stop();
    await waitFor('the second link to get the port', () => second.state === 'open');
  } finally {
    await holder.stop();
    await second.stop();
    await pair.stop();
  }
});

test('a port held by another process is reported busy, naming the port', async () => {
  const pair = await ptyPair(tempDir());
  // The shell opens the port, takes the same flock serialport takes, and becomes `sleep` keeping both.
  const holder = startPeer('sh', ['-c', 'exec 3<>"$1"; flock -n 3 && echo held && exec sleep 30', 'sh', pair.a]);
  const serial = link(pair.a);
  try {
    await holder.waitForOutput(/held/);
    await serial.start();
    assert.is(serial.error?.code, 'serial.busy');
    assert.match(serial.error?.describe() ?? '', new RegExp(`serial port ${pair.a}: busy`));
  } finally {
    await serial.stop();
    await holder.stop();
    await pair.stop();
  }
});

test('a missing port names the path and what is present, and keeps retrying without rejecting', async () => {
  const serial = link('/dev/serial/by-id/usb-FTDI_nothing-if00-port0');
  try {
    await serial.start();
    assert.is(serial.state, 'lost');
    assert.is(serial.error?.code, 'serial.missing');
    assert.match(serial.error?.describe() ?? '', /usb-FTDI_nothing.*no such device.*outpost ports/);
    await waitFor('a retry', () => (serial.health().counters?.['open_failures'] ?? 0) >= 2);
  } finally {
    await serial.stop();
  }
  assert.is(serial.state, 'closed');
});

test('tcp:// links connect, notice the server going away, and reconnect', async () => {
  const port = await freePort();
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.write('hello\n');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const serial = link(`tcp://127.0.0.1:${port}`);
  const received: string[] = [];
  serial.onData((chunk) => received.push(chunk.toString()));
  try {
    await serial.start();
    assert.is(serial.description, `tcp://127.0.0.1:${port}`);
    await waitFor('greeting', () => received.join('').includes('hello'));
    for (const socket of sockets) socket.destroy();
    await waitFor('loss', () => serial.state === 'lost');
    await waitFor('reconnect', () => serial.state === 'open' && sockets.length === 2);
    await waitFor('second greeting', () => received.join('') === 'hello\nhello\n');
  } finally {
    await serial.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('tcp:// chunks are the listener\'s to keep: later reads, on this link or another, leave them as they were', async () => {
  const port = await freePort();
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const links = [link(`tcp://127.0.0.1:${port}`), link(`tcp://127.0.0.1:${port}`)];
  // Chunks kept as given (not copied to strings): a link handing out a view of a shared read buffer fails here.
  const kept: Buffer[][] = links.map(() => []);
  links.forEach((serial, i) => serial.onData((chunk) => kept[i]!.push(chunk)));
  const text = (i: number): string => Buffer.concat(kept[i]!).toString('latin1');
  try {
    for (const serial of links) await serial.start();
    await waitFor('both accepted', () => sockets.length === 2);
    sockets[0]!.write('first\n');
    await waitFor('first', () => text(0) === 'first\n');
    sockets[1]!.write('other\n');
    await waitFor('other', () => text(1) === 'other\n');
    // More than one read's worth, in many chunks.
    const big = Buffer.alloc(100_000, 'x');
    sockets[0]!.write(big);
    await waitFor('big', () => text(0).length === 6 + big.length);
    assert.is(text(0), 'first\n' + big.toString('latin1'));
    assert.is(text(1), 'other\n');
    assert.is(kept[0]![0]!.toString('latin1'), 'first\n');
  } finally {
    for (const serial of links) await serial.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('tcp:// send() writes without a promise, counts the bytes, and throws while the link is not open', async () => {
  const port = await freePort();
  const sockets: Socket[] = [];
  const received: Buffer[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const serial = link(`tcp://127.0.0.1:${port}`);
  try {
    assert.throws(() => serial.send(Buffer.from('early')), (error: unknown) => error instanceof OutpostError && error.code === 'serial.not_open');
    await serial.start();
    assert.is(serial.send(Buffer.from([1, 2, 3])), undefined);
    serial.send(Buffer.from([4, 5]));
    await waitFor('both frames', () => Buffer.concat(received).length === 5);
    assert.equal([...Buffer.concat(received)], [1, 2, 3, 4, 5]);
    assert.is(serial.health().counters?.['bytes_out'], 5);
    for (const socket of sockets) socket.destroy();
    await waitFor('loss', () => serial.state === 'lost');
    assert.throws(() => serial.send(Buffer.from('late')), (error: unknown) => error instanceof OutpostError && error.code === 'serial.not_open');
  } finally {
    await serial.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('tcp:// with nothing listening is refused with a hint', async () => {
  const port = await freePort();
  const serial = link(`tcp://127.0.0.1:${port}`);
  try {
    await serial.start();
    assert.is(serial.error?.code, 'serial.tcp.refused');
    assert.match(serial.health().message ?? '', /connection refused.*device server/);
  } finally {
    await serial.stop();
  }
});

test.run();
