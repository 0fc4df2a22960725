import { toNumber, v1, type outpost } from '../../wire/index.js';
import type { AgentParts, UplinkHandle } from '../../agent/runtime/agent.js';
import { HealthState, type Component, type ComponentHealthReport, type ComponentStatus } from '../../kernel/component.js';
import { MemoryOutbox as LeasingOutbox } from '../uplink/memory-outbox.js';

/**
 * An in-memory outbox for runtime tests: the uplink tests' leasing double (so it keeps the Outbox
 * contract: test/conformance/outbox.test.ts runs it), plus a record of what was enqueued and a
 * switch to make enqueues fail.
 */
export class MemoryOutbox extends LeasingOutbox {
  readonly records: outpost.v1.IRecord[] = [];
  failNext = 0;
  enqueueCalls = 0;
  closed = false;

  constructor() {
    super(42n);
  }

  override async enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    this.enqueueCalls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('disk I/O error (simulated)');
    }
    const seqs = await super.enqueue(records);
    records.forEach((record, index) => this.records.push({ ...record, seq: seqs[index] }));
    return seqs;
  }
  override async close(): Promise<void> {
    this.closed = true;
  }
  kinds(): string[] {
    return this.records.map((record) => Object.keys(record).find((key) => ['detection', 'incident', 'reading', 'health', 'event', 'snapshot'].includes(key)) ?? '?');
  }
  seqs(): number[] {
    return this.records.map((record) => toNumber(record.seq));
  }
}

/** A component whose status a test sets. */
export class ScriptedComponent implements Component {
  readonly state = new HealthState();
  started = 0;
  stopped = 0;
  constructor(readonly name: string) {}
  set(status: ComponentStatus, message?: string): void {
    this.state.set(status, message);
  }
  async start(): Promise<void> {
    this.started++;
    if (this.state.status === 'stopped') this.state.set('ok');
  }
  async stop(): Promise<void> {
    this.stopped++;
    this.state.set('stopped');
  }
  health(): ComponentHealthReport {
    return this.state.snapshot({ polls: this.started });
  }
}

export class FakeUplink extends ScriptedComponent implements UplinkHandle {
  linkVitals() {
    return { connected: false };
  }
}

/** Agent parts with in-memory outboxes and uplinks, counted so tests can see restarts. */
export function fakeParts(): AgentParts & { outboxes: MemoryOutbox[]; uplinks: FakeUplink[]; fusionSaw: string[]; names: string[] } {
  const outboxes: MemoryOutbox[] = [];
  const uplinks: FakeUplink[] = [];
  const fusionSaw: string[] = [];
  const names: string[] = [];
  return {
    outboxes,
    uplinks,
    fusionSaw,
    names,
    openOutbox: () => {
      const outbox = new MemoryOutbox();
      outboxes.push(outbox);
      return outbox;
    },
    createUplink: ({ state }) => {
      names.push(state.name);
      const uplink = new FakeUplink('uplink');
      uplinks.push(uplink);
      return uplink;
    },
    createFusion: () => ({ observe: (record) => fusionSaw.push(record.event ? 'event' : 'other'), stop: () => {} }),
    createTime: () => ({ now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) }),
  };
}
