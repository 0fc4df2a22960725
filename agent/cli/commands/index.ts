import type { CliCommand } from '../program.js';
import { groupDescriptions } from './groups.js';

/**
 * Every top-level command of the CLI, one entry each, with the modules that implement it.
 * A module is imported only when its command runs (or its help is asked for), so that
 * `outpost --version` or `outpost run` never load the centre, aedes or modbus-serial.
 */
export interface CommandEntry {
  /** The words typed after `outpost` that this entry's modules register, with their lines in `outpost --help`. */
  names: Readonly<Record<string, string>>;
  load(): Promise<readonly CliCommand[]>;
}

export const commands: readonly CommandEntry[] = [
  { names: { config: 'check post config files and print their JSON Schema' }, load: async () => [(await import('./config.js')).configCommands] },
  {
    names: { decode: 'print a protobuf message as JSON (64-bit values as strings, bytes as base64, enums by name)', encode: 'encode JSON (as `outpost decode` prints it) into protobuf bytes' },
    load: async () => [(await import('./codec.js')).codecCommands],
  },
  {
    names: { replay: groupDescriptions.replay },
    load: async () => [(await import('./replay-nmea.js')).replayNmeaCommand, (await import('./replay-seismic.js')).replaySeismicCommand],
  },
  {
    names: { probe: groupDescriptions.probe },
    load: async () => [
      (await import('./probe-nmea.js')).probeNmeaCommand,
      (await import('./probe-at.js')).probeAtCommand,
      (await import('./probe-serial.js')).probeSerialCommand,
      (await import('./probe-modbus.js')).probeModbusCommand,
      (await import('./probe-gpio.js')).probeGpioCommand,
      (await import('./probe-can.js')).probeCanCommand,
      (await import('./probe-camera.js')).probeCameraCommand,
    ],
  },
  { names: { centre: 'run the reference coordination centre: receive, dedupe, store and ack what posts send; serve the HTTP API' }, load: async () => [(await import('./centre.js')).centreCommands] },
  { names: { run: 'run the agent on a post config until SIGTERM or SIGINT; SIGHUP reloads the config' }, load: async () => [(await import('./run.js')).runCommands] },
  { names: { demo: 'run the whole system on this machine: simulated devices, one agent, the centre with its embedded broker; prints each record as the centre stores it' }, load: async () => [(await import('./demo.js')).demoCommands] },
  { names: { ports: 'list serial ports with USB vendor/product, serial number and /dev/serial/by-id names (use the by-id name in the config)' }, load: async () => [(await import('./ports.js')).portsCommand] },
  { names: { status: 'ask the running agent for its state: components and faults, outbox, link, clock, versions' }, load: async () => [(await import('./status.js')).statusCommand] },
  { names: { diag: 'self-test every configured part for real: devices, broker and certificates, disk, outbox, clock; exit 0 only when all pass' }, load: async () => [(await import('./diag.js')).diagCommand] },
  { names: { bundle: 'pack a support bundle (tar.gz): config with secrets redacted, journal, status, diag, outbox, versions, devices, disk' }, load: async () => [(await import('./bundle.js')).bundleCommand] },
  { names: { scan: groupDescriptions.scan }, load: async () => [(await import('./scan-modbus.js')).scanModbusCommand] },
  {
    names: { sapient: 'speak SAPIENT (BSI Flex 335 v2.0): posts as sensor nodes of a decision-maker (fusion node, C2 display)' },
    load: async () => [(await import('./sapient.js')).sapientCommands],
  },
];
