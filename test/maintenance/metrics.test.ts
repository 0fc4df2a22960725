import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startModbusPeer, pymodbusMissing } from '../modbus/peer.js';
import { freePort, waitFor, waitForPort } from '../support/net.js';
import { DEBIAN_PYTHON, startPeer } from '../support/process.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const parser = fileURLToPath(new URL('./peers/parse_metrics.py', import.meta.url));
const parserMissing = spawnSync(DEBIAN_PYTHON, ['-c', 'import prometheus_client'], { stdio: 'ignore' }).status === 0 ? undefined : 'python3-prometheus-client is missing: apt-get install python3-prometheus-client';

interface Sample {
  family: string;
  type: string;
  name: string;
  labels: Record<string, string>;
  /** "NaN" where the text said NaN (see peers/parse_metrics.py). */
  value: number | 'NaN';
}

/** Parsed by Prometheus's own Python client: what a real scraper reads. */
function parse(text: string): Sample[] {
  const result = spawnSync(DEBIAN_PYTHON, [parser], { input: text, encoding: 'utf8' });
  assert.is(result.status, 0, `the scrape does not parse: ${result.stderr}`);
  return JSON.parse(result.stdout) as Sample[];
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined => {
  const found = samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))?.value;
  return found === 'NaN' ? Number.NaN : found;
};

testUnless(test, pymodbusMissing ?? parserMissing, 'GET /metrics: Prometheus text a real parser reads, with records, outbox, link, component, device and process figures', async () => {
  const modbus = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1250] } });
  const dir = tempDir('metrics');
  const port = await freePort();
  const token = 'a-long-enough-metrics-token';
  const config = join(dir, 'post.yaml');
  writeFileSync(
    config,
    `post: { id: metrics-01 }
buses:
  power: { type: modbus-tcp, host: '127.0.0.1:${modbus.where}', timeout: 300ms }
sensors:
  charger:
    type: modbus-device
    bus: power
    unit: 1
    interval: 200ms
    batch: 1
    points:
      - { name: battery_voltage, table: holding, address: 0, type: uint16 }
  ghost:
    type: modbus-device
    bus: power
    unit: 9
    interval: 200ms
    points:
      - { name: nothing, table: holding, address: 500, type: uint16 }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }
diagnostics: { listen: '127.0.0.1:${port}', token: ${token} }
`,
  );
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config]);
  try {
    await waitForPort(port, '127.0.0.1', 30_000);
    const scrape = async (): Promise<Sample[]> => {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      assert.is(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
      return parse(await response.text());
    };
    const samples = await waitFor('readings counted and a poll error of the absent unit', async () => {
      const seen = await scrape();
      return (value(seen, 'outpost_records_total', { class: 'status' }) ?? 0) > 2 && (value(seen, 'outpost_device_poll_errors', { component: 'sensor:ghost' }) ?? 0) > 0 ? seen : undefined;
    }, 30_000);
    assert.ok((value(samples, 'outpost_outbox_records', { class: 'status' }) ?? 0) > 0, 'records wait: no broker');
    assert.is(value(samples, 'outpost_link_connected'), 0);
    assert.is(value(samples, 'outpost_component_status', { component: 'sensor:charger', status: 'ok' }), 1);
    assert.is(value(samples, 'outpost_component_status', { component: 'sensor:ghost', status: 'fault' }), 1);
    assert.ok((value(samples, 'outpost_device_poll_timeouts', { component: 'sensor:ghost' }) ?? 0) > 0);
    assert.ok(value(samples, 'outpost_outbox_dropped_total', { reason: 'evicted' }) !== undefined);
    assert.ok((value(samples, 'process_resident_memory_bytes') ?? 0) > 1_000_000, 'RSS');
    assert.ok(value(samples, 'nodejs_eventloop_lag_seconds') !== undefined, 'event-loop lag');
    assert.ok(samples.some((sample) => sample.family === 'outpost_link_rtt_seconds' && sample.type === 'gauge'));

    const denied = await fetch(`http://127.0.0.1:${port}/metrics`);
    assert.is(denied.status, 401, 'the token guards /metrics too');
    agent.child.kill('SIGTERM');
    assert.is(await agent.exited, 0, agent.output());
  } finally {
    await agent.stop();
    await modbus.stop();
  }
});

test.run();
