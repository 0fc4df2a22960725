/**
 * Modbus polling cost: ten Modbus TCP devices with twenty points each, polled at 1 Hz by the
 * agent's own line and sensor code, for a minute (or --seconds N). The devices run in a child
 * process (modbus-serial's ServerTCP) so that only the agent's work is measured here.
 *
 *   npx tsx bench/poll.ts [--seconds 60]
 *
 * Prints `name: value unit` lines. Goal (issue 5): under 1% of one core and under 80 MB RSS.
 * Under tsx the loader itself holds ~35 MB and uses ~0.6% of a core while idle; for the figures
 * a post would see, compile first (as the agent runs in production):
 *   npx tsc --ignoreConfig bench/poll.ts --outDir /tmp/ob --rootDir . --module nodenext --target es2022 --skipLibCheck --esModuleInterop --types node
 *   mkdir -p /tmp/ob/proto && cp -r proto/gen /tmp/ob/proto/ && ln -s "$PWD/node_modules" /tmp/ob/ && cp package.json /tmp/ob/ && node /tmp/ob/bench/poll.js
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { v1 } from '../wire/index.js';
import { silentLogger } from '../kernel/logger.js';
import { modbusDeviceSchema } from '../agent/sensors/modbus-device/config.js';
import { ModbusDeviceSensor } from '../agent/sensors/modbus-device/sensor.js';
import { tcpCodec } from '../drivers/modbus/adu.js';
import { ModbusLine } from '../drivers/modbus/line.js';
import { SerialLink } from '../drivers/serial/link.js';

const DEVICES = 10;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function serve(): Promise<void> {
  // Loaded here only: the devices' server library must not weigh on the measured process.
  const { default: ModbusRTU } = await import('modbus-serial');
  const servers: InstanceType<typeof ModbusRTU.ServerTCP>[] = [];
  const ports: number[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const server = new ModbusRTU.ServerTCP(
      {
        getHoldingRegister: (address: number) => (address * 7 + Math.floor(Date.now() / 1000)) & 0xffff,
        getInputRegister: (address: number) => address,
        getCoil: () => false,
        getDiscreteInput: () => false,
      },
      { host: '127.0.0.1', port: await freePort(), unitID: 1 },
    );
    // ServerTCP cannot listen on port 0 (it takes 0 as "use 502"), hence freePort.
    const port = await new Promise<number>((resolve, reject) => {
      server.once('initialized', () => resolve((server as unknown as { _server: { address(): { port: number } } })._server.address().port));
      server.once('serverError', (error: unknown) => reject(error));
    });
    servers.push(server);
    ports.push(port);
  }
  process.send?.({ ports });
  process.on('disconnect', () => process.exit(0));
}

/** Twenty points: twelve in one block (one request) and eight further up (a second request). */
function points(): unknown[] {
  const list: unknown[] = [];
  for (let i = 0; i < 6; i++) list.push({ name: `u${i}`, table: 'holding', address: i, type: 'uint16', scale: 0.1 });
  for (let i = 0; i < 6; i++) list.push({ name: `f${i}`, table: 'holding', address: 6 + i * 2, type: 'float32', word_order: 'little' });
  for (let i = 0; i < 8; i++) list.push({ name: `i${i}`, table: 'holding', address: 200 + i * 2, type: 'int32' });
  return list;
}

async function measure(seconds: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise<number[]>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { ports: number[] }).ports));
    child.once('exit', (code) => reject(new Error(`device servers exited with ${code}`)));
  });
  // What the process holds before any device exists: Node, the tsx loader and the imported modules.
  const rssBefore = process.memoryUsage().rss;
  let records = 0;
  const lines: ModbusLine[] = [];
  const sensors: ModbusDeviceSensor[] = [];
  for (const [i, port] of ports.entries()) {
    const link = new SerialLink({ path: `tcp://127.0.0.1:${port}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 1000, max: 10_000 } });
    const line = new ModbusLine({ name: `bus:dev${i}`, link, codec: tcpCodec(), timeoutMs: 1000, retries: 1 });
    lines.push(line);
    const config = modbusDeviceSchema.parse({ type: 'modbus-device', bus: `dev${i}`, unit: 1, interval: '1s', batch: 10, points: points() });
    sensors.push(
      new ModbusDeviceSensor(config, {
        name: `dev${i}`,
        log: silentLogger(),
        sink: { emit: () => (records += 1) },
        time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) },
        line,
      }),
    );
  }
  await Promise.all(lines.map((line) => line.start()));
  await Promise.all(sensors.map((sensor) => sensor.start()));
  // Warm-up: JIT, first connections.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  const requestsStart = lines.reduce((sum, line) => sum + (line.health().counters?.['responses'] ?? 0), 0);
  let rssMax = 0;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 1000);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  clearInterval(sampler);
  rssMax = Math.max(rssMax, process.memoryUsage().rss);
  const cpu = process.cpuUsage(cpuStart);
  const wallS = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const counters = lines.map((line) => line.health().counters ?? {});
  const responses = counters.reduce((sum, c) => sum + (c['responses'] ?? 0), 0) - requestsStart;
  const failures = counters.reduce((sum, c) => sum + (c['timeouts'] ?? 0) + (c['exceptions'] ?? 0) + (c['disconnected'] ?? 0), 0);
  const faulted = sensors.filter((s) => s.health().status !== 'ok').length;
  await Promise.all(sensors.map((sensor) => sensor.stop()));
  await Promise.all(lines.map((line) => line.stop()));
  child.disconnect();
  child.kill();
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`devices: ${DEVICES} count`);
  console.log(`points_per_device: 20 count`);
  console.log(`duration: ${wallS.toFixed(1)} s`);
  console.log(`responses: ${responses} count`);
  console.log(`requests_per_second: ${(responses / wallS).toFixed(1)} req/s`);
  console.log(`failed_requests: ${failures} count`);
  console.log(`devices_not_ok: ${faulted} count`);
  console.log(`records: ${records} count`);
  console.log(`cpu_time: ${cpuS.toFixed(3)} s`);
  console.log(`cpu_share_of_one_core: ${((cpuS / wallS) * 100).toFixed(2)} %`);
  console.log(`rss_max: ${(rssMax / 1024 / 1024).toFixed(1)} MB`);
  console.log(`rss_before_polling: ${(rssBefore / 1024 / 1024).toFixed(1)} MB`);
  console.log(`rss_growth_while_polling: ${((rssMax - rssBefore) / 1024 / 1024).toFixed(1)} MB`);
  console.log(`heap_used_end: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);
}

if (process.argv.includes('--serve')) {
  await serve();
} else {
  const at = process.argv.indexOf('--seconds');
  const seconds = at >= 0 ? Number(process.argv[at + 1]) : 60;
  if (!(seconds > 0)) {
    console.error(`--seconds: expected a positive number, found "${process.argv[at + 1]}"`);
    process.exit(2);
  }
  await measure(seconds);
}
