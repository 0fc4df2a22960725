import Long from 'long';
import { v1, type IEnvelope } from '../../wire/index.js';

const { Priority, TimeQuality, DetectionKind, Direction, ComponentState, EventKind, Severity, DropReason } = v1;

/** An envelope with one record of every body kind and the 64-bit edge cases. */
export function sampleEnvelope(): IEnvelope {
  return {
    postId: 'bp-017',
    storeId: Long.fromString('18446744073709551615', true),
    sentUnixMs: 1_716_827_043_679,
    records: [
      {
        seq: 1,
        timeUnixMs: 1_716_827_043_679,
        timeQuality: TimeQuality.TIME_QUALITY_GPS,
        priority: Priority.PRIORITY_ALARM,
        detection: {
          id: 'geo-1:1716827043000',
          sensor: 'geo-1',
          kind: DetectionKind.DETECTION_KIND_PERSON,
          confidence: 0.75,
          onsetUnixMs: 1_716_827_043_000,
          durationMs: 4200,
          direction: Direction.DIRECTION_IN,
          speedMps: 1.25,
          seismic: { energy: 12345.5, dominantFrequencyHz: 18.5, kurtosis: 7.25, impulseCount: 8, cadenceHz: 1.75 },
        },
      },
      {
        seq: 2,
        timeUnixMs: 1_716_827_050_000,
        timeQuality: TimeQuality.TIME_QUALITY_GPS,
        priority: Priority.PRIORITY_ALARM,
        incident: {
          id: 'inc-1',
          kind: DetectionKind.DETECTION_KIND_PERSON,
          confidence: 0.875,
          startUnixMs: 1_716_827_043_000,
          endUnixMs: 1_716_827_049_000,
          detectionIds: ['geo-1:1716827043000', 'beam:1716827044000'],
          sensors: ['geo-1', 'beam'],
          coincidenceSum: 2,
        },
      },
      {
        seq: 3,
        timeUnixMs: 1_716_827_060_000,
        timeQuality: TimeQuality.TIME_QUALITY_NTP,
        priority: Priority.PRIORITY_STATUS,
        reading: {
          sensor: 'charger',
          channels: [
            { name: 'battery_voltage', unit: 'V' },
            { name: 'charge_current', unit: 'A' },
          ],
          samples: [
            { offsetMs: -10_000, values: [12.5, 3.25] },
            { offsetMs: 0, values: [12.75, Number.NaN], faulted: [1] },
          ],
        },
      },
      {
        seq: 4,
        timeUnixMs: 1_716_827_060_000,
        timeQuality: TimeQuality.TIME_QUALITY_RTC,
        priority: Priority.PRIORITY_STATUS,
        health: {
          components: [{ name: 'bus:rs485-a', state: ComponentState.COMPONENT_STATE_DEGRADED, message: 'unit 3 silent', counters: { timeouts: 4 } }],
          vitals: { cpuTemperatureC: 51.5, diskFreeBytes: 1_000_000_000, uptimeS: 3600, outbox: [{ priority: Priority.PRIORITY_ALARM, records: 2, bytes: 300 }] },
        },
      },
      {
        seq: 5,
        timeUnixMs: 1_716_827_061_000,
        timeQuality: TimeQuality.TIME_QUALITY_RTC,
        priority: Priority.PRIORITY_STATUS,
        event: {
          kind: EventKind.EVENT_KIND_RECORDS_DROPPED,
          severity: Severity.SEVERITY_WARNING,
          source: 'outbox',
          message: 'outbox full: 10 snapshots evicted',
          dropped: { reason: DropReason.DROP_REASON_EVICTED, priority: Priority.PRIORITY_BULK, count: 10, bytes: 500_000, firstSeq: 100, lastSeq: 109 },
          attributes: { note: 'test' },
        },
      },
      {
        seq: 9_007_199_254_740_991,
        timeUnixMs: 1_716_827_062_000,
        timeQuality: TimeQuality.TIME_QUALITY_GPS,
        priority: Priority.PRIORITY_BULK,
        snapshot: { camera: 'cam-1', detectionId: 'geo-1:1716827043000', contentType: 'image/jpeg', data: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 0xff, 0xd9]), width: 640, height: 480 },
      },
    ],
  };
}
