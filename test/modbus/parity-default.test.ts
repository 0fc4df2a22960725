import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MODBUS_PARITY_DEFAULT, modbusRtuBusSchema } from '../../drivers/modbus/config.js';
import { runCli } from '../support/cli.js';
import { startPeer } from '../support/process.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const readme = (path: string): string => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const test = suite('modbus parity: one default, said once');

test('a modbus-rtu bus without parity gets the default, 8N1', () => {
  const bus = modbusRtuBusSchema.parse({ type: 'modbus-rtu', port: '/dev/ttyUSB0' });
  assert.is(bus.parity, MODBUS_PARITY_DEFAULT);
  assert.is(MODBUS_PARITY_DEFAULT, 'none');
  assert.is(bus.data_bits, 8);
  assert.is(bus.stop_bits, 1);
});

test('scan modbus and probe modbus start from the same parity as the config', async () => {
  for (const command of [['scan', 'modbus'], ['probe', 'modbus']]) {
    const help = await runCli([...command, '--help']);
    assert.match(help.stdout, new RegExp(`--parity <p>.*\\(default: "${MODBUS_PARITY_DEFAULT}"\\)`), help.stdout);
  }
});

test('a scan that finds nobody says which parity it tried and suggests the other usual one', async () => {
  const pair = await ptyPair(tempDir('parity'), 'rs485');
  try {
    // A real outpost process on a line where nothing answers.
    const scan = startPeer(process.execPath, ['--import', 'tsx', main, 'scan', 'modbus', '--port', pair.a, '--bauds', '9600', '--units', '1-2', '--timeout', '30ms']);
    assert.is(await scan.exited, 1, scan.output());
    assert.match(scan.output(), /no unit answered at 9600 baud, parity none, units 1-2/);
    assert.match(scan.output(), /try --parity even \(8E1, the Modbus spec's default\)/);
  } finally {
    await pair.stop();
  }
});

test('README.md and the driver README name the same default and call 8E1 the spec\'s', () => {
  for (const text of [readme('README.md'), readme('drivers/modbus/README.md')]) {
    assert.match(text, /8N1 \(`parity: none`\) unless the config says otherwise/);
    for (const mention of text.match(/[^\n]*8E1[^\n]*/g) ?? []) assert.match(mention, /spec/, `8E1 mentioned without saying it is the spec's default: ${mention}`);
  }
});

test.run();
