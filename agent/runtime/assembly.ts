import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Bus } from '../../kernel/bus.js';
import type { PostConfig } from '../config/schema.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../kernel/component.js';
import { busFactories, sensorFactories } from './factories.js';
import type { RecordFeed, RecordSink, TimeSource } from './records.js';
import type { LinkNow } from './kinds.js';

/**
 * A configured bus or sensor that cannot run: its type has no implementation in this build,
 * or its factory refused the config. It stays in health as a fault with the reason, so one
 * bad entry never stops the post.
 */
export class UnavailableComponent implements Component {
  private readonly state = new HealthState();

  constructor(
    readonly name: string,
    private readonly reason: string,
  ) {
    this.state.set('fault', reason);
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  health(): ComponentHealthReport {
    return this.state.snapshot();
  }
}

export interface Devices {
  buses: Map<string, Bus | UnavailableComponent>;
  sensors: Map<string, Component>;
}

export interface AssemblyContext {
  post: PostConfig;
  log: Logger;
  sink: RecordSink;
  time: TimeSource;
  /** Every record emitted, for sensors that act on others' records. */
  records?: RecordFeed;
  /** The link and what waits to go up it, for sensors that send bulk only when it is idle. */
  link?: () => LinkNow;
  /** A sink per sensor instead of `sink` (`outpost run --once` tells which sensor sent what). */
  sinkFor?: (sensor: string) => RecordSink;
}

/** Builds every configured bus, then every sensor on its bus. No I/O: `start()` does that. */
export async function assembleDevices(context: AssemblyContext): Promise<Devices> {
  const { post, log } = context;
  const buses = new Map<string, Bus | UnavailableComponent>();
  for (const [name, config] of Object.entries(post.buses)) {
    const componentName = `bus:${name}`;
    const load = busFactories[config.type];
    if (load === undefined) {
      buses.set(name, new UnavailableComponent(componentName, `bus type ${config.type} is not supported by this build of the agent (${agentBuildHint})`));
      continue;
    }
    try {
      const factory = await load();
      buses.set(name, factory(config, { name, log: log.child({ module: 'bus', bus: name }) }));
    } catch (error) {
      buses.set(name, new UnavailableComponent(componentName, `cannot set up: ${describeError(error)}`));
    }
  }
  const sensors = new Map<string, Component>();
  for (const [name, config] of Object.entries(post.sensors)) {
    const componentName = `sensor:${name}`;
    const bus = buses.get(config.bus);
    const load = sensorFactories[config.type];
    if (bus === undefined || bus instanceof UnavailableComponent) {
      sensors.set(name, new UnavailableComponent(componentName, `its bus "${config.bus}" is unavailable`));
      continue;
    }
    if (load === undefined) {
      sensors.set(name, new UnavailableComponent(componentName, `sensor type ${config.type} is not supported by this build of the agent (${agentBuildHint})`));
      continue;
    }
    try {
      const factory = await load();
      sensors.set(name, factory(config, { name, log: log.child({ module: 'sensor', sensor: name }), sink: context.sinkFor?.(name) ?? context.sink, time: context.time, bus, post, ...(context.records === undefined ? {} : { records: context.records }), ...(context.link === undefined ? {} : { link: context.link }) }));
    } catch (error) {
      sensors.set(name, new UnavailableComponent(componentName, `cannot set up: ${describeError(error)}`));
    }
  }
  return { buses, sensors };
}

const agentBuildHint = 'check `outpost --version` and upgrade the agent';
