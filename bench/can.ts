// CAN receive path figures: SLCAN lines through SlcanBus (framing, parse, listeners) and
// signal decoding with the test DBC, on this machine, in-process. A 500 kbit/s bus carries at
// most about 8,000 frames/s, 1 Mbit/s about 16,000.
// Run: npx tsx bench/can.ts
import { readFileSync } from 'node:fs';
import { silentLogger } from '../kernel/logger.js';
import { SlcanBus } from '../drivers/can/slcan/bus.js';
import { encodeFrame } from '../drivers/can/slcan/codec.js';
import { parseDbc } from '../drivers/can/signals/dbc.js';
import { SignalSet } from '../drivers/can/signals/signal-set.js';
import type { ByteLink, LinkState } from '../drivers/serial/types.js';

/** A link that is open and answers every command with CR, so SlcanBus opens; `feed` plays adapter output. */
class LoopLink implements ByteLink {
  readonly contract = 'ByteLink';
  readonly name = 'bench';
  readonly description = 'bench link';
  state: LinkState = 'closed';
  private data = new Set<(chunk: Buffer) => void>();
  private states = new Set<(state: LinkState) => void>();
  async start() {
    this.state = 'open';
    for (const listener of this.states) listener('open');
  }
  async stop() {
    this.state = 'closed';
  }
  health() {
    return { status: 'ok' as const, since: 0 };
  }
  async write() {
    setImmediate(() => this.feed(Buffer.from('\r')));
  }
  onData(listener: (chunk: Buffer) => void) {
    this.data.add(listener);
    return () => this.data.delete(listener);
  }
  onState(listener: (state: LinkState) => void) {
    this.states.add(listener);
    return () => this.states.delete(listener);
  }
  feed(chunk: Buffer) {
    for (const listener of this.data) listener(chunk);
  }
}

function rate(name: string, unit: string, count: number, run: () => void): void {
  run(); // warm up
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name}: ${Math.round(count / seconds)} ${unit}`);
}

const link = new LoopLink();
const bus = new SlcanBus(link, { name: 'bench', bitrate: 500_000, log: silentLogger(), statusIntervalMs: 0 });
await bus.start();
await new Promise((resolve) => setTimeout(resolve, 50));
let received = 0;
bus.onFrame(() => (received += 1));
const frames = 100_000;
const lines = Array.from({ length: frames }, (_, n) => `${encodeFrame({ id: n & 0x7ff, extended: n % 4 === 0, remote: false, data: Buffer.from([n & 0xff, 1, 2, 3, 4, 5, 6, 7]) }, 8)}\r`).join('');
// USB CDC delivers up to 64-byte packets; feed the stream in such chunks.
const stream = Buffer.from(lines);
const chunks: Buffer[] = [];
for (let offset = 0; offset < stream.length; offset += 64) chunks.push(stream.subarray(offset, offset + 64));
rate('slcan_receive', 'frames/s', frames, () => {
  for (const chunk of chunks) link.feed(chunk);
});
console.log(`slcan_receive_delivered: ${received / 2} frames`);
await bus.stop();

const dbc = parseDbc(readFileSync(new URL('../test/fixtures/can/mast.dbc', import.meta.url), 'utf8'));
const signals = new SignalSet(dbc.messages.flatMap((message) => message.signals));
const frame = { id: 0x120, extended: false, remote: false, error: false, data: Buffer.from('6903370000000000', 'hex'), length: 8, timeMs: 0 };
let decoded = 0;
rate('signal_decode', 'frames/s', frames, () => {
  for (let n = 0; n < frames; n += 1) decoded += signals.decode(frame).length;
});
