/**
 * The I/O floor of the side-by-side job (issue 13): the same system calls `outpost run` makes on
 * it, by the least JavaScript Node allows, so that the agent's CPU can be read against what Node
 * itself costs on this machine in the same run. Each second, on the wall clock: one Modbus TCP
 * read of 20 holding registers from each device (a fixed request, answers only counted), then
 * the answers appended to a file and fdatasync'd (the outbox's durable commit; ~0.5 KB a tick,
 * where the outbox stores ~3.2 KB of readings), then the same bytes published once at QoS 0 to a
 * topic this same connection subscribes to (the centre's ack coming back).
 * No parsing, no records, no retries, no health: not an agent, a yardstick.
 *
 *   node --import tsx bench/io-floor.ts --devices 15501,15502,... --broker 18883 --file /tmp/floor.dat
 *
 * bench/agent.ts `--floor` runs it beside the agent and measures both from /proc.
 */
import { openSync, write, fdatasync } from 'node:fs';
import { connect, type Socket } from 'node:net';

function argument(name: string): string {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? undefined : process.argv[at + 1];
  if (value === undefined) {
    console.error(`io-floor: ${name} is required`);
    process.exit(2);
  }
  return value;
}

const devicePorts = argument('--devices').split(',').map(Number);
const brokerPort = Number(argument('--broker'));
const fd = openSync(argument('--file'), 'a');

const answers: Buffer[] = [];
let transaction = 0;
const lines: Socket[] = devicePorts.map((port) => {
  const line = connect(port, '127.0.0.1');
  line.setNoDelay(true);
  line.on('data', (answer: Buffer) => {
    answers.push(answer);
    if (answers.length === lines.length) commit();
  });
  line.on('error', (error) => fail(`device on port ${port}: ${error.message}`));
  return line;
});

const clientId = Buffer.from(`io-floor-${process.pid}`);
const topic = Buffer.from(`io-floor/${process.pid}`);
const broker = connect(brokerPort, '127.0.0.1');
broker.setNoDelay(true);
broker.on('error', (error) => fail(`broker: ${error.message}`));
broker.on('data', () => undefined);
// CONNECT (MQTT 3.1.1, clean session, keepalive 60 s), then SUBSCRIBE to our own topic at QoS 0.
broker.write(
  Buffer.concat([
    Buffer.from([0x10, 12 + clientId.length, 0, 4, 0x4d, 0x51, 0x54, 0x54, 4, 2, 0, 60, 0, clientId.length]),
    clientId,
    Buffer.from([0x82, 2 + 2 + topic.length + 1, 0, 1, 0, topic.length]),
    topic,
    Buffer.from([0]),
  ]),
);

function publish(body: Buffer): void {
  const remaining = 2 + topic.length + body.length;
  const length = remaining < 128 ? [remaining] : [(remaining & 0x7f) | 0x80, remaining >> 7];
  broker.write(Buffer.concat([Buffer.from([0x30, ...length, 0, topic.length]), topic, body]));
}

function commit(): void {
  const batch = Buffer.concat(answers);
  answers.length = 0;
  write(fd, batch, (error) => {
    if (error) return fail(`write: ${error.message}`);
    fdatasync(fd, (syncError) => (syncError ? fail(`fdatasync: ${syncError.message}`) : publish(batch)));
  });
}

function tick(): void {
  answers.length = 0;
  for (const line of lines) {
    transaction = (transaction + 1) & 0xffff;
    line.write(Buffer.from([transaction >> 8, transaction & 0xff, 0, 0, 0, 6, 1, 3, 0, 0, 0, 20]));
  }
  setTimeout(tick, 1000 - (Date.now() % 1000));
}
setTimeout(tick, 1000 - (Date.now() % 1000));

function fail(why: string): void {
  console.error(`io-floor: ${why}`);
  process.exit(1);
}
process.on('SIGTERM', () => process.exit(0));
