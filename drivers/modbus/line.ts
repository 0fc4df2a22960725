import { OutpostError, describeError } from '../../kernel/errors.js';
import { silentLogger, type Logger } from '../../kernel/logger.js';
import { HealthState, healthStatusOf, type Component, type ComponentHealthReport, type HealthStatus } from '../../kernel/component.js';
import type { Bus } from '../../kernel/bus.js';
import type { ByteLink } from '../serial/types.js';
import type { AduCodec } from './adu.js';
import { ModbusException } from './errors.js';
import { Transceiver } from './transceiver.js';
import { exceptionCodeOf, parseReadResponse, readRequest, type ModbusTable, type ReadValues } from './pdu.js';

export interface ModbusLineOptions {
  /** Component name, e.g. `bus:rs485-a`. */
  name: string;
  link: ByteLink;
  codec: AduCodec;
  timeoutMs: number;
  retries: number;
  /** Quiet time after each exchange before the next request (RTU slaves need it to re-arm). */
  turnaroundMs?: number;
  log?: Logger;
}

/** Counters of one unit, or of the whole line. */
export interface ModbusCounters {
  requests: number;
  responses: number;
  timeouts: number;
  crc_errors: number;
  exceptions: number;
  retries: number;
  disconnected: number;
}

const zeroCounters = (): ModbusCounters => ({ requests: 0, responses: 0, timeouts: 0, crc_errors: 0, exceptions: 0, retries: 0, disconnected: 0 });

/** A read waiting for its turn on the line: plain data, no closure per request (issue 13). */
interface Queued {
  unit: number;
  pdu: Buffer;
  table: ModbusTable;
  address: number;
  count: number;
  resolve(values: ReadValues): void;
  reject(error: unknown): void;
}

/**
 * A Modbus line: one RTU serial port or one TCP connection, with one request in flight at a
 * time and a single FIFO queue shared by every device (unit id) on it. A failed request (timeout,
 * CRC, exception) fails only that request; the queue moves on to the next device.
 */
export class ModbusLine implements Bus<'ModbusLine'> {
  readonly contract = 'ModbusLine';
  readonly name: string;
  private readonly queue: Queued[] = [];
  private pumping: Promise<void> | undefined;
  private readonly transceiver: Transceiver;
  private running = false;
  private readonly line = zeroCounters();
  private readonly units = new Map<number, ModbusCounters>();
  /** `unit N on bus:x`, made once per unit: every exchange names its subject. */
  private readonly subjects = new Map<number, string>();
  private readonly state = new HealthState();
  private readonly log: Logger;

  constructor(private readonly options: ModbusLineOptions) {
    this.name = options.name;
    if (!(options.timeoutMs > 0)) throw new OutpostError(`timeout must be above 0 ms, got ${options.timeoutMs}`, { code: 'config.invalid', subject: options.name });
    this.log = (options.log ?? silentLogger()).child({ module: 'modbus', device: options.link.description });
    this.transceiver = new Transceiver(options);
  }

  /** What the line talks over, e.g. `/dev/ttyUSB0 at 9600 8N1`. */
  get description(): string {
    return this.options.link.description;
  }

  get linkOpen(): boolean {
    return this.options.link.state === 'open';
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.transceiver.attach();
    await this.options.link.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    const stopped = new OutpostError('the line was stopped', { code: 'modbus.stopped', subject: this.name });
    for (const queued of this.queue.splice(0)) queued.reject(stopped);
    await this.pumping;
    this.transceiver.release();
    await this.options.link.stop();
  }

  health(): ComponentHealthReport {
    const link = this.options.link.health();
    this.follow(link);
    return this.state.snapshot({ ...link.counters, ...this.line, queued: this.queue.length });
  }

  /** health() without counters, allocation-free while the link's state stays (the health watch's look). */
  healthStatus(): HealthStatus {
    this.follow(healthStatusOf(this.options.link));
    return this.state.current;
  }

  /** The line's state follows its link's. */
  private follow(link: HealthStatus): void {
    if (!this.running) this.state.set('stopped');
    else if (link.status === 'ok') this.state.set('ok');
    else this.state.set('fault', link.message);
  }

  /** Counters of one unit on this line (what the device's own health reports). */
  unitCounters(unit: number): ModbusCounters {
    return { ...(this.units.get(unit) ?? zeroCounters()) };
  }

