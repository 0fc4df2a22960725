import type { Command } from 'commander';

const descriptions: Record<string, string> = {
  probe: 'talk to one device live, to see that it answers (serial, modbus, nmea, at, gpio, can)',
  scan: 'search a bus for devices that answer',
  replay: 'run recordings through the agent\'s own parsers and detectors',
};

/**
 * The shared parent of commands that several modules extend (`outpost probe serial`,
 * `outpost probe modbus`...): the first module to ask creates it, the others get the same one.
 */
export function commandGroup(program: Command, name: 'probe' | 'scan' | 'replay'): Command {
  const existing = program.commands.find((command) => command.name() === name);
  return existing ?? program.command(name).description(descriptions[name] ?? name);
}
