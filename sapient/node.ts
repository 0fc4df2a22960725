import type { Logger } from '../kernel/logger.js';
import type { SapientConfig } from './config.js';
import { NodeLink, type Body, type NodeLinkStats } from './node-link.js';
import type { PostView, SensorKind } from './post-view.js';
import { buildRegistration, type Mode } from './registration.js';
import { statusReport } from './reports.js';
import { answerTask, type Taskable } from './tasks.js';

export interface SapientNodeOptions {
  /** `demo-01`, or `demo-01/geophone` for a per-sensor node. */
  key: string;
  nodeId: string;
  view: PostView;
  /** The sensor this node stands for; undefined for a whole-post node. */
  sensor?: string | undefined;
  config: SapientConfig;
  log: Logger;
}

/**
 * One SAPIENT node: a post (or one sensor of it) as the decision-maker sees it. It registers
 * with what the post's records have shown so far, registers again when a new kind of sensor
 * appears, reports status on its interval and whenever the post's health, faults, power or
 * position change, and answers tasks.
 */
export class SapientNode implements Taskable {
  mode: Mode = 'default';
  private readonly link: NodeLink;
  private timer: NodeJS.Timeout | undefined;
  private changed = true;
  private registeredKinds = '';

  constructor(private readonly options: SapientNodeOptions) {
    const { config } = options;
    const [host, port] = splitHostPort(config.peer);
    this.link = new NodeLink({
      host,
      port,
      nodeId: options.nodeId,
      label: options.sensor === undefined ? `post ${options.view.postId}` : `sensor ${options.key}`,
      registration: () => {
        this.registeredKinds = [...this.kinds()].sort().join(',');
        const post = options.view.postId;
        return buildRegistration({
          name: options.sensor === undefined ? `Outpost post ${post}` : `Outpost ${post} ${options.sensor}`,
          shortName: options.key,
          model: options.sensor === undefined ? 'observation post' : `observation post sensor (${[...this.kinds()].join(', ')})`,
          kinds: this.kinds(),
          statusIntervalMs: config.status_interval,
          detectionRadiusM: config.detection_radius_m,
        });
      },
      onRegistered: () => this.sendStatus(),
      onTask: (task) => this.link.send(answerTask(task, this)),
      queueLimit: config.queue_limit,
      maxFrameBytes: config.max_frame,
      reconnectMinMs: config.reconnect.min,
      reconnectMaxMs: config.reconnect.max,
      ackTimeoutMs: config.registration_timeout,
      log: options.log,
    });
  }

  get nodeId(): string {
    return this.options.nodeId;
  }

  get stats(): NodeLinkStats {
    return this.link.stats;
  }

  get isRegistered(): boolean {
    return this.link.isRegistered;
  }

  start(): void {
    this.link.start();
    this.timer = setInterval(() => this.sendStatus(), this.options.config.status_interval);
  }

  /** A report (detection, alert), stamped with the time of the record it came from. */
  report(body: Body, timeMs: number): void {
    this.link.send(body, { timeMs });
  }

  /** The post's records showed a new sensor: register again if the node's kinds changed. */
  definitionChanged(): void {
    if ([...this.kinds()].sort().join(',') !== this.registeredKinds) this.link.reregister();
  }

  statusChanged(): void {
    this.changed = true;
    this.sendStatus();
  }

  requestStatus(): void {
    this.changed = true;
    this.sendStatus();
  }

  reregister(): void {
    this.link.reregister();
  }

  setMode(mode: Mode): void {
    if (mode === this.mode) return;
    this.options.log.info({ node: this.options.key, mode }, 'reporting mode changed by the decision-maker');
    this.mode = mode;
    this.statusChanged();
  }

  hasCamera(): boolean {
    return this.kinds().has('camera');
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.link.stop({ statusReport: statusReport(this.options.view, { sensor: this.options.sensor, mode: this.mode, radiusM: this.options.config.detection_radius_m, changed: true, goodbye: true }) });
  }

  private kinds(): Set<SensorKind> {
    const { view, sensor } = this.options;
    if (sensor === undefined) return view.kinds();
    const kind = view.sensors.get(sensor);
    return new Set(kind === undefined ? [] : [kind]);
  }

  private sendStatus(): void {
    const report = statusReport(this.options.view, { sensor: this.options.sensor, mode: this.mode, radiusM: this.options.config.detection_radius_m, changed: this.changed });
    // Not queued while the peer is away: a fresh report follows the next registration.
    this.link.send({ statusReport: report }, { queue: false });
    if (this.link.isRegistered) this.changed = false;
  }
}

/** host:port as validated by the config schema ("[::1]:5020" for IPv6). */
function splitHostPort(text: string): [string, number] {
  const at = text.lastIndexOf(':');
  return [text.slice(0, at).replace(/^\[(.*)\]$/, '$1'), Number(text.slice(at + 1))];
}
