import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { parser, type Packet } from 'mqtt-packet';
import { v1 } from '../../wire/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { AccessAdmin } from '../../centre/access/admin.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { detection, makeUplink, reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';
import { Mosquitto } from './mosquitto.js';

/** Longest the broker's answers are held back when the post sends no envelope by itself. */
const HOLD_LIMIT_MS = 3000;

/**
 * A relay that holds the broker's answers (CONNACK first) back until the post has written an
 * envelope on its `up` topic, or for 3 s: a post that waits for CONNACK before it sends shows
 * as one whose first envelope came after the broker's first byte. Records the post's packets
 * and whether the broker had answered anything when each arrived.
 */
class HoldingRelay {
  readonly packets: { packet: Packet; answered: boolean }[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(brokerPort: number): Promise<HoldingRelay> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    const relay = new HoldingRelay(server, `mqtt://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`);
    server.on('connection', (post) => relay.relay(post, brokerPort));
    return relay;
  }

  private relay(post: Socket, brokerPort: number): void {
    const broker = connect({ port: brokerPort, host: '127.0.0.1' });
    for (const socket of [post, broker]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => (post.destroy(), broker.destroy()));
    }
    let held: Buffer[] | undefined = [];
    let answered = false;
    const release = (): void => {
      clearTimeout(limit);
      if (held === undefined) return;
      for (const chunk of held) post.write(chunk);
      held = undefined;
      answered = true;
    };
    const limit = setTimeout(release, HOLD_LIMIT_MS);
    broker.on('data', (chunk: Buffer) => (held === undefined ? post.write(chunk) : held.push(chunk)));
    const reader = parser({ protocolVersion: 4 });
    reader.on('packet', (packet: Packet) => {
      this.packets.push({ packet, answered });
      if (packet.cmd === 'publish' && packet.topic.endsWith('/up')) setImmediate(release);
    });
    post.on('data', (chunk: Buffer) => {
      reader.parse(chunk);
      broker.write(chunk);
    });
  }

  /** The post's packets up to its first envelope, as `cmd topic`. */
  opening(): string[] {
    const first = this.packets.findIndex(({ packet }) => packet.cmd === 'publish' && packet.topic.endsWith('/up'));
    return this.packets.slice(0, first + 1).map(({ packet }) => `${packet.cmd}${packet.cmd === 'publish' ? ` ${packet.topic}${packet.retain ? ' retained' : ''}` : packet.cmd === 'subscribe' ? ` ${packet.subscriptions.map((entry) => entry.topic).join(',')}` : ''}`);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let centre: RunningCentre | undefined;
let mosquitto: Mosquitto | undefined;
let relay: HoldingRelay | undefined;
let uplink: Uplink | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await relay?.close();
  await centre?.stop();
  await mosquitto?.stop();
  uplink = relay = centre = mosquitto = undefined;
});

const OPENING = ['connect', 'subscribe outpost/v1/bp-061/ack', 'subscribe outpost/v1/bp-061/cmd', 'publish outpost/v1/bp-061/state retained', 'publish outpost/v1/bp-061/up'];

for (const broker of ['embedded (aedes)', 'Mosquitto'] as const) {
  test(`${broker}: the ack subscription, ONLINE and the first envelope follow the CONNECT before CONNACK; the records are stored once and acked`, async () => {
    const dir = tempDir();
    if (broker === 'Mosquitto') {
      mosquitto = await Mosquitto.start(dir);
      centre = await startCentre({ broker: mosquitto.url, db: join(dir, 'centre.db'), clientId: 'centre-pipelined-test' });
    } else {
      centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db') });
    }
    relay = await HoldingRelay.start(Number(new URL(mosquitto?.url ?? centre.brokerAddress).port));
    const outbox = new MemoryOutbox();
    await outbox.enqueue([reading(1), reading(2), detection('geo-1:61')]);
    uplink = makeUplink('bp-061', outbox, { broker: relay.url }, { onCommand: () => undefined });
    await uplink.start();
    await waitFor('every record acked', () => outbox.stats().records === 0, 10_000);
    const opening = relay.opening();
    assert.equal(opening, OPENING);
    assert.ok(relay.packets.slice(0, OPENING.length).every(({ answered }) => !answered), 'written before the broker answered');
    const store = centre.store as SqliteCentreStore;
    assert.equal(store.seqs('bp-061').map((row) => row.seq), [1, 2, 3]);
    const [post] = await centre.store.posts();
    assert.is(post?.status, v1.PostStatus.POST_STATUS_ONLINE);
    const counters = uplink.health().counters ?? {};
    assert.is(counters['records_sent'], 3);
    assert.is(counters['resends'], 0);
  });
}

test('a refused CONNECT: a fault that says what to fix, the envelopes written behind it are not counted as sent, and their records wait in the outbox', async () => {
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'centre.db'), secure: true });
  const admin = new AccessAdmin((centre.store as SqliteCentreStore).access);
  await admin.setPostPassword('cli', 'bp-062', undefined, false);
  relay = await HoldingRelay.start(Number(new URL(centre.brokerAddress).port));
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2), detection('geo-1:62')]);
  uplink = makeUplink('bp-062', outbox, { broker: relay.url, username: 'bp-062', password: 'not-the-password', reconnect: { min: '5s', max: '5s' } });
  await uplink.start();
  await waitFor('the refusal in health', () => uplink?.health().status === 'fault');
  assert.match(String(uplink.health().message), /refused the username or password; check uplink\.username and uplink\.password/);
  assert.ok(relay.packets.some(({ packet, answered }) => packet.cmd === 'publish' && packet.topic === 'outpost/v1/bp-062/up' && !answered), 'an envelope went behind the CONNECT');
  const counters = uplink.health().counters ?? {};
  for (const name of ['bytes_sent', 'records_sent', 'envelopes_sent', 'resends', 'resent_bytes', 'in_flight']) assert.is(counters[name], 0, name);
  assert.is(outbox.stats().records, 3);
  assert.is(outbox.leased(), 0, 'every lease given back');
  assert.is(centre.stats().stored, 0);
  assert.equal(await centre.store.posts(), []);
});

test.run();
