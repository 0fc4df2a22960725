import { ICD_VERSION, sapient, type sapient_msg } from './messages.js';
import type { SensorKind } from './post-view.js';

type Registration = sapient_msg.bsi_flex_335_v2_0.Registration.$Properties;
type NodeDefinition = sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties;
type Capability = sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties;
type ModeDefinition = sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties;
type DetectionDefinition = sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties;

const R = sapient.Registration;

/** The classes a detection is reported as (Outpost's detection kinds folded into them). */
export const DETECTION_CLASSES = ['Human', 'Vehicle', 'Animal', 'Unknown'] as const;
/** What an unclassified detection was, as sub-classes of Unknown (level 1 of the taxonomy). */
export const UNKNOWN_SUBCLASSES = ['Beam break', 'Motion', 'Tamper'] as const;
/** Behaviours reported: the direction a beam pair (or a fused incident) saw something cross. */
export const BEHAVIOURS = ['Crossing inbound', 'Crossing outbound'] as const;
/**
 * Reporting modes a decision-maker can task: `default` reports every detection and incident;
 * `incidents-only` only what the post's fusion confirmed (fewer false alarms on a busy display).
 */
export const MODES = ['default', 'incidents-only'] as const;
export type Mode = (typeof MODES)[number];
/** Requests a Task's command may carry (compared without case). */
export const REQUESTS = ['Status', 'Registration', 'Take Snapshot'] as const;

export interface NodeDescription {
  /** e.g. `Outpost post demo-01`, `Outpost demo-01 geophone`. */
  name: string;
  shortName: string;
  model: string;
  kinds: ReadonlySet<SensorKind>;
  statusIntervalMs: number;
  detectionRadiusM: number;
}

const nodeTypes: Record<SensorKind, { type: number; subType?: string }> = {
  seismic: { type: R.NodeType.NODE_TYPE_SEISMIC, subType: 'geophone' },
  beam: { type: R.NodeType.NODE_TYPE_PROXIMITY_SENSOR, subType: 'IR beam pair' },
  pir: { type: R.NodeType.NODE_TYPE_PROXIMITY_SENSOR, subType: 'PIR' },
  camera: { type: R.NodeType.NODE_TYPE_CAMERA, subType: 'snapshot camera' },
  other: { type: R.NodeType.NODE_TYPE_OTHER, subType: 'Outpost observation post' },
};

const capabilities: Record<SensorKind, Capability> = {
  seismic: { category: 'seismic', type: 'detection classes', value: 'Human, Vehicle, Animal, Unknown' },
  beam: { category: 'proximity', type: 'crossing direction', value: 'inbound, outbound' },
  pir: { category: 'proximity', type: 'presence', value: 'Unknown' },
  camera: { category: 'camera', type: 'snapshot', value: 'on detection' },
  other: { category: 'node', type: 'relays detections of', value: 'an Outpost observation post' },
};

function nodeDefinitions(kinds: ReadonlySet<SensorKind>): NodeDefinition[] {
  const byType = new Map<number, Set<string>>();
  for (const kind of kinds.size === 0 ? new Set<SensorKind>(['other']) : kinds) {
    const { type, subType } = nodeTypes[kind];
    const subs = byType.get(type) ?? new Set<string>();
    if (subType !== undefined) subs.add(subType);
    byType.set(type, subs);
  }
  return [...byType].map(([nodeType, subs]) => ({ nodeType, nodeSubType: [...subs] }));
}

function duration(ms: number): sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties {
  return ms % 1000 === 0 ? { units: R.TimeUnits.TIME_UNITS_SECONDS, value: ms / 1000 } : { units: R.TimeUnits.TIME_UNITS_MILLISECONDS, value: ms };
}

const latLng = { locationUnits: sapient.LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M, locationDatum: sapient.LocationDatum.LOCATION_DATUM_WGS84_E };
const rangeBearing = {
  rangeBearingUnits: sapient.RangeBearingCoordinateSystem.RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M,
  rangeBearingDatum: sapient.RangeBearingDatum.RANGE_BEARING_DATUM_TRUE,
};

