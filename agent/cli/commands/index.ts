import type { CliCommand } from '../program.js';
import { centreCommands } from './centre.js';
import { codecCommands } from './codec.js';
import { configCommands } from './config.js';
import { demoCommands } from './demo.js';
import { probeAtCommand } from './probe-at.js';
import { probeNmeaCommand } from './probe-nmea.js';
import { replayNmeaCommand } from './replay-nmea.js';
import { replaySeismicCommand } from './replay-seismic.js';
import { runCommands } from './run.js';
import { portsCommand } from './ports.js';
import { probeSerialCommand } from './probe-serial.js';
import { probeModbusCommand } from './probe-modbus.js';
import { scanModbusCommand } from './scan-modbus.js';
import { probeGpioCommand } from './probe-gpio.js';
import { probeCanCommand } from './probe-can.js';
import { sapientCommands } from './sapient.js';

/** Every command module of the CLI: one line each. */
export const commands: readonly CliCommand[] = [configCommands, codecCommands, replayNmeaCommand, probeNmeaCommand, probeAtCommand, replaySeismicCommand, centreCommands, runCommands, demoCommands, portsCommand, probeSerialCommand, probeModbusCommand, scanModbusCommand, probeGpioCommand, probeCanCommand, sapientCommands];
