import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, symlinkSync, writeFileSync, openSync, readSync, writeSync, closeSync, constants } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { listSerialPorts } from '../../drivers/serial/ports.js';
import { formatPorts } from '../../agent/cli/commands/ports.js';
import { SerialLink } from '../../drivers/serial/link.js';

test('ports lists USB adapters from sysfs with ids, serial number and by-id names', () => {
  const root = tempDir();
  const usb = join(root, 'devices/pci0000:00/usb1/1-1');
  const iface = join(usb, '1-1:1.0/ttyUSB0');
  mkdirSync(iface, { recursive: true });
  for (const [file, value] of Object.entries({ idVendor: '0403', idProduct: '6001', manufacturer: 'FTDI', product: 'FT232R USB UART', serial: 'A10K3XYZ' })) writeFileSync(join(usb, file), `${value}\n`);
  const drivers = join(root, 'drivers/ftdi_sio');
  mkdirSync(drivers, { recursive: true });
  symlinkSync(drivers, join(iface, 'driver'));
  const sys = join(root, 'class/tty');
  for (const name of ['ttyUSB0', 'ttyS0', 'ttyS1', 'tty0']) mkdirSync(join(sys, name), { recursive: true });
  symlinkSync(iface, join(sys, 'ttyUSB0/device'));
  mkdirSync(join(root, 'devices/platform/serial8250'), { recursive: true });
  symlinkSync(join(root, 'devices/platform/serial8250'), join(sys, 'ttyS0/device'));
  writeFileSync(join(sys, 'ttyS0/type'), '4\n');
  symlinkSync(join(root, 'devices/platform/serial8250'), join(sys, 'ttyS1/device'));
  writeFileSync(join(sys, 'ttyS1/type'), '0\n');
  const dev = join(root, 'dev');
  mkdirSync(dev);
  writeFileSync(join(dev, 'ttyUSB0'), '');
  const byId = join(dev, 'serial/by-id');
  mkdirSync(byId, { recursive: true });
  symlinkSync('../../ttyUSB0', join(byId, 'usb-FTDI_FT232R_USB_UART_A10K3XYZ-if00-port0'));

  const ports = listSerialPorts({ sysClassTty: sys, dev, byId });
  assert.equal(ports.map((p) => p.path), [join(dev, 'ttyS0'), join(dev, 'ttyUSB0')], 'the 8250 port without hardware and virtual consoles are left out');
  const usbPort = ports[1]!;
  assert.equal(usbPort, {
    path: join(dev, 'ttyUSB0'),
    byId: [join(byId, 'usb-FTDI_FT232R_USB_UART_A10K3XYZ-if00-port0')],
    driver: 'ftdi_sio',
    vendorId: '0403',
    productId: '6001',
    manufacturer: 'FTDI',
    product: 'FT232R USB UART',
    serialNumber: 'A10K3XYZ',
  });
  const text = formatPorts([usbPort]);
  assert.match(text, /usb +0403:6001 +FTDI FT232R USB UART/);
  assert.match(text, /serial +A10K3XYZ/);
  assert.match(text, /by-id +.*usb-FTDI_FT232R_USB_UART_A10K3XYZ-if00-port0/);
  assert.match(formatPorts([]), /no serial ports found/);
});

test('probe serial sends, then shows what arrives in hex and ASCII', async () => {
  const pair = await ptyPair(tempDir());
  try {
    const running = runCli(['probe', 'serial', pair.a, '--baud', '115200', '--seconds', '1.5', '--send', 'AT\\r']);
    const device = openSync(pair.b, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
    try {
      const buffer = Buffer.alloc(16);
      const sent = await waitFor('the probe to send', () => {
        try {
          const n = readSync(device, buffer, 0, buffer.length, null);
          return n > 0 ? buffer.subarray(0, n).toString('latin1') : undefined;
        } catch {
          return undefined; // EAGAIN: nothing yet
        }
      });
      assert.is(sent, 'AT\r');
      writeSync(device, '$GPGGA,1*5A\r\n');
    } finally {
      closeSync(device);
    }
    const result = await running;
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /24 47 50 47 47 41 2c 31 2a 35 41 0d 0a +\$GPGGA,1\*5A\.\./);
    assert.match(result.stderr, /listening on .*tty-a at 115200 8N1/);
    assert.match(result.stderr, /13 bytes in/);
  } finally {
    await pair.stop();
  }
});

test('probe serial exits 1 when the port is silent, missing or busy', async () => {
  const pair = await ptyPair(tempDir());
  const holder = new SerialLink({ path: pair.a, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 1000, max: 1000 } });
  try {
    const silent = await runCli(['probe', 'serial', pair.a, '--seconds', '0.3']);
    assert.is(silent.code, 1);
    assert.match(silent.stderr, /silent: no bytes in 0\.\d s/);
    const missing = await runCli(['probe', 'serial', '/dev/ttyUSB97']);
    assert.is(missing.code, 1);
    assert.match(missing.stderr, /serial port \/dev\/ttyUSB97: no such device/);
    await holder.start();
    const busy = await runCli(['probe', 'serial', pair.a, '--seconds', '0.3']);
    assert.is(busy.code, 1);
    assert.match(busy.stderr, /busy: another process holds it open; see who with `fuser -v/);
    const usage = await runCli(['probe', 'serial', pair.a, '--parity', 'purple']);
    assert.is(usage.code, 2);
  } finally {
    await holder.stop();
    await pair.stop();
  }
});

test.run();
