import type { Bus, BusFactory } from '../../kernel/bus.js';
import { OutpostError } from '../../kernel/errors.js';
import type { BusConfig, SensorConfig } from '../config/schema.js';
import { busTypesFor, catalogue, type KindLists } from './catalogue.js';
import type { AnySensorKind, SensorFactory } from './kinds.js';

export type BusFactories = Partial<Record<BusConfig['type'], () => Promise<BusFactory<BusConfig, Bus>>>>;
export type SensorFactories = Partial<Record<SensorConfig['type'], () => Promise<SensorFactory<SensorConfig>>>>;

/**
 * The implementations by type, derived from the kinds (the catalogue, or a test's registry with a
 * toy kind) and loaded on first use. A type that
 * validates in the config but has no factory is reported by the runtime as not supported by
 * this build.
 */
export function factoriesOf(kinds: KindLists): { busFactories: BusFactories; sensorFactories: SensorFactories } {
  return {
    busFactories: Object.fromEntries(kinds.busKinds.flatMap((kind) => (kind.load === undefined ? [] : [[kind.type, kind.load as () => Promise<BusFactory<BusConfig, Bus>>]]))),
    sensorFactories: Object.fromEntries(kinds.sensorKinds.map((kind) => [kind.type, async () => checkedFactory(kinds, kind, (await kind.load()) as SensorFactory<SensorConfig>)])),
  };
}

export const { busFactories, sensorFactories } = factoriesOf(catalogue);

/**
 * The kind's factory behind the one check that its bus provides a contract the kind accepts:
 * validation already refuses a wrong pairing, this keeps a hand-built context honest.
 */
function checkedFactory(kinds: KindLists, kind: AnySensorKind, factory: SensorFactory<SensorConfig>): SensorFactory<SensorConfig> {
  return (config, context) => {
    if (!kind.accepts.includes(context.bus.contract)) {
      throw new OutpostError(`bus ${context.bus.name} provides a ${context.bus.contract}, but a ${kind.type} sensor needs a ${kind.accepts.join(' or ')}`, {
        code: 'config.bus_type',
        subject: `sensor:${context.name}`,
        hint: `put this sensor on a bus of type ${busTypesFor(kinds, kind).join(' or ')}`,
      });
    }
    return factory(config, context);
  };
}