function detectionDefinition(locationType: typeof latLng | typeof rangeBearing, radiusM: number): DetectionDefinition {
  return {
    locationType,
    detectionPerformance: [{ type: 'detection radius', units: 'm', unitValue: String(radiusM) }],
    detectionReport: [
      { category: R.DetectionReportCategory.DETECTION_REPORT_CATEGORY_DETECTION, type: 'confidence', units: 'probability (0-1)' },
      { category: R.DetectionReportCategory.DETECTION_REPORT_CATEGORY_OBJECT, type: 'sensor', units: 'sensor name in the post config' },
    ],
    detectionClassDefinition: [
      {
        confidenceDefinition: R.ConfidenceDefinition.CONFIDENCE_DEFINITION_SINGLE_CLASS,
        classDefinition: DETECTION_CLASSES.map((type) => ({
          type,
          units: 'probability (0-1)',
          subClass: type === 'Unknown' ? UNKNOWN_SUBCLASSES.map((sub) => ({ type: sub, level: 1, units: 'probability (0-1)' })) : [],
        })),
      },
    ],
    behaviourDefinition: BEHAVIOURS.map((type) => ({ type, units: 'probability (0-1)' })),
    velocityType: { enuVelocityUnits: { eastNorthRateUnits: sapient.SpeedUnits.SPEED_UNITS_MS }, locationDatum: sapient.LocationDatum.LOCATION_DATUM_WGS84_E },
  };
}

function modeDefinition(mode: Mode, radiusM: number): ModeDefinition {
  return {
    modeName: mode,
    modeType: mode === 'default' ? R.ModeType.MODE_TYPE_DEFAULT : R.ModeType.MODE_TYPE_PERMANENT,
    modeDescription: mode === 'default' ? 'every detection and every incident' : 'only incidents the post fused from several sensors',
    settleTime: duration(0),
    scanType: R.ScanType.SCAN_TYPE_FIXED,
    trackingType: R.TrackingType.TRACKING_TYPE_NONE,
    detectionDefinition: [detectionDefinition(latLng, radiusM), detectionDefinition(rangeBearing, radiusM)],
    task: {
      concurrentTasks: 1,
      // Mandatory in the standard; the bridge accepts no regions and says so in its TaskAck.
      regionDefinition: { regionType: [R.RegionType.REGION_TYPE_AREA_OF_INTEREST], regionArea: [latLng] },
      command: [
        { type: R.CommandType.COMMAND_TYPE_REQUEST, units: REQUESTS.join(', '), completionTime: duration(1000) },
        { type: R.CommandType.COMMAND_TYPE_MODE_CHANGE, units: MODES.join(', '), completionTime: duration(1000) },
      ],
    },
  };
}

/** The Registration of one node: what it is, what it reports, which modes and tasks it takes. */
export function buildRegistration(node: NodeDescription): Registration {
  const kinds = node.kinds.size === 0 ? new Set<SensorKind>(['other']) : node.kinds;
  return {
    nodeDefinition: nodeDefinitions(kinds),
    icdVersion: ICD_VERSION,
    name: node.name,
    shortName: node.shortName,
    capabilities: [...[...kinds].map((kind) => capabilities[kind]), { category: 'node', type: 'detection radius', value: String(node.detectionRadiusM), units: 'm' }],
    statusDefinition: {
      statusInterval: duration(node.statusIntervalMs),
      locationDefinition: latLng,
      coverageDefinition: latLng,
      statusReport: [
        { category: R.StatusReportCategory.STATUS_REPORT_CATEGORY_POWER, type: 'battery level', units: '%', onChange: true },
        { category: R.StatusReportCategory.STATUS_REPORT_CATEGORY_MODE, type: 'mode', units: MODES.join(', '), onChange: true },
        { category: R.StatusReportCategory.STATUS_REPORT_CATEGORY_STATUS, type: 'faults', units: 'component: message', onChange: true },
      ],
    },
    modeDefinition: MODES.map((mode) => modeDefinition(mode, node.detectionRadiusM)),
    configData: [{ manufacturer: 'Outpost', model: node.model }],
  };
}
