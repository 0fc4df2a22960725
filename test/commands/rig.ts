import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt, { type MqttClient } from 'mqtt';
import type { Test } from 'uvu';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import { publicKeyText, signCommand } from '../../wire/command-signature.js';
import { postTopic } from '../../wire/topics.js';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

export const POST = 'cmd-01';

/** A post config that takes commands signed by `key`; `broker` is where its uplink goes. */
export function postConfig(dir: string, broker: string, key: KeyObject, extra = ''): string {
  return `post: { id: ${POST} }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: '${broker}', reconnect: { min: 200ms, max: 1s } }
health: { interval: 1h }
commands: { centre_key: ${publicKeyText(key)} }
${extra}`;
}

/**
 * The peers a command test needs: Debian's Mosquitto, the reference centre storing what the post
 * sends (results arrive as records, acked like any other), the real agent process (`outpost run`)
 * and a publisher for signed commands on the post's `cmd` topic.
 */
export class CommandRig {
  readonly centreKeys = generateKeyPairSync('ed25519');
  readonly results: outpost.v1.ICommandResult[] = [];
  /** When the post made each result (its record's time). */
  readonly madeAt = new Map<outpost.v1.ICommandResult, number>();
  agent: Peer | undefined;
  private publisher: MqttClient | undefined;

  private constructor(
    readonly dir: string,
    readonly broker: Mosquitto,
    readonly centre: RunningCentre,
  ) {
    centre.onRecord((stored) => {
      const result = stored.record.commandResult;
      if (result == null) return;
      this.results.push(result);
      this.madeAt.set(result, Number(stored.record.timeUnixMs));
    });
  }

  static async start(): Promise<CommandRig> {
    const dir = tempDir('commands');
    const broker = await Mosquitto.start(dir);
    const centre = await startCentre({ broker: broker.url, db: join(dir, 'centre.db'), log: silentLogger() });
    return new CommandRig(dir, broker, centre);
  }

  get configFile(): string {
    return join(this.dir, 'post.yaml');
  }

  writeConfig(extra = '', broker = this.broker.url): void {
    writeFileSync(this.configFile, postConfig(this.dir, broker, this.centreKeys.publicKey, extra));
  }

  /** Starts `outpost run` and waits until it has subscribed to its commands (its ONLINE state reached the centre). */
  async startAgent(): Promise<Peer> {
    const before = (await this.centre.store.post(POST))?.startedUnixMs ?? 0;
    const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', this.configFile], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
    this.agent = agent;
    await waitFor('the agent online at the centre', async () => {
      const row = await this.centre.store.post(POST);
      return row !== undefined && row.status === v1.PostStatus.POST_STATUS_ONLINE && row.startedUnixMs !== before;
    }, 60_000);
    return agent;
  }

  command(name: string, fields: Partial<outpost.v1.ICommand> = {}): outpost.v1.ICommand {
    const now = Date.now();
    return { id: randomBytes(16).toString('hex'), issuer: 'test', issuedUnixMs: now, expiresUnixMs: now + 600_000, postId: POST, name, ...fields };
  }

  signed(command: outpost.v1.ICommand, key: KeyObject = this.centreKeys.privateKey): Uint8Array {
    return signCommand(command, key);
  }

  async publish(payload: Uint8Array): Promise<void> {
    this.publisher ??= await mqtt.connectAsync(this.broker.url, { clientId: `test-centre-${randomBytes(4).toString('hex')}`, protocolVersion: 4 });
    await this.publisher.publishAsync(postTopic(POST, 'cmd'), Buffer.from(payload), { qos: 1 });
  }

  /** The results of one command so far. */
  resultsOf(id: string): outpost.v1.ICommandResult[] {
    return this.results.filter((result) => result.commandId === id);
  }

  /** Waits for a result of `id` with this status (the n-th one when several come). */
  async result(id: string, status: outpost.v1.CommandStatus, timeoutMs = 60_000, nth = 1): Promise<outpost.v1.ICommandResult> {
    return waitFor(`result ${v1.CommandStatus[status]} of command ${id}`, () => this.resultsOf(id).filter((result) => result.status === status)[nth - 1], timeoutMs);
  }

  async stop(): Promise<void> {
    await this.publisher?.endAsync();
    await this.agent?.stop();
    await this.centre.stop();
    await this.broker.stop();
  }
}

/**
 * The before/after every command test file shares, registered on `suite`: the peers started, the post config written
 * (with the YAML `extraConfig` gives, which may start peers of its own first) and `outpost run` online before the first
 * test; all stopped after the last. `started` is handed the rig as soon as it exists, so the file's tests can use it.
 */
export function withRunningAgent(
  suite: Test,
  started: (rig: CommandRig) => void,
  extraConfig: (rig: CommandRig) => string | Promise<string> = () => '',
): void {
  let rig: CommandRig | undefined;
  suite.before(async () => {
    rig = await CommandRig.start();
    started(rig);
    rig.writeConfig(await extraConfig(rig));
    await rig.startAgent();
  });
  suite.after(async () => {
    await rig?.stop();
  });
}
