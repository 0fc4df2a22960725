import type { Command } from 'commander';

/** What `outpost --help` says of the groups; each command under them is registered by its own module. */
export const groupDescriptions = {
  probe: 'talk to one device live, to see that it answers (serial, modbus, nmea, at, gpio, can, camera)',
  scan: 'search a bus for devices that answer',
  replay: 'run recordings through the agent\'s own parsers and detectors',
} as const;

/**
 * The shared parent of commands that several modules extend (`outpost probe serial`,
 * `outpost probe modbus`...): the first module to ask creates it, the others get the same one.
 */
export function commandGroup(program: Command, name: 'probe' | 'scan' | 'replay'): Command {
  const existing = program.commands.find((command) => command.name() === name);
  return existing ?? program.command(name).description(groupDescriptions[name]);
}
