import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HealthState, type ComponentHealthReport } from '../../kernel/component.js';
import type { OutpostError } from '../../kernel/errors.js';
import type { ByteLink, LinkState } from '../../drivers/serial/types.js';

const fixtures = join(import.meta.dirname, '../fixtures/at');

/** A transcript from test/fixtures/at: each command with the writes the modem answers it with. */
export function loadTranscript(name: string): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  let command: string | undefined;
  for (const line of readFileSync(join(fixtures, name), 'utf8').split('\n')) {
    if (line.startsWith('> ')) {
      command = line.slice(2);
      answers.set(command, []);
    } else if (line.startsWith('< ') && command !== undefined) {
      answers.get(command)?.push(unescape(line.slice(2)));
    }
  }
  return answers;
}

function unescape(text: string): string {
  return text.replace(/\\(r|n|x([0-9a-fA-F]{2}))/g, (_, kind: string, hex: string | undefined) => (kind === 'r' ? '\r' : kind === 'n' ? '\n' : String.fromCharCode(parseInt(hex ?? '0', 16))));
}

/**
 * A modem on the device end of a link, answering from a transcript: each command (up to CR)
 * gets its recorded writes, one write at a time, so URCs arrive as separate chunks in the
 * middle of answers. Unknown commands get ERROR; `silent` makes it answer nothing.
 */
export class ModemSimulator {
  readonly received: string[] = [];
  silent = false;
  /** How long the modem thinks before it answers. */
  delayMs = 0;
  private pending = '';
  private readonly unsubscribe: () => void;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly device: Pick<ByteLink, 'write' | 'onData'>,
    private readonly answers: Map<string, string[]>,
  ) {
    this.unsubscribe = device.onData((chunk) => this.onData(chunk));
  }

  /** The modem says something on its own. */
  inject(text: string): Promise<void> {
    this.chain = this.chain.then(() => this.device.write(text));
    return this.chain;
  }

  stop(): void {
    this.unsubscribe();
  }

  private onData(chunk: Buffer): void {
    this.pending += chunk.toString('latin1');
    let cr = this.pending.indexOf('\r');
    while (cr >= 0) {
      const command = this.pending.slice(0, cr).trim();
      this.pending = this.pending.slice(cr + 1);
      if (command.length > 0) this.answer(command);
      cr = this.pending.indexOf('\r');
    }
  }

  private answer(command: string): void {
    this.received.push(command);
    if (this.silent) return;
    const writes = this.answers.get(command) ?? ['\r\nERROR\r\n'];
    const delay = this.delayMs;
    if (delay > 0) this.chain = this.chain.then(() => new Promise((resolve) => setTimeout(resolve, delay)));
    for (const text of writes) {
      this.chain = this.chain.then(async () => {
        await this.device.write(text);
        // Let the host read this write before the next one, so chunks stay apart.
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
    }
  }
}

/** Two in-memory ByteLinks wired to each other: the host end and the modem end. */
export function memoryLinkPair(): { host: MemoryLink; modem: MemoryLink } {
  const host = new MemoryLink('memory:host');
  const modem = new MemoryLink('memory:modem');
  host.peer = modem;
  modem.peer = host;
  return { host, modem };
}

export class MemoryLink implements ByteLink {
  readonly contract = 'ByteLink';
  readonly name: string;
  state: LinkState = 'open';
  peer: MemoryLink | undefined;
  readonly written: string[] = [];
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly stateListeners = new Set<(state: LinkState, error?: OutpostError) => void>();
  private readonly healthState = new HealthState();

  constructor(readonly description: string) {
    this.name = description;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  health(): ComponentHealthReport {
    return this.healthState.snapshot();
  }

  async write(data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    this.written.push(bytes.toString('latin1'));
    const peer = this.peer;
    setImmediate(() => peer?.receive(bytes));
  }

  receive(bytes: Buffer): void {
    for (const listener of this.dataListeners) listener(bytes);
  }

  setState(state: LinkState, error?: OutpostError): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state, error);
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onState(listener: (state: LinkState, error?: OutpostError) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }
}
