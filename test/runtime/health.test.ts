import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { HealthReporter } from '../../agent/runtime/health-reporter.js';
import { readCpuTemperature, readDisk, readMemory } from '../../agent/runtime/vitals.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { tempDir } from '../support/tmp.js';
import { ScriptedComponent } from './fakes.js';

function collect(): { sink: { emit(draft: RecordDraft): void }; drafts: RecordDraft[] } {
  const drafts: RecordDraft[] = [];
  return { sink: { emit: (draft) => drafts.push(draft) }, drafts };
}

const ntp = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) };

test('a health record carries each component, the vitals, outbox depth, link and clock source', () => {
  const modbus = new ScriptedComponent('bus:rs485-a');
  modbus.set('degraded', 'unit 3 silent');
  const { sink, drafts } = collect();
  const reporter = new HealthReporter({
    components: () => [modbus],
    sink,
    time: ntp,
    log: silentLogger(),
    intervalMs: 60_000,
    outboxPath: join(tempDir(), 'not-yet', 'outbox.db'),
    outboxStats: () => ({ storeId: 1n, classes: [{ priority: v1.Priority.PRIORITY_ALARM, records: 3, bytes: 300, oldestAgeS: 12, evicted: 0, expired: 0, compacted: 0 }], records: 3, bytes: 300, enqueued: 3, acked: 0, evicted: 0, expired: 0, compacted: 0, pendingInMemory: 0 }),
    link: () => ({ connected: true, ackRttMs: 120 }),
    position: () => ({ latitudeDeg: 47, longitudeDeg: 12, fixQuality: v1.FixQuality.FIX_QUALITY_CONFIGURED }),
  });
  reporter.report();
  const health = drafts[0] && 'health' in drafts[0] ? drafts[0].health : undefined;
  assert.ok(health);
  assert.is(health.components?.[0]?.name, 'bus:rs485-a');
  assert.is(health.components?.[0]?.state, v1.ComponentState.COMPONENT_STATE_DEGRADED);
  assert.is(health.components?.[0]?.message, 'unit 3 silent');
  assert.equal(health.components?.[0]?.counters, { polls: 0 });
  assert.is(health.vitals?.clockSource, v1.TimeQuality.TIME_QUALITY_NTP);
  assert.is(health.vitals?.outbox?.[0]?.records, 3);
  assert.is(health.vitals?.link?.ackRttMs, 120);
  assert.ok((health.vitals?.diskFreeBytes as number) > 0, 'disk figures come from the nearest existing parent directory');
  assert.ok((health.vitals?.memoryTotalBytes as number) > 0);
  assert.ok((health.vitals?.agentRssBytes as number) > 0);
  assert.is(health.vitals?.position?.latitudeDeg, 47);
});

test('a fault and a recovery each become one event; repeats of the same state do not', () => {
  const sensor = new ScriptedComponent('sensor:geo');
  sensor.set('ok');
  const { sink, drafts } = collect();
  const reporter = new HealthReporter({ components: () => [sensor], sink, time: ntp, log: silentLogger(), intervalMs: 60_000, outboxPath: '/', startGraceMs: 0 });
  reporter.watch();
  sensor.set('fault', 'digitizer silent for 30 s');
  reporter.watch();
  reporter.watch();
  sensor.set('ok');
  reporter.watch();
  const events = drafts.flatMap((draft) => ('event' in draft ? [draft.event] : []));
  assert.is(events.length, 2);
  assert.is(events[0]?.kind, v1.EventKind.EVENT_KIND_FAULT);
  assert.is(events[0]?.severity, v1.Severity.SEVERITY_ALARM);
  assert.match(events[0]?.message ?? '', /sensor:geo fault: digitizer silent for 30 s/);
  assert.is(events[1]?.kind, v1.EventKind.EVENT_KIND_RECOVERED);
});

