import { toNumber, v1, type outpost } from '../../wire/index.js';
import type { AgentParts, UplinkHandle } from '../../agent/runtime/agent.js';
import { HealthState, type Component, type ComponentHealthReport, type ComponentStatus } from '../../kernel/component.js';
import type { BatchLimits, Lease, Outbox, OutboxStats, SeqRange } from '../../agent/outbox/types.js';

/** An in-memory outbox for runtime tests: records what was enqueued; can be told to fail. */
export class MemoryOutbox implements Outbox {
  readonly storeId = 42n;
  readonly records: outpost.v1.IRecord[] = [];
  failNext = 0;
  enqueueCalls = 0;
  closed = false;
  private seq = 0;

  async enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    this.enqueueCalls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('disk I/O error (simulated)');
    }
    return records.map((record) => {
      this.seq++;
      this.records.push({ ...record, seq: this.seq });
      return this.seq;
    });
  }
  nextBatch(_limits: BatchLimits): Lease | undefined {
    return undefined;
  }
  ack(_ranges: readonly SeqRange[]): number {
    return 0;
  }
  release(_lease: Lease): void {}
  stats(): OutboxStats {
    return { storeId: this.storeId, classes: [], records: this.records.length, bytes: 0, enqueued: this.seq, acked: 0, evicted: 0, expired: 0, compacted: 0, pendingInMemory: 0 };
  }
  health(): ComponentHealthReport {
    return { status: 'ok', since: 0 };
  }
  async close(): Promise<void> {
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
