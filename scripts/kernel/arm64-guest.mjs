// Runs inside the arm64 guest (npm run test:kernel:arm64), with that Debian's own Node, as root: installs the
// arm64 .deb as a crew would (dpkg -i, after Debian's gpiod), checks `outpost --version`, then runs `outpost diag`
// on a post with a SocketCAN bus on vcan0 (a CAN device whose frames this script sends) and a GPIO bus on a gpio-sim
// chip (a beam pair on two named lines), with an MQTT broker on loopback (aedes, from the installed package).
// Prints one `ok`/`not ok` line per check and the usual `N passed, N failed` line.
//   node arm64-guest.mjs PAYLOAD_DIR   (PAYLOAD_DIR holds outpost_*_arm64.deb and the gpiod .debs)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const payload = process.argv[2] ?? '/run/payload';
const RELEASE = '/usr/lib/outpost/current';
const GPIO_SIM = '/sys/kernel/config/gpio-sim';
/** The CAN frame the device sends: id 0x123, a little-endian uint16 of 1234 in its first two bytes, i.e. 12.34 V. */
const FRAME_ID = 0x123;
const FRAME_DATA = Buffer.from([0xd2, 0x04, 0, 0, 0, 0, 0, 0]);
let passed = 0;
let failed = 0;

function report(name, error) {
  if (error === undefined) {
    passed += 1;
    console.log(`ok - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok - ${name}: ${String(error instanceof Error ? error.message : error).trim().split('\n').join('\n    ')}`);
  }
}

