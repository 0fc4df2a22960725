/**
 * CPU of one Modbus TCP exchange (a 20-register read) on the agent's own line and link code,
 * in a loop of back-to-back reads against a bare device server in a child process.
 *
 *   npm run build && npm run bench:modbus-exchange -- [--root OTHER] [--reads 10000]
 *   (= node --no-opt --no-maglev --import tsx bench/modbus-exchange.ts ...)
 *
 * `--root` another built checkout (its dist/ is loaded): two builds compared in the same run.
 * `--no-opt --no-maglev` keeps the code as `outpost run` mostly runs it on a post (interpreted or
 * Sparkplug: a line polled once a second never gets hot enough to optimise); without them the
 * loop itself gets optimised and measures something no post runs. Prints `name: value unit`.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? String(process.argv[at + 1]) : fallback;
}

/** The device: answers every read of holding registers at once (no library, so its own cost stays small and out of the measured process). */
function serve(): void {
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    socket.on('data', (request: Buffer) => {
      const count = request.readUInt16BE(10);
      const answer = Buffer.alloc(9 + count * 2);
      request.copy(answer, 0, 0, 2);
      answer.writeUInt16BE(3 + count * 2, 4);
      answer[6] = request[6] as number;
      answer[7] = 3;
      answer[8] = count * 2;
      for (let i = 0; i < count; i++) answer.writeUInt16BE(i * 7, 9 + i * 2);
      socket.write(answer);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as { port: number }).port));
}

async function main(): Promise<void> {
  const root = resolve(option('--root', fileURLToPath(new URL('..', import.meta.url))));
  const reads = Number(option('--reads', '10000'));
  const { ModbusLine } = (await import(`${root}/dist/drivers/modbus/line.js`)) as typeof import('../drivers/modbus/line.js');
  const { SerialLink } = (await import(`${root}/dist/drivers/serial/link.js`)) as typeof import('../drivers/serial/link.js');
  const { tcpCodec } = (await import(`${root}/dist/drivers/modbus/adu.js`)) as typeof import('../drivers/modbus/adu.js');
  const device = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'] });
  try {
    const port = await new Promise<number>((done) => device.once('message', (message) => done(Number(message))));
    const link = new SerialLink({ path: `tcp://127.0.0.1:${port}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
    const line = new ModbusLine({ name: 'bus:bench', link, codec: tcpCodec(), timeoutMs: 1000, retries: 0 });
    await line.start();
    while (!line.linkOpen) await new Promise((done) => setTimeout(done, 10));
    for (let i = 0; i < 1000; i++) await line.read(1, 'holding', 0, 20);
    const before = process.cpuUsage();
    const startedMs = performance.now();
    for (let i = 0; i < reads; i++) await line.read(1, 'holding', 0, 20);
    const cpu = process.cpuUsage(before);
    const wallMs = performance.now() - startedMs;
    await line.stop();
    console.log(`root: ${root}`);
    console.log(`exchanges: ${reads} count`);
    console.log(`cpu_per_exchange: ${((cpu.user + cpu.system) / reads).toFixed(1)} us`);
    console.log(`user_cpu_per_exchange: ${(cpu.user / reads).toFixed(1)} us`);
    console.log(`system_cpu_per_exchange: ${(cpu.system / reads).toFixed(1)} us`);
    console.log(`wall_per_exchange: ${((1000 * wallMs) / reads).toFixed(0)} us`);
  } finally {
    device.kill();
  }
}

if (process.argv.includes('--serve')) serve();
else await main();
