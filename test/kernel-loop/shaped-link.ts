import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onCleanup } from '../support/cleanup.js';
import { waitForPort } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';

/** Why shaped links cannot be made here, or undefined inside the kernel VM (netem, tbf, veth, netns, root). */
export function shapingMissing(): string | undefined {
  const loaded = ['sch_netem', 'sch_tbf', 'veth'].filter((module) => !existsModule(module));
  if (loaded.length === 0 && process.getuid?.() === 0) return undefined;
  if (process.env.OUTPOST_KERNEL_VM !== '1') return 'not inside the kernel VM: shaped links need netem and tbf, which run through npm run test:kernel';
  return `the kernel VM lacks ${loaded.join(', ') || 'root'} (npm run test:kernel loads sch_netem, sch_tbf and veth)`;
}

function existsModule(name: string): boolean {
  try {
    readFileSync(`/sys/module/${name}/refcnt`);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, ...args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface Shape {
  /** Link rate in bit/s, each direction (a 9.6 kbit/s radio: 9600). */
  rateBit: number;
  /** One-way delay added each direction. */
  delayMs?: number;
  /** Packets dropped at random, per cent, each direction. */
  lossPercent?: number;
}

/**
 * A radio-like path between the post and its broker, made of kernel parts: Mosquitto runs in a
 * network namespace of its own, reached from this process's namespace over two veth pairs:
 * - the post's path (`postUrl`), shaped each way with tc: netem (delay, loss, outage) feeding a
 *   tbf at the link rate, so TCP meets a real queue, real loss and real retransmission;
 * - the centre's path (`centreUrl`), unshaped, as the centre sits beside its broker.
 * Addresses come from 198.18.0.0/15 (RFC 2544, for exactly this), inside namespaces this test made.
 */
export class ShapedLink {
  private broker: Peer | undefined;

  private constructor(
    private readonly netns: string,
    /** The post side of the shaped veth pair, in this namespace. */
    readonly postDevice: string,
    private readonly brokerDevice: string,
    private readonly postAddress: string,
    private readonly brokerShaped: string,
    private readonly brokerPlain: string,
    private shape: Shape,
  ) {}

  static async start(dir: string, shape: Shape): Promise<ShapedLink> {
    const tag = process.pid % 100_000;
    const subnet = tag % 250;
    const netns = `outpost-broker-${tag}`;
    const link = new ShapedLink(netns, `rdp${tag}`, `rdb${tag}`, `198.18.${subnet}.1`, `198.18.${subnet}.2`, `198.19.${subnet}.2`, shape);
    run('ip', 'netns', 'add', netns);
    onCleanup(() => execFileSync('ip', ['netns', 'del', netns], { stdio: 'ignore' }));
    const inNs = (...args: string[]) => run('ip', 'netns', 'exec', netns, ...args);
    inNs('ip', 'link', 'set', 'lo', 'up');
    for (const [near, far, nearAddress, farAddress] of [
      [link.postDevice, link.brokerDevice, link.postAddress, link.brokerShaped],
      [`cnp${tag}`, `cnb${tag}`, `198.19.${subnet}.1`, link.brokerPlain],
    ] as const) {
      run('ip', 'link', 'add', near, 'type', 'veth', 'peer', 'name', far, 'netns', netns);
      run('ip', 'addr', 'add', `${nearAddress}/24`, 'dev', near);
      run('ip', 'link', 'set', near, 'up');
      inNs('ip', 'addr', 'add', `${farAddress}/24`, 'dev', far);
      inNs('ip', 'link', 'set', far, 'up');
    }
    link.setShape(shape);
    await link.startBroker(dir);
    return link;
  }

  /** The broker's port: a fixed one is safe, nothing else listens in a namespace this test made. */
  static readonly PORT = 1883;

  get postUrl(): string {
    return `mqtt://${this.brokerShaped}:${ShapedLink.PORT}`;
  }

  get centreUrl(): string {
    return `mqtt://${this.brokerPlain}:${ShapedLink.PORT}`;
  }

  /** Sets rate, delay and loss on both directions of the post's path; takes effect at once. */
  setShape(shape: Shape): void {
    this.shape = shape;
    this.apply(shape.lossPercent ?? 0);
  }

  /** An outage: every packet on the post's path is dropped (TCP sees silence, not a reset) until `restore`. */
  outage(): void {
    this.apply(100);
  }

  restore(): void {
    this.apply(this.shape.lossPercent ?? 0);
  }

  /** Bytes sent on the post's path so far, post to broker and broker to post (frames as the kernel counts them). */
  wireBytes(): { up: number; down: number } {
    const up = Number(readFileSync(`/sys/class/net/${this.postDevice}/statistics/tx_bytes`, 'utf8'));
    const down = Number(readFileSync(`/sys/class/net/${this.postDevice}/statistics/rx_bytes`, 'utf8'));
    return { up, down };
  }

  async close(): Promise<void> {
    await this.broker?.stop();
    this.broker = undefined;
    execFileSync('ip', ['netns', 'del', this.netns], { stdio: 'ignore' });
    // Deleting the namespace deletes the veth ends in it, and with them their peers here.
  }

  private apply(lossPercent: number): void {
    const { rateBit, delayMs = 0 } = this.shape;
    const sides = [
      { device: this.postDevice, tc: ['tc'] },
      { device: this.brokerDevice, tc: ['ip', 'netns', 'exec', this.netns, 'tc'] },
    ];
    for (const { device, tc } of sides) {
      const [command = 'tc', ...prefix] = tc;
      run(command, ...prefix, 'qdisc', 'replace', 'dev', device, 'root', 'handle', '1:', 'netem', 'delay', `${delayMs}ms`, 'loss', `${lossPercent}%`);
      // tbf under netem: the rate limit with a queue in front of it, as a radio modem's buffer; burst is one frame.
      run(command, ...prefix, 'qdisc', 'replace', 'dev', device, 'parent', '1:1', 'handle', '10:', 'tbf', 'rate', `${rateBit}bit`, 'burst', '1600', 'limit', '65536');
    }
  }

  private async startBroker(dir: string): Promise<void> {
    const config = join(dir, 'mosquitto-shaped.conf');
    writeFileSync(config, ['user root', `listener ${ShapedLink.PORT} 0.0.0.0`, 'allow_anonymous true', 'persistence false', 'log_dest stderr', 'log_type error', 'log_type warning'].join('\n') + '\n');
    const broker = startPeer('ip', ['netns', 'exec', this.netns, '/usr/sbin/mosquitto', '-c', config]);
    this.broker = broker;
    const exited = broker.exited.then((code) => {
      throw new Error(`mosquitto in ${this.netns} exited (${String(code)}) before listening; it printed:\n${broker.output()}`);
    });
    await Promise.race([waitForPort(ShapedLink.PORT, this.brokerPlain), exited]);
    exited.catch(() => undefined);
  }
}
