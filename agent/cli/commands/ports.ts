import type { Command } from 'commander';
import { listSerialPorts, type PortListing } from '../../../drivers/serial/ports.js';
import { write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';

/** The listing as a technician reads it: one block per port. */
export function formatPorts(ports: readonly PortListing[]): string {
  if (ports.length === 0) return 'no serial ports found (plug in the adapter; `dmesg | tail` shows whether the kernel saw it)\n';
  return ports
    .map((port) => {
      const lines = [port.path];
      if (port.vendorId !== undefined) {
        const name = [port.manufacturer, port.product].filter((v) => v !== undefined).join(' ');
        lines.push(`  usb      ${port.vendorId}:${port.productId ?? '????'}${name ? `  ${name}` : ''}`);
      }
      if (port.serialNumber !== undefined) lines.push(`  serial   ${port.serialNumber}`);
      if (port.driver !== undefined) lines.push(`  driver   ${port.driver}`);
      for (const name of port.byId) lines.push(`  by-id    ${name}`);
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** `outpost ports`: serial ports with USB vendor, product, serial number and stable names. */
export const portsCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('ports')
      .option('--json', 'print JSON')
      .action(async (options: { json?: boolean }) => {
        const ports = listSerialPorts();
        await write(context.io.stdout, options.json === true ? `${JSON.stringify(ports, null, 2)}\n` : formatPorts(ports));
      });
  },
};
