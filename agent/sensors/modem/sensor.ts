import type { outpost } from '../../../wire/index.js';
import { describeError, OutpostError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink } from '../../runtime/records.js';
import type { ByteLink } from '../../../drivers/serial/types.js';
import { AtCommandError, AtEngine } from '../../../drivers/at/engine.js';
import { parseCsq, parseQueryValue, parseRegistration, parseRegistrationAnswer, type Registration, type SignalQuality } from '../../../drivers/at/status.js';
import type { ModemConfig } from './config.js';
import { everyOnGrid } from '../../../kernel/grid-timer.js';

export interface ModemSensorOptions {
  name: string;
  config: ModemConfig;
  link: ByteLink;
  sink: RecordSink;
  log: Logger;
}

type RegistrationKind = '+CREG' | '+CGREG' | '+CEREG';
const registrationCommands: Record<ModemConfig['registration'][number], RegistrationKind> = { creg: '+CREG', cgreg: '+CGREG', cereg: '+CEREG' };

interface PollOutcome {
  answered: boolean;
  timeouts: OutpostError[];
  problems: string[];
}

/**
 * The `modem` sensor: every `interval` it asks a modem or data radio for its signal
 * (AT+CSQ), its registration (AT+CREG?/+CGREG?/+CEREG?) and the configured extra queries,
 * emits one Reading, and keeps the latest signal for the uplink's LinkVitals. Registration
 * URCs (+CREG: 1) update the state between polls. A modem that answers nothing is a fault;
 * one that answers but is not registered, or does not know its signal, is degraded.
 */
export class ModemSensor implements Component {
  readonly name: string;
  private readonly state = new HealthState();
  private engine: AtEngine | undefined;
  private readonly patterns: RegExp[];
  private readonly unsupported = new Set<string>();
  private readonly registrations = new Map<string, Registration>();
  private signal: SignalQuality | undefined;
  /** Stops the polling ticks (on the wall-clock grid shared with other sensors). */
  private stopTicks: (() => void) | undefined;
  private polling: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private polls = 0;

  constructor(private readonly options: ModemSensorOptions) {
    this.name = `sensor:${options.name}`;
    this.patterns = options.config.queries.map((query) => new RegExp(query.pattern));
  }

  async start(): Promise<void> {
    if (this.engine !== undefined) return;
    const engine = new AtEngine({ link: this.options.link, timeoutMs: this.options.config.timeout, log: this.options.log });
    this.engine = engine;
    engine.onUrc((line) => this.onUrc(line));
    this.unsubscribe = this.options.link.onState((state) => {
      if (state === 'open') this.pollSoon();
      else this.state.set('fault', `${this.options.link.description} is ${state}; the modem cannot be asked (see the bus's health for why)`);
    });
    this.stopTicks = everyOnGrid(Math.max(1000, this.options.config.interval), () => this.pollSoon());
    if (this.options.link.state === 'open') this.pollSoon();
    else this.state.set('fault', `${this.options.link.description} is ${this.options.link.state}; waiting for the port`);
  }

  async stop(): Promise<void> {
    this.stopTicks?.();
    this.stopTicks = undefined;
    this.unsubscribe?.();
    // The poll under way sees the engine gone and reports nothing more.
    const engine = this.engine;
    this.engine = undefined;
    engine?.close();
    await this.polling;
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot({ polls: this.polls, ...(this.engine?.counters ?? {}) });
  }

  /** The latest signal in dBm, for LinkVitals.signal_dbm; undefined when unknown. */
  signalDbm(): number | undefined {
    return this.signal?.dbm;
  }

  /** The latest registration per query (+CREG, +CEREG...), from answers and URCs. */
  registrationState(): Registration[] {
    return [...this.registrations.values()];
  }

  /** Polls now unless a poll is under way. */
  pollSoon(): void {
    if (this.polling !== undefined || this.engine === undefined || this.options.link.state !== 'open') return;
    this.polling = this.poll().finally(() => (this.polling = undefined));
  }

