import type { Component } from './component.js';
import type { Logger } from './logger.js';

/**
 * A bus as sensors see it: a component that says which contract it provides (`ByteLink`,
 * `ModbusLine`, `GpioChip`, `CanBus`, later `Camera`). The contract types live with their
 * drivers; the tag lets the registry hand each sensor a typed bus without guessing.
 */
export interface Bus<K extends string = string> extends Component {
  readonly contract: K;
}

/** What a bus factory gets besides its own config entry. */
export interface BusContext {
  /** The bus's name from the config (the key under `buses:`). */
  name: string;
  /** Child logger with `{ module: 'bus', bus: name }`. */
  log: Logger;
}

/** Turns one bus entry of the post config into the component that speaks that bus. */
export type BusFactory<C, B extends Component = Component> = (config: C, context: BusContext) => B;

/**
 * One bus kind, declared in one file of its driver's folder: the `type` written in the config,
 * the contract it provides and its factory, for config entries of type `C`. The factory is loaded
 * on first use, so validating a config never loads native modules; a kind without one is known to
 * the config but cannot run in this build (`config validate` refuses it). The entry's schema is
 * paired with the kind in agent/config/registry.ts, not here: a running agent needs the kinds but
 * never loads the schemas (zod), which only the config checker uses (issue 13).
 */
export interface BusKind<T extends string = string, C = unknown, B extends Bus = Bus> {
  readonly type: T;
  readonly contract: B['contract'];
  readonly load?: () => Promise<BusFactory<C, B>>;
}

/** Any bus kind, with its config and bus types erased: what a registry holds. */
export interface AnyBusKind {
  readonly type: string;
  readonly contract: string;
  readonly load?: () => Promise<unknown>;
}

export function busKind<T extends string, C, B extends Bus>(kind: BusKind<T, C, B>): BusKind<T, C, B> {
  return kind;
}
