import ModbusRTU from 'modbus-serial';
import { createConnection } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GpsSentences } from '../../agent/demo/gps-receiver.js';
import { PowerControllerSim } from '../../agent/demo/power-controller.js';
import { StreamServer } from '../../agent/demo/stream-server.js';
import { onCleanup } from '../support/cleanup.js';
import { freePort, waitFor } from '../support/net.js';

test('a GPS epoch gives the post position in degrees and minutes, with UTC time and date', () => {
  const epoch = new GpsSentences(48.0325, -11.6175, 553, () => 0.5).epoch(new Date(Date.UTC(2026, 10, 27, 3, 4, 5)));
  const lines = epoch.trimEnd().split('\r\n');
  assert.is(lines.length, 4);
  assert.match(lines[0] ?? '', /^\$GNGGA,030405\.00,4801\.95000,N,01137\.05000,W,1,\d\d,[\d.]+,553\.0,M/);
  assert.match(lines[2] ?? '', /^\$GNRMC,030405\.00,A,4801\.95000,N,01137\.05000,W,.*,271126,/);
});

test('the power controller answers Modbus TCP reads with plausible scaled values', async () => {
  const port = await freePort();
  const sim = new PowerControllerSim({ host: '127.0.0.1', port });
  await sim.start();
  onCleanup(() => sim.stop());
  // The package is CommonJS: its `default` is the client class, in types and at run time alike.
  const client = new ModbusRTU.default();
  await client.connectTCP('127.0.0.1', { port });
  client.setID(1);
  const { data } = await client.readInputRegisters(0, 4);
  const coils = await client.readCoils(0, 1);
  await new Promise<void>((resolve) => client.close(() => resolve()));
  const battery = (data[1] ?? 0) / 100;
  assert.ok(battery > 12 && battery < 14.5, `battery ${battery} V`);
  assert.is(coils.data[0], true, 'the load output is on');
  await sim.stop();
});

test('a stream server talks to every connected client and to nobody when none is connected', async () => {
  const port = await freePort();
  let ticks = 0;
  const server = new StreamServer({ host: '127.0.0.1', port }, 10, () => `tick ${++ticks}\n`);
  await server.start();
  onCleanup(() => server.stop());
  const socket = createConnection(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  await waitFor('two ticks to arrive', () => (received.match(/tick/g)?.length ?? 0) >= 2);
  socket.destroy();
  await server.stop();
  assert.ok(ticks >= 2);
});

test.run();