test('starting and stopping are not news; a fault at start is; a degradation is once the start-up grace is over', () => {
  const uplink = new ScriptedComponent('uplink');
  const gps = new ScriptedComponent('sensor:gps');
  const missing = new ScriptedComponent('bus:rs485-a');
  let now = 0;
  const { sink, drafts } = collect();
  const reporter = new HealthReporter({ components: () => [uplink, gps, missing], sink, time: ntp, log: silentLogger(), intervalMs: 60_000, outboxPath: '/', startGraceMs: 30_000, monotonic: () => now });
  const events = () => drafts.flatMap((draft) => ('event' in draft ? [`${draft.event.source} ${v1.EventKind[draft.event.kind ?? 0]}`] : []));
  missing.set('fault', 'no such device /dev/ttyUSB0');
  gps.set('degraded', 'no fix yet');
  reporter.watch();
  assert.equal(events(), ['bus:rs485-a EVENT_KIND_FAULT'], 'the missing device is reported at once; no fix yet is not news');
  uplink.set('ok');
  now = 10_000;
  reporter.watch();
  assert.is(events().length, 1, 'a component starting is not a recovery');
  now = 31_000;
  reporter.watch();
  assert.equal(events().slice(1), ['sensor:gps EVENT_KIND_FAULT'], 'still no fix after the grace: reported (as a warning)');
  gps.set('ok');
  uplink.set('stopped');
  reporter.watch();
  assert.equal(events().slice(2), ['sensor:gps EVENT_KIND_RECOVERED'], 'the reported trouble recovered; stopping is not a fault');
});

test('the watch reads healthStatus() where a component has it (no counters built) and health() where not; the record still has the counters', () => {
  const line = new ScriptedComponent('bus:rs485-a');
  let fullLooks = 0;
  const lean = Object.assign(line, {
    healthStatus: () => line.state.current,
    health: () => {
      fullLooks++;
      return line.state.snapshot({ polls: 7 });
    },
  });
  const plain = new ScriptedComponent('sensor:geo');
  line.set('ok');
  plain.set('ok');
  const { sink, drafts } = collect();
  const reporter = new HealthReporter({ components: () => [lean, plain], sink, time: ntp, log: silentLogger(), intervalMs: 60_000, outboxPath: '/', startGraceMs: 0 });
  const before = line.state.current;
  line.set('ok');
  assert.ok(line.state.current === before, 'the same status again makes no new object');
  reporter.watch();
  line.set('fault', 'connection refused');
  plain.set('fault', 'digitizer silent');
  reporter.watch();
  reporter.watch();
  assert.is(fullLooks, 0, 'the watch never built the counters');
  const events = drafts.flatMap((draft) => ('event' in draft ? [draft.event.message] : []));
  assert.equal(events, ['bus:rs485-a fault: connection refused', 'sensor:geo fault: digitizer silent']);
  reporter.report();
  const health = drafts.at(-1);
  assert.ok(health !== undefined && 'health' in health);
  assert.equal(health.health.components?.[0]?.counters, { polls: 7 });
  assert.is(fullLooks, 1);
});

test('vitals readers: CPU thermal zone preferred by type, MemAvailable used, missing figures are undefined', () => {
  const sys = tempDir();
  for (const [zone, type, temp] of [['thermal_zone0', 'acpitz', '27800'], ['thermal_zone1', 'cpu-thermal', '51234']] as const) {
    mkdirSync(join(sys, 'class', 'thermal', zone), { recursive: true });
    writeFileSync(join(sys, 'class', 'thermal', zone, 'type'), `${type}\n`);
    writeFileSync(join(sys, 'class', 'thermal', zone, 'temp'), `${temp}\n`);
  }
  assert.is(readCpuTemperature(sys), 51.2);
  assert.is(readCpuTemperature(join(sys, 'nothing')), undefined);
  const proc = tempDir();
  writeFileSync(join(proc, 'meminfo'), 'MemTotal:        3884000 kB\nMemFree:          100000 kB\nMemAvailable:    2884000 kB\n');
  assert.equal(readMemory(proc), { used: 1_000_000 * 1024, total: 3_884_000 * 1024 });
  assert.ok(readDisk('/definitely/not/here/outbox.db') !== undefined, 'falls back to /');
});

test.run();
