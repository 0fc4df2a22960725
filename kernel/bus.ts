import type { Component } from './component.js';
import type { Logger } from './logger.js';

/** What a bus factory gets besides its own config entry. */
export interface BusContext {
  /** The bus's name from the config (the key under `buses:`). */
  name: string;
  /** Child logger with `{ module: 'bus', bus: name }`. */
  log: Logger;
}

/** Turns one bus entry of the post config into the component that speaks that bus. */
export type BusFactory<C, B extends Component = Component> = (config: C, context: BusContext) => B;