  private async poll(): Promise<void> {
    const engine = this.engine;
    if (engine === undefined) return;
    this.polls += 1;
    const outcome: PollOutcome = { answered: false, timeouts: [], problems: [] };
    const { config } = this.options;
    if (config.signal) {
      await this.ask(engine, 'AT+CSQ', outcome, (response) => {
        this.signal = parseCsq(response);
      });
    }
    for (const which of config.registration) {
      const kind = registrationCommands[which];
      await this.ask(engine, `AT${kind}?`, outcome, (response) => this.registrations.set(kind, parseRegistrationAnswer(response, kind)));
    }
    const extra: (number | undefined)[] = [];
    for (const [index, query] of config.queries.entries()) {
      let value: number | undefined;
      await this.ask(engine, query.command, outcome, (response) => {
        value = parseQueryValue(response, this.patterns[index] as RegExp);
      });
      extra.push(value);
    }
    if (this.engine !== engine) return;
    this.report(extra);
    this.judge(outcome);
  }

  /** One query; what goes wrong is noted in `outcome`, never thrown. */
  private async ask(engine: AtEngine, command: string, outcome: PollOutcome, read: (response: Awaited<ReturnType<AtEngine['command']>>) => void): Promise<void> {
    if (this.unsupported.has(command)) return;
    try {
      const response = await engine.command(command);
      outcome.answered = true;
      read(response);
    } catch (error) {
      if (error instanceof AtCommandError) {
        outcome.answered = true;
        if (error.final.kind === 'error') {
          this.unsupported.add(command);
          this.options.log.info({ command }, `${command} is not supported by this device (ERROR); not asking again`);
        } else outcome.problems.push(error.describe());
      } else if (error instanceof OutpostError && error.code === 'at.timeout') outcome.timeouts.push(error);
      else if (error instanceof OutpostError && error.code === 'at.unexpected') {
        outcome.answered = true;
        outcome.problems.push(error.message);
      } else if (!(error instanceof OutpostError && error.code === 'at.closed')) outcome.problems.push(describeError(error));
    }
  }

  private onUrc(line: string): void {
    const registration = parseRegistration(line, 'urc');
    if (registration === undefined) return;
    const before = this.registrations.get(registration.kind);
    this.registrations.set(registration.kind, registration);
    if (before?.stat !== registration.stat) this.options.log.info({ urc: line }, `${registration.kind.slice(1)}: ${registration.words}`);
  }

  private report(extra: (number | undefined)[]): void {
    const channels: outpost.v1.IChannel[] = [];
    const values: (number | undefined)[] = [];
    if (this.options.config.signal) {
      channels.push({ name: 'signal_dbm', unit: 'dBm' }, { name: 'rssi', unit: '' });
      values.push(this.signal?.dbm, this.signal?.rssi);
    }
    for (const which of this.options.config.registration) {
      channels.push({ name: `${which}_stat`, unit: '' });
      values.push(this.registrations.get(registrationCommands[which])?.stat);
    }
    for (const [index, query] of this.options.config.queries.entries()) {
      channels.push({ name: query.name, unit: query.unit });
      values.push(extra[index]);
    }
    if (channels.length === 0) return;
    const faulted = values.flatMap((value, index) => (value === undefined ? [index] : []));
    this.options.sink.emit({
      reading: { sensor: this.options.name, channels, samples: [{ offsetMs: 0, values: values.map((v) => v ?? Number.NaN), faulted }] },
    });
  }

  private judge(outcome: PollOutcome): void {
    const port = this.options.link.description;
    if (!outcome.answered) {
      const first = outcome.timeouts[0];
      this.state.set('fault', first === undefined ? `no query answered on ${port}` : `modem silent on ${port}: ${first.message}; ${first.hint ?? ''}`.trim());
      return;
    }
    const asked = this.options.config.registration.map((which) => this.registrations.get(registrationCommands[which])).filter((r): r is Registration => r !== undefined);
    const problems = [...outcome.problems];
    if (asked.length > 0 && !asked.some((r) => r.registered)) problems.push(`not registered (${asked.map((r) => `${r.kind.slice(1)}: ${r.words}`).join('; ')})`);
    if (this.options.config.signal && this.signal !== undefined && this.signal.dbm === undefined) problems.push('signal not known (CSQ 99): no network in reach, or the antenna is off');
    if (outcome.timeouts.length > 0) problems.push(`${outcome.timeouts.length} queries timed out`);
    this.state.set(problems.length === 0 ? 'ok' : 'degraded', problems.length === 0 ? undefined : problems.join('; '));
  }
}