  /** Reads `count` registers or bits; rejects with an OutpostError whose `code` says why (see errors.ts). */
  read(unit: number, table: ModbusTable, address: number, count: number): Promise<ReadValues> {
    const pdu = readRequest(table, address, count);
    return new Promise<ReadValues>((resolve, reject) => {
      if (!this.running) {
        reject(new OutpostError('the line is not started', { code: 'modbus.stopped', subject: this.name }));
        return;
      }
      this.queue.push({ unit, pdu, table, address, count, resolve, reject });
      this.pumping ??= this.pump();
    });
  }

  private async pump(): Promise<void> {
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        await this.run(next);
      }
    } finally {
      this.pumping = undefined;
    }
  }

  private async run(queued: Queued): Promise<void> {
    const { unit, table, address, count } = queued;
    let response: Buffer;
    try {
      response = await this.transact(unit, queued.pdu, () => describeRead(table, address, count));
    } catch (error) {
      queued.reject(error);
      return;
    }
    try {
      queued.resolve(parseReadResponse(response, table, count));
    } catch (error) {
      queued.reject(
        new OutpostError(`malformed answer to a read of ${describeRead(table, address, count)}: ${describeError(error)}`, { code: 'modbus.bad_response', subject: this.unitSubject(unit), cause: error, retryable: true }),
      );
    }
  }

  /** One request with its retries. Exceptions are the device's answer and are not retried, except busy/acknowledge. */
  private async transact(unit: number, pdu: Buffer, what: () => string): Promise<Buffer> {
    const counters = this.unitCountersRef(unit);
    const fn = pdu[0] as number;
    let last: OutpostError | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) this.count(counters, 'retries');
      if (this.options.link.state === 'opening') await this.linkSettled();
      if (this.options.link.state !== 'open') {
        this.count(counters, 'disconnected');
        const why = this.options.link.health().message;
        throw new OutpostError(`line ${this.description} is not open${why ? ` (${why})` : ''}`, { code: 'modbus.disconnected', subject: this.unitSubject(unit), retryable: true, disconnect: true });
      }
      this.count(counters, 'requests');
      try {
        const response = await this.transceiver.exchange(unit, pdu, this.unitSubject(unit));
        this.count(counters, 'responses');
        const exception = exceptionCodeOf(response, fn);
        if (exception === undefined) return response;
        this.count(counters, 'exceptions');
        last = new ModbusException(exception, this.unitSubject(unit), what());
        if (!last.retryable) throw last;
      } catch (error) {
        if (error instanceof ModbusException && !error.retryable) throw error;
        last = error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'modbus.bad_response', subject: this.unitSubject(unit), cause: error });
        if (last.code === 'modbus.timeout') this.count(counters, 'timeouts');
        else if (last.code === 'modbus.crc') this.count(counters, 'crc_errors');
        this.log.debug({ unit, attempt, code: last.code }, `${what()}: ${last.message}`);
        if (last.code === 'modbus.disconnected') throw last;
      }
    }
    throw last ?? new OutpostError('no attempt made', { code: 'modbus.bad_response', subject: this.unitSubject(unit) });
  }

  /** Waits (at most one timeout) for a link that is being opened, so that the first poll after start is not lost. */
  private linkSettled(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.options.timeoutMs);
      const off = this.options.link.onState((state) => state !== 'opening' && done());
      function done(): void {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  }

  private unitSubject(unit: number): string {
    let subject = this.subjects.get(unit);
    if (subject === undefined) {
      subject = `unit ${unit} on ${this.name}`;
      this.subjects.set(unit, subject);
    }
    return subject;
  }

  private unitCountersRef(unit: number): ModbusCounters {
    let counters = this.units.get(unit);
    if (counters === undefined) {
      counters = zeroCounters();
      this.units.set(unit, counters);
    }
    return counters;
  }

  private count(unit: ModbusCounters, key: keyof ModbusCounters): void {
    unit[key] += 1;
    this.line[key] += 1;
  }
}

/** `holding 0` or `holding 0..19`: what a read asked for, in error messages. */
function describeRead(table: ModbusTable, address: number, count: number): string {
  return count === 1 ? `${table} ${address}` : `${table} ${address}..${address + count - 1}`;
}
