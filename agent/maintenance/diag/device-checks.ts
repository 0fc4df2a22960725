import type { Logger } from '../../../kernel/logger.js';
import type { PostConfig } from '../../config/schema.js';
import type { StatusReport } from '../../diagnostics/status-report.js';
import type { Camera } from '../../../drivers/camera/types.js';
import { GpsSensor } from '../../sensors/gps/sensor.js';
import { pollOnce } from '../poll-once.js';
import { cameraBuses, cameraCheck } from './camera-check.js';
import { fail, pass, skip, type Check } from './check.js';

/** Sensors that stay quiet until something happens (a beam broken, a body moving): silence is not a fault. */
const EVENT_SENSORS = new Set(['beam-pair', 'pir']);

/** GPS time may differ from the system clock by this much (NMEA arrives some hundreds of ms late). */
const GPS_AGREE_MS = 2000;

/**
 * Each bus and sensor tried for real, as `outpost run --once` does: the port opens, the device
 * answers, a Modbus unit reads, CAN frames arrive, a GPS has a fix whose time agrees with the
 * system clock, each camera returns a frame. Only when no agent holds the ports.
 */
export async function deviceChecks(post: PostConfig, log: Logger, waitMs: number): Promise<Check[]> {
  const fixes = new Map<string, { valid: boolean; offsetMs?: number }>();
  let cameras: [string, Camera][] = [];
  let frames: Check[] = [];
  const grabFrames = async (): Promise<void> => {
    frames = await Promise.all(cameras.map(([name, camera]) => cameraCheck(name, camera)));
  };
  const result = await pollOnce(post, log, waitMs, undefined, (devices) => {
    cameras = cameraBuses(devices.buses);
    for (const [name, sensor] of devices.sensors) {
      if (!(sensor instanceof GpsSensor)) continue;
      sensor.onFix((fix) => {
        if (fixes.get(name)?.valid === true) return;
        fixes.set(name, fix.valid && fix.timeUnixMs !== undefined ? { valid: true, offsetMs: fix.timeUnixMs - Date.now() } : { valid: false });
      });
    }
  }, grabFrames);
  const checks: Check[] = result.buses.map(({ bus, report }) =>
    report.status === 'fault' ? faultCheck(`bus:${bus}`, report.message) : pass(`bus:${bus}`, report.status === 'ok' ? 'opens' : `${report.status}${report.message ? `: ${report.message}` : ''}`),
  );
  for (const outcome of result.sensors) {
    const part = `sensor:${outcome.sensor}`;
    if (outcome.outcome === 'failed') checks.push(faultCheck(part, outcome.message));
    else if (outcome.outcome === 'silent' && EVENT_SENSORS.has(post.sensors[outcome.sensor]?.type ?? '')) checks.push(pass(part, 'ready; reports only when something happens'));
    else if (outcome.outcome === 'silent') checks.push(fail(part, `no data within ${waitMs} ms`, 'the device is connected but says nothing: check its power, wiring and settings (baud rate, CAN bitrate, unit id); `outpost probe` talks to it directly'));
    else checks.push(pass(part, outcome.records > 0 ? `answers (${outcome.records} record${outcome.records === 1 ? '' : 's'})` : 'answers'));
    const gps = fixes.get(outcome.sensor);
    if (post.sensors[outcome.sensor]?.type === 'gps' && outcome.outcome !== 'failed') checks.push(gpsCheck(`${part} fix`, gps));
  }
  return [...checks, ...frames];
}

function gpsCheck(part: string, fix: { valid: boolean; offsetMs?: number } | undefined): Check {
  if (fix === undefined) return fail(part, 'no position report from the receiver', 'check the receiver\'s NMEA output (outpost probe nmea) and its baud rate');
  if (!fix.valid || fix.offsetMs === undefined) return fail(part, 'the receiver talks but has no fix', 'give the antenna a clear view of the sky; a cold start can take minutes');
  const offset = Math.round(fix.offsetMs);
  if (Math.abs(offset) > GPS_AGREE_MS) return fail(part, `fix; GPS time and the system clock differ by ${(offset / 1000).toFixed(1)} s`, 'synchronise the system clock (NTP), or check the RTC battery; records carry GPS time meanwhile when the gps sensor is the time source');
  return pass(part, `fix; GPS time agrees with the system clock (${offset} ms)`);
}

/** The same parts as the running agent sees them: it holds the ports, so diag must not open them. */
export function agentDeviceChecks(status: StatusReport): Check[] {
  const checks: Check[] = [];
  for (const component of status.components) {
    if (!component.name.startsWith('bus:') && !component.name.startsWith('sensor:')) continue;
    const since = `since ${new Date(component.sinceUnixMs).toISOString().slice(0, 19)}Z (running agent)`;
    if (component.status === 'ok') checks.push(pass(component.name, `ok ${since}`));
    else if (component.status === 'stopped') checks.push(skip(component.name, `stopped ${since}`));
    else checks.push(faultCheck(component.name, component.message, ` ${since}`));
  }
  if (status.time.gpsLocked === true && status.time.offsetMs !== undefined) {
    const offset = status.time.offsetMs;
    checks.push(Math.abs(offset) > GPS_AGREE_MS ? fail('gps time', `GPS and the system clock differ by ${(offset / 1000).toFixed(1)} s`, 'synchronise the system clock (NTP) or check the RTC battery') : pass('gps time', `agrees with the system clock (${offset} ms)`));
  }
  return checks;
}

/**
 * A health message says what is wrong, then what to do ("serial port X: no such device; check
 * the cable…"): the first part is the detail, the rest the fix.
 */
function faultCheck(part: string, message: string | undefined, suffix = ''): Check {
  if (message === undefined || message === '') return fail(part, `fault${suffix}`, 'see journalctl -u outpost');
  const cut = message.indexOf('; ');
  if (cut < 0) return fail(part, `${message}${suffix}`, 'see the detail; journalctl -u outpost has the history');
  return fail(part, `${message.slice(0, cut)}${suffix}`, message.slice(cut + 2));
}
