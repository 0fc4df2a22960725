/**
 * The whole agent on the side-by-side job (issue 13): `outpost run` polls ten Modbus TCP devices
 * x twenty holding registers at 1 Hz, keeps every reading in its outbox on disk and uplinks it
 * through Mosquitto to `outpost centre`, which acks. Measured from outside, on /proc, as a
 * technician would: CPU and RSS of the agent process, bytes its outbox wrote, records the centre
 * stored and how long after the poll it stored them.
 *
 *   npm run bench:agent [-- --seconds 60 --warm 20 --bin OTHER/bin/outpost.js --readings-sync normal --staging-journal false]
 *   (after npm run build; needs mosquitto). --readings-sync and --staging-journal set outbox.readings_sync and
 *   outbox.staging_journal (left out, the defaults).
 *
 * The devices are bench/poll.ts's servers (a child process). Prints `name: value unit` lines.
 *
 *   npm run bench:agent -- --floor [--seconds 60 --warm 20 --bin ...]
 *
 * also runs bench/io-floor.ts beside the agent, on the same devices and broker, and measures it in
 * the same window: the same system calls by the least JavaScript Node allows (a yardstick of what
 * Node itself costs on this machine, which moves with the machine as much as the agent does).
 *
 *   npm run bench:agent -- --idle [--seconds 60 --warm 20 --bin ...]
 *
 * measures an idle post instead: the same config, but no device answers (nothing listens on
 * their ports) and the broker is down; prints the agent's CPU (/proc/PID/stat ticks of 10 ms, and
 * /proc/PID/task/* /schedstat in ns: all threads, and the main thread alone), the main thread's
 * wake-ups (voluntary context switches) and bytes written.
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../kernel/sqlite.js';
import { freePort, waitForPort } from '../test/support/net.js';

const DEVICES = 10;
const REGISTERS = 20;
const DAY_S = 86_400;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!(value > 0)) {
    console.error(`${name}: expected a positive number of seconds, found "${process.argv[at + 1]}"`);
    process.exit(2);
  }
  return value;
}

/** outbox keys from `--readings-sync full|normal` and `--staging-journal true|false` (left out: the defaults). */
function outboxKeysFromArgs(): string[] {
  const keys: string[] = [];
  for (const [flag, key] of [['--readings-sync', 'readings_sync'], ['--staging-journal', 'staging_journal']] as const) {
    const at = process.argv.indexOf(flag);
    if (at >= 0) keys.push(`${key}: ${process.argv[at + 1]}`);
  }
  return keys;
}

/** The same post config as ../shared/bench/side-by-side/outpost-post.py, on the given ports. */
function postConfig(ports: readonly number[], outbox: string, brokerPort: number, outboxKeys: readonly string[]): string {
  const out = ['post:', '  id: bench-01', '  name: Agent bench', 'buses:'];
  ports.forEach((port, i) => out.push(`  dev${i}:`, '    type: modbus-tcp', `    host: 127.0.0.1:${port}`, '    timeout: 1s'));
  out.push('sensors:');
  for (let i = 0; i < ports.length; i++) {
    out.push(`  meter${i}:`, '    type: modbus-device', `    bus: dev${i}`, '    unit: 1', '    interval: 1s', '    points:');
    for (let r = 0; r < REGISTERS; r++) out.push(`      - { name: r${r}, table: holding, address: ${r}, type: uint16 }`);
  }
  out.push('outbox:', `  path: ${outbox}`, ...outboxKeys.map((key) => `  ${key}`), 'uplink:', `  broker: mqtt://127.0.0.1:${brokerPort}`, 'health:', '  interval: 60s');
  return out.join('\n') + '\n';
}

