import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { startPeer, type Peer } from './process.js';
import { waitFor } from './net.js';

/**
 * A pair of linked pseudo-terminals made by socat: what is written to one end is read on the
 * other, through real ttys (no DTR/RTS on PTYs). `a` and `b` are stable symlinks in `dir`, so
 * the pair can be "unplugged" (stop) and "plugged back" (start) under the same names, as a
 * USB adapter reappears under /dev/serial/by-id.
 */
export class PtyPair {
  readonly a: string;
  readonly b: string;
  private peer: Peer | undefined;

  constructor(dir: string, name = 'tty') {
    this.a = join(dir, `${name}-a`);
    this.b = join(dir, `${name}-b`);
  }

  /** Starts socat and resolves once both ends exist. */
  async start(): Promise<this> {
    if (this.peer !== undefined) return this;
    this.peer = startPeer('socat', ['-d', '-d', `pty,raw,echo=0,link=${this.a}`, `pty,raw,echo=0,link=${this.b}`]);
    const peer = this.peer;
    await waitFor(`socat PTY pair ${this.a} <-> ${this.b}`, async () => {
      if (peer.child.exitCode !== null) throw new Error(`socat exited: ${peer.output()}`);
      return existsSync(this.a) && existsSync(this.b) && /starting data transfer loop/.test(peer.output());
    });
    return this;
  }

  /** The real /dev/pts/N behind an end (what a device path would resolve to). */
  realPath(end: 'a' | 'b'): string {
    return realpathSync(end === 'a' ? this.a : this.b);
  }

  /** Kills socat: both ends vanish, as when a USB adapter is unplugged. */
  async stop(): Promise<void> {
    const peer = this.peer;
    this.peer = undefined;
    await peer?.stop();
  }
}

/** Starts a PTY pair in `dir`; stop it in the test's `after` hook (the cleanup net kills it otherwise). */
export function ptyPair(dir: string, name?: string): Promise<PtyPair> {
  return new PtyPair(dir, name).start();
}