/** Runs one check; a check that throws fails with its message. Returns what the check returned. */
async function check(name, body) {
  const begun = Date.now();
  try {
    const value = await body();
    report(`${name} (${((Date.now() - begun) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    report(name, error);
    return undefined;
  }
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000, ...options });
  if (result.error !== undefined) throw result.error;
  return result;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A gpio-sim chip made through configfs: a real /dev/gpiochipN whose lines carry these names; `pull(offset, up)`
 * drives an input line from outside, as a beam receiver would.
 */
function simChip(label, names) {
  const dir = join(GPIO_SIM, label);
  const bank = join(dir, 'bank0');
  mkdirSync(bank, { recursive: true });
  writeFileSync(join(bank, 'label'), label);
  writeFileSync(join(bank, 'num_lines'), String(names.length));
  names.forEach((name, offset) => {
    mkdirSync(join(bank, `line${offset}`));
    writeFileSync(join(bank, `line${offset}`, 'name'), name);
  });
  writeFileSync(join(dir, 'live'), '1');
  const name = readFileSync(join(bank, 'chip_name'), 'utf8').trim();
  const attributes = join('/sys/devices/platform', readFileSync(join(dir, 'dev_name'), 'utf8').trim(), name);
  const pull = (offset, up) => writeFileSync(join(attributes, `sim_gpio${offset}`, 'pull'), up ? 'pull-up' : 'pull-down');
  return { name, pull };
}

/**
 * Someone walks through the beam pair every 2 s: a (offset 0) breaks, b 200 ms later, each for 400 ms (the receivers
 * pull low when broken). Returns a stop function.
 */
function walkers(chip) {
  const timers = new Set();
  const at = (ms, action) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };
  const pass = () => {
    at(0, () => chip.pull(0, false));
    at(200, () => chip.pull(1, false));
    at(400, () => chip.pull(0, true));
    at(600, () => chip.pull(1, true));
  };
  const every = setInterval(pass, 2000);
  return () => {
    clearInterval(every);
    for (const timer of timers) clearTimeout(timer);
  };
}

/** Runs an outpost command without blocking this process (it serves the broker and sends the CAN frames meanwhile). */
function outpost(args) {
  return new Promise((resolve) => {
    const child = spawn('outpost', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function postConfig(brokerPort) {
  return `post:
  id: arm64-guest
  name: arm64 kernel guest
buses:
  can:
    type: socketcan
    interface: vcan0
  gpio:
    type: gpio
    chip: outpost-beams
sensors:
  mast:
    type: can-device
    bus: can
    interval: 1s
    signals:
      - { name: battery_voltage, id: ${FRAME_ID}, start_bit: 0, length: 16, scale: 0.01, unit: V }
  track-beams:
    type: beam-pair
    bus: gpio
    beams: { a: GPIO17, b: GPIO27 }
    distance_m: 1.5
    # The walkers below break a then b 0.2 s apart every 2 s. The agent starts under emulation at no
    # set point of that cycle: started while a is already broken, it sees b break and the next a 1.8 s
    # later, which the default 3 s window pairs as a slow passage outwards. 1 s keeps the pairs apart.
    pair_window: 1s
outbox:
  path: /var/lib/outpost/outbox.db
uplink:
  broker: mqtt://127.0.0.1:${brokerPort}
`;
}

const debs = readdirSync(payload).filter((name) => name.endsWith('.deb'));
const outpostDeb = debs.find((name) => name.startsWith('outpost_'));
const toolDebs = debs.filter((name) => name !== outpostDeb);

await check(`dpkg -i installs Debian's gpiod (${toolDebs.join(', ')})`, () => {
  const result = sh('dpkg', ['-i', ...toolDebs.map((name) => join(payload, name))]);
  expect(result.status === 0, `dpkg -i exited ${result.status}:\n${result.stdout}${result.stderr}`);
});

const installed = await check(`dpkg -i installs ${outpostDeb}`, () => {
  expect(outpostDeb !== undefined, `no outpost_*.deb in ${payload}`);
  const result = sh('dpkg', ['-i', join(payload, outpostDeb)]);
  expect(result.status === 0 && /Setting up outpost/.test(result.stdout), `dpkg -i exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return true;
});

await check('outpost --version prints the package version', () => {
  const version = sh('dpkg-query', ['-W', '-f=${Version}', 'outpost']).stdout.trim();
  const result = sh('outpost', ['--version']);
  expect(result.status === 0 && result.stdout.trim() === version, `expected ${version}, got exit ${result.status}: ${result.stdout}${result.stderr}`);
});

await check('vcan0 is up (vcan and can-raw from the image)', () => {
  expect(readFileSync('/sys/class/net/vcan0/type', 'utf8').trim() === '280', '/sys/class/net/vcan0 is not a CAN interface (ARPHRD_CAN 280)');
  expect((Number.parseInt(readFileSync('/sys/class/net/vcan0/flags', 'utf8'), 16) & 1) === 1, 'vcan0 is down');
});

const chip = await check('a gpio-sim chip with lines GPIO17 and GPIO27 (cross-built gpio-sim.ko)', () => {
  const made = simChip('outpost-beams', ['GPIO17', 'GPIO27']);
  // Both beams intact: receivers hold their lines high.
  made.pull(0, true);
  made.pull(1, true);
  const info = sh('gpioinfo', ['-c', made.name]);
  expect(info.status === 0 && /"GPIO17"/.test(info.stdout) && /"GPIO27"/.test(info.stdout), `gpioinfo -c ${made.name} did not list the named lines: ${info.stdout}${info.stderr}`);
  return made;
});

if (installed === true && chip !== undefined) {
  const packaged = createRequire(join(RELEASE, 'package.json'));
  const { Aedes } = await import(pathToFileURL(packaged.resolve('aedes')).href);
  const broker = await Aedes.createBroker();
  const server = createServer(broker.handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The device on the bus: the package's own socketcan addon (built for arm64 and this Node's ABI) sends its frame.
  const socketcan = packaged('socketcan');
  const channel = socketcan.createRawChannel('vcan0');
  channel.start();
  const sender = setInterval(() => channel.send({ id: FRAME_ID, ext: false, rtr: false, data: FRAME_DATA }), 100);
  try {
    const config = '/etc/outpost/arm64-guest.yaml';
    writeFileSync(config, postConfig(server.address().port));
    const diag = await check('outpost diag --json exits 0 (every part passed)', async () => {
      const { status, stdout, stderr } = await outpost(['diag', '--config', config, '--json', '--wait', '15s']);
      console.log(stdout.trim().split('\n').map((line) => `# ${line}`).join('\n'));
      expect(status === 0, `exit ${status}: ${stderr}`);
      return JSON.parse(stdout);
    });
    const part = (name) => diag?.checks.find((entry) => entry.part === name);
    const wants = [
      ['bus:can', /opens/],
      ['sensor:mast', /answers/],
      ['bus:gpio', /opens/],
      ['sensor:track-beams', /ready/],
      ['broker', /accepted an MQTT connection/],
    ];
    for (const [name, detail] of wants) {
      await check(`diag: ${name} passes`, () => {
        const found = part(name);
        expect(found?.result === 'pass' && detail.test(found.detail), `expected a pass matching ${detail}, got ${JSON.stringify(found)}`);
      });
    }
    const stopWalkers = walkers(chip);
    const once = await check('outpost run --once --json exits 0', async () => {
      const { status, stdout, stderr } = await outpost(['run', '--once', '--config', config, '--json', '--wait', '20s']).finally(stopWalkers);
      expect(status === 0, `exit ${status}: ${stderr}`);
      return JSON.parse(stdout);
    });
    const records = once?.records ?? [];
    console.log(`# run --once records: ${JSON.stringify(records)}`);
    await check('run --once: the CAN frame decodes to battery_voltage 12.34 V (socketcan addon, arm64)', () => {
      // Under emulation the sensor's first tick can come before the first frame reaches it: that
      // reading is faulted (no frame yet), as on a post. Every reading that has a value must be
      // the frame's, and at least one must have it.
      const readings = records.filter((entry) => entry.sensor === 'mast').map((entry) => entry.record.reading);
      const valued = readings.filter((reading) => reading?.samples?.[0]?.faulted === undefined);
      const decoded = (reading) => reading?.channels?.[0]?.name === 'battery_voltage' && Math.abs(reading?.samples?.[0]?.values?.[0] - 12.34) < 1e-9;
      expect(valued.length > 0 && valued.every(decoded), `expected battery_voltage 12.34 in every reading with a value, got ${JSON.stringify(readings)}`);
    });
    await check('run --once: the beam pair reports a passage, a then b (gpiomon edges from the kernel)', () => {
      const detection = records.find((entry) => entry.sensor === 'track-beams')?.record.detection;
      const ok = detection?.direction === 'DIRECTION_IN' && detection.beam?.firstBeam === 'a' && detection.beam.bothBeams === true;
      expect(ok, `expected a passage inwards, beam a first, both beams broken; got ${JSON.stringify(detection)}`);
    });
  } finally {
    clearInterval(sender);
    channel.stop();
    await new Promise((resolve) => broker.close(resolve));
    server.close();
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
