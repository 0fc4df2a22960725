import { v1, type outpost } from '../../wire/index.js';
import type { OutpostError } from '../../kernel/errors.js';
import type { ComponentHealthReport } from '../../kernel/component.js';
import type { RecordDraft, RecordFeed, RecordSink, TimeSource } from '../../agent/runtime/records.js';
import type { ByteLink, LinkState } from '../../drivers/serial/types.js';
import type { Edge, GpioChip, InputLine, InputLineOptions, Level, OutputLine } from '../../drivers/gpio/types.js';

/** A scripted clock: monotonic ms and a wall clock that moves with it. */
export class ScriptedClock {
  mono = 1000;
  readonly wallBase = Date.parse('2026-05-01T12:00:00Z');
  readonly monotonic = (): number => this.mono;
  readonly time: TimeSource = { now: () => ({ unixMs: this.wallBase + this.mono, quality: v1.TimeQuality.TIME_QUALITY_NTP }) };
  advance(ms: number): void {
    this.mono += ms;
  }
}

export class MemorySink implements RecordSink {
  readonly drafts: RecordDraft[] = [];
  emit(draft: RecordDraft): void {
    this.drafts.push(draft);
  }
  get detections() {
    return this.drafts.flatMap((draft) => ('detection' in draft ? [draft.detection] : []));
  }
  get events() {
    return this.drafts.flatMap((draft) => ('event' in draft ? [draft.event] : []));
  }
  get incidents() {
    return this.drafts.flatMap((draft) => ('incident' in draft ? [draft.incident] : []));
  }
}

/** A record feed the test emits into, as the pipeline would. */
export class MemoryFeed implements RecordFeed {
  private readonly observers = new Set<(record: outpost.v1.IRecord) => void>();
  observe(observer: (record: outpost.v1.IRecord) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }
  emit(record: outpost.v1.IRecord): void {
    for (const observer of this.observers) observer(record);
  }
}

/** A ByteLink a test drives by hand: `receive` delivers bytes, `setState` plays unplug and replug. */
export class FakeLink implements ByteLink {
  readonly contract = 'ByteLink';
  readonly name = 'bus:digitizer';
  readonly description = 'tcp://fake-digitizer:4001';
  state: LinkState = 'open';
  private readonly data = new Set<(chunk: Buffer) => void>();
  private readonly states = new Set<(state: LinkState, error?: OutpostError) => void>();
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  health(): ComponentHealthReport {
    return { status: 'ok', since: 0 };
  }
  async write(): Promise<void> {}
  onData(listener: (chunk: Buffer) => void): () => void {
    this.data.add(listener);
    return () => this.data.delete(listener);
  }
  onState(listener: (state: LinkState, error?: OutpostError) => void): () => void {
    this.states.add(listener);
    return () => this.states.delete(listener);
  }
  receive(bytes: string | Buffer): void {
    for (const listener of this.data) listener(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  }
  setState(state: LinkState, error?: OutpostError): void {
    this.state = state;
    for (const listener of this.states) listener(state, error);
  }
  get listeners(): number {
    return this.data.size + this.states.size;
  }
}

/** A GPIO input line whose edges the test scripts. */
export class ScriptedLine implements InputLine {
  readonly name: string;
  level: Level = 0;
  private readonly listeners = new Set<(edge: Edge) => void>();
  started = false;
  constructor(readonly options: InputLineOptions) {
    this.name = `line:${String(options.line)}`;
  }
  async start(): Promise<void> {
    this.started = true;
  }
  async stop(): Promise<void> {
    this.started = false;
  }
  health(): ComponentHealthReport {
    return { status: 'ok', since: 0 };
  }
  async read(): Promise<Level> {
    return this.level;
  }
  onEdge(listener: (edge: Edge) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  edge(level: Level, timeMs: number): void {
    this.level = level;
    for (const listener of this.listeners) listener({ line: String(this.options.line), level, timeMs });
  }
  get subscribers(): number {
    return this.listeners.size;
  }
}

export class ScriptedChip implements GpioChip {
  readonly contract = 'GpioChip';
  readonly name = 'bus:gpio';
  readonly lines = new Map<string, ScriptedLine>();
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  health(): ComponentHealthReport {
    return { status: 'ok', since: 0 };
  }
  input(options: InputLineOptions): InputLine {
    const line = new ScriptedLine(options);
    this.lines.set(String(options.line), line);
    return line;
  }
  output(): OutputLine {
    throw new Error('no outputs on the scripted chip');
  }
  line(name: string | number): ScriptedLine {
    const line = this.lines.get(String(name));
    if (line === undefined) throw new Error(`no line ${String(name)} requested`);
    return line;
  }
}
