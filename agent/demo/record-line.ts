import { bodyKindOf, toNumber, v1, type outpost } from '../../wire/index.js';

/**
 * One line per record as the centre stored it, for people watching the demo:
 *   03:40:12  demo-01  reading    charger  pv_voltage=18.23 V  battery_voltage=13.10 V
 */
export function recordLine(postId: string, record: outpost.v1.IRecord): string {
  const kind = bodyKindOf(record) ?? 'empty';
  const time = new Date(toNumber(record.timeUnixMs ?? 0)).toISOString().slice(11, 19);
  return `${time}  ${postId}  ${kind.padEnd(9)}  ${describeBody(record)}`;
}

function describeBody(record: outpost.v1.IRecord): string {
  if (record.reading) return describeReading(record.reading);
  if (record.detection) return describeDetection(record.detection);
  if (record.incident) return describeIncident(record.incident);
  if (record.health) return describeHealth(record.health);
  if (record.event) return describeEvent(record.event);
  if (record.snapshot) return describeSnapshot(record.snapshot);
  return '';
}

function describeSnapshot(snapshot: outpost.v1.ISnapshot): string {
  const size = `${snapshot.width ?? 0}×${snapshot.height ?? 0} JPEG, ${snapshot.data?.length ?? 0} bytes`;
  const linked = snapshot.detectionId ? `  frame ${snapshot.frameIndex ?? 1}/${snapshot.frameCount ?? 1} of ${snapshot.detectionId}` : '  scheduled';
  const full = Number(snapshot.fullSizeBytes ?? 0) > 0 ? `  full ${snapshot.fullWidth ?? 0}×${snapshot.fullHeight ?? 0} kept on the post as ${snapshot.id ?? ''}` : '';
  return `${snapshot.camera ?? ''}  ${size}${linked}${full}`;
}

function describeReading(reading: outpost.v1.IReading): string {
  const channels = reading.channels ?? [];
  const latest = reading.samples?.[reading.samples.length - 1];
  const values = channels.map((channel, index) => {
    const value = latest?.values?.[index];
    const text = value === undefined || Number.isNaN(value) ? 'fault' : formatNumber(value);
    return `${channel.name}=${text}${channel.unit ? ` ${channel.unit}` : ''}`;
  });
  const samples = reading.samples?.length ?? 0;
  return `${reading.sensor ?? ''}  ${values.join('  ')}${samples > 1 ? `  (${samples} samples)` : ''}`;
}

function describeDetection(detection: outpost.v1.IDetection): string {
  const parts = [detection.sensor ?? '', enumName(v1.DetectionKind, detection.kind, 'DETECTION_KIND_'), `confidence ${(detection.confidence ?? 0).toFixed(2)}`];
  if (detection.durationMs) parts.push(`${((detection.durationMs ?? 0) / 1000).toFixed(1)} s`);
  if (detection.direction) parts.push(enumName(v1.Direction, detection.direction, 'DIRECTION_'));
  if (detection.speedMps !== undefined && detection.speedMps !== null) parts.push(`${detection.speedMps.toFixed(1)} m/s`);
  return parts.join('  ');
}

function describeIncident(incident: outpost.v1.IIncident): string {
  const pictures = incident.snapshotIds?.length ?? 0;
  return `${enumName(v1.DetectionKind, incident.kind, 'DETECTION_KIND_')}  confidence ${(incident.confidence ?? 0).toFixed(2)}  sensors ${(incident.sensors ?? []).join(', ')}${pictures > 0 ? `  ${pictures} snapshot${pictures === 1 ? '' : 's'}` : ''}`;
}

function describeHealth(health: outpost.v1.IHealth): string {
  const components = health.components ?? [];
  const ok = components.filter((component) => component.state === v1.ComponentState.COMPONENT_STATE_OK).length;
  const troubled = components
    .filter((component) => component.state !== v1.ComponentState.COMPONENT_STATE_OK)
    .map((component) => `${component.name} ${enumName(v1.ComponentState, component.state, 'COMPONENT_STATE_').toLowerCase()}${component.message ? ` (${component.message})` : ''}`);
  const depth = (health.vitals?.outbox ?? []).reduce((sum, item) => sum + toNumber(item.records ?? 0), 0);
  const link = health.vitals?.link?.connected ? 'link up' : 'link down';
  return [`${ok}/${components.length} components ok`, ...troubled, `outbox ${depth} waiting`, link].join('  ');
}

function describeEvent(event: outpost.v1.IEvent): string {
  return `${enumName(v1.EventKind, event.kind, 'EVENT_KIND_')}  ${event.source ?? ''}  ${event.message ?? ''}`;
}

function enumName(values: Record<string, string | number>, value: number | null | undefined, prefix: string): string {
  const name = Object.entries(values).find(([, number]) => number === value)?.[0];
  return name === undefined ? String(value) : name.replace(prefix, '');
}

function formatNumber(value: number): string {
  // Enough decimals for a latitude, none of the float noise of a scaled register.
  return String(Number(value.toFixed(Math.abs(value) < 1000 ? 6 : 2)));
}
