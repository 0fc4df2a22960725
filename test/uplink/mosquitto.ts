import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';

export interface MosquittoOptions {
  /** Extra lines for the listener (TLS, ACL...). */
  extra?: string[];
  port?: number;
}

/**
 * Debian's Mosquitto with its own config on a free loopback port. `restart()` stops it and
 * starts it again on the same port (the "broker restarted" scenarios); no persistence, so a
 * restart loses every session, as a crashed broker does.
 */
export class Mosquitto {
  private peer: Peer | undefined;

  private constructor(
    readonly port: number,
    private readonly configFile: string,
  ) {}

  static async start(dir: string, options: MosquittoOptions = {}): Promise<Mosquitto> {
    const port = options.port ?? (await freePort());
    const configFile = join(dir, `mosquitto-${port}.conf`);
    writeFileSync(configFile, [
        // Mosquitto started as root drops to the user `mosquitto`, which cannot read the test's private temp dir.
        `user ${userInfo().username}`,
        `listener ${port} 127.0.0.1`,
        'persistence false', 'log_dest stderr', 'log_type error', 'log_type warning', 'log_type notice', ...(options.extra ?? ['allow_anonymous true'])].join('\n') + '\n');
    const broker = new Mosquitto(port, configFile);
    await broker.run();
    return broker;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  output(): string {
    return this.peer?.output() ?? '';
  }

  private async run(): Promise<void> {
    const peer = startPeer('/usr/sbin/mosquitto', ['-c', this.configFile]);
    this.peer = peer;
    const exited = peer.exited.then((code) => {
      throw new Error(`mosquitto exited (${String(code)}) before listening; it printed:\n${peer.output()}`);
    });
    await Promise.race([waitForPort(this.port), exited]);
    exited.catch(() => undefined);
  }

  async stop(): Promise<void> {
    await this.peer?.stop();
    this.peer = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.run();
  }
}
