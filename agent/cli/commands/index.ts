import type { CliCommand } from '../program.js';
import { centreCommands } from './centre.js';
import { codecCommands } from './codec.js';
import { configCommands } from './config.js';
import { probeAtCommand } from './probe-at.js';
import { probeNmeaCommand } from './probe-nmea.js';
import { replayNmeaCommand } from './replay-nmea.js';
import { replaySeismicCommand } from './replay-seismic.js';

/** Every command module of the CLI: one line each. */
export const commands: readonly CliCommand[] = [configCommands, codecCommands, replayNmeaCommand, probeNmeaCommand, probeAtCommand, replaySeismicCommand, centreCommands];
