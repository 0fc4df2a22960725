import type { LevelWithSilent } from 'pino';
import type { Component } from '../../kernel/component.js';
import type { Environment } from '../config/environment.js';
import type { PostConfig } from '../config/schema.js';
import type { StatusReport } from '../diagnostics/status-report.js';

/** The result of reading the config file again and applying it. */
export type ReloadOutcome = { applied: true; configHash: string } | { applied: false; reason: string };

/** What commands may do to the running agent; the service builds it (agent/runtime/service.ts). */
export interface AgentControls {
  configFile: string;
  env: Environment;
  post(): PostConfig;
  configHash(): string;
  status(): StatusReport;
  /** A running component by name, e.g. `sensor:mast-cam`. */
  component(name: string): Component | undefined;
  /** Sets the level of every logger of the agent. */
  setLogLevel(level: LevelWithSilent): void;
  /** The level the agent started with (OUTPOST_LOG_LEVEL or log.level). */
  configuredLogLevel(): LevelWithSilent;
  /** Reads the config file again, validates and applies it (the SIGHUP path, in its queue). */
  reload(): Promise<ReloadOutcome>;
  /** Stops the agent cleanly and exits with code 75, for systemd to start it again. */
  restart(): void;
}