const ticksPerSecond = 100; // USER_HZ on Linux
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
/** ns the process's main thread spent on a CPU (schedstat's first field): finer than stat's 10 ms ticks. */
function onCpuNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}
/** ns all of the process's threads spent on a CPU (libuv's pool, V8's GC helpers). */
function onCpuNsAllThreads(pid: number): number {
  return readdirSync(`/proc/${pid}/task`).reduce((sum, tid) => {
    try {
      return sum + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      return sum; // a thread that ended between the listing and the read
    }
  }, 0);
}
/** The main thread's voluntary context switches: how often it went to sleep, about its wake-ups. */
function wakeups(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('voluntary_ctxt_switches:')) ?? '';
  return Number(line.split(/\s+/)[1]);
}
/** Resident memory in MB from one read of /proc/PID/status: all (VmRSS), anonymous (RssAnon: heaps, stacks), file-backed (RssFile: code, mapped files). */
function residentMb(pid: number): { all: number; anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]) / 1024;
  return { all: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile') };
}
function rssMb(pid: number): number {
  return residentMb(pid).all;
}
function writeBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/io`, 'utf8').split('\n').find((l) => l.startsWith('write_bytes:')) ?? '';
  return Number(line.split(/\s+/)[1]);
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function binPath(): string {
  // --bin another checkout's bin/outpost.js: two builds measured side by side in the same run.
  const binAt = process.argv.indexOf('--bin');
  return binAt >= 0 ? String(process.argv[binAt + 1]) : fileURLToPath(new URL('../bin/outpost.js', import.meta.url));
}

/** Devices refusing and the broker down: what the agent costs while it has nothing to do. */
async function idle(seconds: number, warm: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-idle-'));
  // Ports taken from the OS and released: nothing listens on them, so every connect is refused.
  const ports = await Promise.all(Array.from({ length: DEVICES }, () => freePort()));
  writeFileSync(join(dir, 'post.yaml'), postConfig(ports, join(dir, 'outbox.db'), await freePort(), []));
  const nodeArgs = process.env['OUTPOST_BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const agent = spawn(process.execPath, [...nodeArgs, binPath(), 'run', '--config', join(dir, 'post.yaml')], { stdio: ['ignore', 'ignore', 'ignore'], cwd: dir });
  const pid = agent.pid as number;
  try {
    await sleep(warm * 1000);
    if (agent.exitCode !== null) throw new Error(`the agent exited with ${agent.exitCode} during the warm-up`);
    const cpu0 = cpuSeconds(pid);
    const ns0 = onCpuNsAllThreads(pid);
    const main0 = onCpuNs(pid);
    const wake0 = wakeups(pid);
    const io0 = writeBytes(pid);
    const t0 = Date.now();
    await sleep(seconds * 1000);
    const wallS = (Date.now() - t0) / 1000;
    console.log(`window: ${wallS.toFixed(1)} s`);
    console.log(`idle_agent_cpu_percent_of_one_core: ${((100 * (cpuSeconds(pid) - cpu0)) / wallS).toFixed(3)} %`);
    console.log(`idle_agent_cpu_schedstat_percent_of_one_core: ${((100 * (onCpuNsAllThreads(pid) - ns0)) / 1e9 / wallS).toFixed(4)} %`);
    console.log(`idle_agent_main_thread_schedstat_percent_of_one_core: ${((100 * (onCpuNs(pid) - main0)) / 1e9 / wallS).toFixed(4)} %`);
    console.log(`idle_agent_main_thread_wakeups_per_minute: ${((60 * (wakeups(pid) - wake0)) / wallS).toFixed(0)} /min`);
    console.log(`idle_agent_write_bytes_per_second: ${((writeBytes(pid) - io0) / wallS).toFixed(0)} B/s`);
    console.log(`idle_agent_rss: ${rssMb(pid).toFixed(1)} MB`);
  } finally {
    await stopped([agent]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Stops the children and waits for them to exit (SIGKILL after 10 s): an agent still closing its
 * outbox when the folder is removed can make its files again and leave the folder behind.
 */
async function stopped(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    }),
  );
}

async function main(): Promise<void> {
  const seconds = option('--seconds', 60);
  const warm = option('--warm', 20);
  if (process.argv.includes('--idle')) return idle(seconds, warm);
  const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-agent-'));
  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill());
  process.on('exit', stopAll);
  try {
    const devices = fork(fileURLToPath(new URL('./poll.ts', import.meta.url)), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(devices);
    const ports = await new Promise<number[]>((resolve, reject) => {
      devices.once('message', (message) => resolve((message as { ports: number[] }).ports));
      devices.once('exit', (code) => reject(new Error(`device servers exited with ${code}`)));
    });
    const brokerPort = await freePort();
    writeFileSync(join(dir, 'mosquitto.conf'), `listener ${brokerPort} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
    const broker = spawn('mosquitto', ['-c', join(dir, 'mosquitto.conf')], { stdio: 'ignore' });
    children.push(broker);
    broker.once('error', (error) => {
      console.error(`mosquitto could not start (${error.message}): install it (apt-get install mosquitto)`);
      process.exit(1);
    });
    await waitForPort(brokerPort);
    const bin = binPath();
    const centreDb = join(dir, 'centre.db');
    const httpPort = await freePort();
    const centre = spawn(process.execPath, [bin, 'centre', '--broker', `mqtt://127.0.0.1:${brokerPort}`, '--db', centreDb, '--http', `127.0.0.1:${httpPort}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(centre);
    await waitForPort(httpPort);
    const outbox = join(dir, 'outbox.db');
    writeFileSync(join(dir, 'post.yaml'), postConfig(ports, outbox, brokerPort, outboxKeysFromArgs()));
    const agentArgs = [...(process.env['OUTPOST_BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? []), bin, 'run', '--config', join(dir, 'post.yaml')];
    const startedMs = Date.now();
    const agent = spawn(process.execPath, agentArgs, { stdio: ['ignore', 'ignore', 'inherit'], cwd: dir });
    children.push(agent);
    const pid = agent.pid as number;
    const store = openDatabase(centreDb, { readonly: true, fileMustExist: true });
    const stored = (fromMs: number, toMs: number) =>
      store.prepare(`SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM records WHERE kind = 'reading' AND received_unix_ms >= ? AND received_unix_ms < ?`).get(fromMs, toMs) as { n: number; bytes: number };
    // RSS right after start: once the agent's first reading is stored at the centre.
    let rssAtStart = Number.NaN;
    for (let i = 0; i < 300 && Number.isNaN(rssAtStart); i++) {
      await sleep(100);
      if (stored(0, Number.MAX_SAFE_INTEGER).n > 0) rssAtStart = rssMb(pid);
    }
    if (Number.isNaN(rssAtStart)) throw new Error('the centre stored no reading within 30 s of the agent starting: is the agent running? (its stderr is above)');
    const firstStoredS = (Date.now() - startedMs) / 1000;
    let floor: ChildProcess | undefined;
    if (process.argv.includes('--floor')) {
      const floorArgs = ['--import', 'tsx', fileURLToPath(new URL('./io-floor.ts', import.meta.url)), '--devices', ports.join(','), '--broker', String(brokerPort), '--file', join(dir, 'floor.dat')];
      floor = spawn(process.execPath, floorArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(floor);
    }
    await sleep(warm * 1000);
    if (floor !== undefined && floor.exitCode !== null) throw new Error(`the I/O floor exited with ${floor.exitCode} during the warm-up (its stderr is above)`);
    const floorCpu0 = floor === undefined ? 0 : cpuSeconds(floor.pid as number);
    const cpu0 = cpuSeconds(pid);
    const ns0 = onCpuNsAllThreads(pid);
    const io0 = writeBytes(pid);
    const t0 = Date.now();
    await sleep(seconds * 1000);
    const t1 = Date.now();
    const cpu1 = cpuSeconds(pid);
    const floorCpu1 = floor === undefined ? 0 : cpuSeconds(floor.pid as number);
    const ns1 = onCpuNsAllThreads(pid);
    const io1 = writeBytes(pid);
    const resident = residentMb(pid);
    // Let what was polled inside the window reach the centre before counting it.
    await sleep(3000);
    const window = stored(t0, t1);
    const latencies = (store.prepare(`SELECT received_unix_ms - time_unix_ms AS ms FROM records WHERE kind = 'reading' AND time_unix_ms >= ? AND time_unix_ms < ?`).all(t0, t1) as { ms: number }[])
      .map((row) => row.ms)
      .sort((a, b) => a - b);
    const polled = (store.prepare(`SELECT count(*) AS n FROM records WHERE kind = 'reading' AND time_unix_ms >= ? AND time_unix_ms < ?`).get(t0, t1) as { n: number }).n;
    store.close();
    const wallS = (t1 - t0) / 1000;
    const written = io1 - io0;
    console.log(`devices: ${DEVICES} count`);
    console.log(`registers_per_device: ${REGISTERS} count`);
    console.log(`window: ${wallS.toFixed(1)} s`);
    console.log(`agent_cpu_percent_of_one_core: ${((100 * (cpu1 - cpu0)) / wallS).toFixed(2)} %`);
    // The same from schedstat (ns, all threads): finer than stat's 10 ms ticks, so same-run pairs differ by less noise.
    console.log(`agent_cpu_schedstat_percent_of_one_core: ${((100 * (ns1 - ns0)) / 1e9 / wallS).toFixed(3)} %`);
    if (floor !== undefined) {
      const floorCpuS = floorCpu1 - floorCpu0;
      console.log(`io_floor_cpu_percent_of_one_core: ${((100 * floorCpuS) / wallS).toFixed(2)} %`);
      console.log(`agent_to_io_floor_cpu: ${floorCpuS > 0 ? ((cpu1 - cpu0) / floorCpuS).toFixed(2) : 'n/a'} x`);
    }
    console.log(`agent_rss_after_first_record: ${rssAtStart.toFixed(1)} MB`);
    console.log(`agent_rss_steady: ${resident.all.toFixed(1)} MB`);
    console.log(`agent_rss_anon_steady: ${resident.anon.toFixed(1)} MB`);
    console.log(`agent_rss_file_steady: ${resident.file.toFixed(1)} MB`);
    console.log(`first_record_stored_after_start: ${firstStoredS.toFixed(1)} s`);
    console.log(`records_stored_per_second: ${(window.n / wallS).toFixed(1)} records/s`);
    console.log(`readings_polled_in_window_stored: ${polled} count`);
    console.log(`expected_readings_in_window: ${Math.round(DEVICES * wallS)} count`);
    console.log(`poll_to_stored_p50: ${quantile(latencies, 0.5)} ms`);
    console.log(`poll_to_stored_p99: ${quantile(latencies, 0.99)} ms`);
    console.log(`outbox_write_bytes_per_day: ${((written / wallS) * DAY_S / 1e6).toFixed(1)} MB`);
    console.log(`outbox_write_bytes_per_payload_byte: ${window.bytes > 0 ? (written / window.bytes).toFixed(2) : 'n/a'} ratio`);
  } finally {
    await stopped(children);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
