import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect, createServer, type Server } from 'node:net';
import { BrokerProbe, brokerEndpoint } from '../../agent/uplink/broker-probe.js';
import { freePort } from '../support/net.js';

let server: Server | undefined;

test.after.each(async () => {
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  server = undefined;
});

/** A stand-in for one MQTT attempt: a real TCP connect that resolves once the server echoed a byte, rejects with the socket's error. */
function attemptOn(port: number, calls: { n: number }): () => Promise<string> {
  return () => {
    calls.n++;
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => socket.write('x'));
      socket.once('data', () => {
        socket.destroy();
        resolve('open');
      });
      socket.once('error', reject);
    });
  };
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

test('the broker URL gives the TCP endpoint to probe; WebSocket URLs are not probed', () => {
  assert.equal(brokerEndpoint('mqtt://10.0.0.5:1884'), { host: '10.0.0.5', port: 1884 });
  assert.equal(brokerEndpoint('mqtts://centre.example'), { host: 'centre.example', port: 8883 });
  assert.equal(brokerEndpoint('mqtt://[::1]'), { host: '::1', port: 1883 });
  assert.is(brokerEndpoint('ws://centre.example/mqtt'), undefined);
  assert.is(brokerEndpoint('not a url'), undefined);
});

test('while the broker refuses, a try is a bare TCP connect that fails the same way; once it listens, the attempt runs again', async () => {
  const port = await freePort();
  const probe = new BrokerProbe(`mqtt://127.0.0.1:${port}`);
  const calls = { n: 0 };
  const attempt = attemptOn(port, calls);
  // The first refusal comes from the attempt itself: nothing is probed before the broker refused once.
  const first = await probe.gate(attempt).catch((error: unknown) => error);
  assert.is(codeOf(first), 'ECONNREFUSED');
  assert.is(calls.n, 1);
  for (let i = 0; i < 3; i++) {
    const again = await probe.gate(attempt).catch((error: unknown) => error);
    assert.is(codeOf(again), 'ECONNREFUSED', 'a refused probe rejects with the refusal, as the attempt would');
    assert.instance(again, Error);
  }
  assert.is(calls.n, 1, 'no attempt was built while the broker refused');

  let accepted = 0;
  // Echoes the attempt's byte: when an attempt resolves, every connection before it was accepted.
  server = createServer((socket) => {
    accepted++;
    socket.on('error', () => undefined);
    socket.on('data', (data) => socket.end(data));
  });
  await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
  assert.is(await probe.gate(attempt), 'open');
  assert.is(calls.n, 2);
  assert.is(accepted, 2, 'the probe, then the attempt');
  // After an attempt that was not refused, no more probes: a working broker never sees one.
  assert.is(await probe.gate(attempt), 'open');
  assert.is(accepted, 3);
});

test.run();
