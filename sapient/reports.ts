import { toNumber, v1, type outpost } from '../wire/index.js';
import { coverageOf, locationOf, objectLocation, velocityOf } from './geometry.js';
import { newUlid, stableUlid } from './ids.js';
import { sapient, type sapient_msg } from './messages.js';
import type { PostView } from './post-view.js';
import type { Mode } from './registration.js';

type DetectionReport = sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties;
type Alert = sapient_msg.bsi_flex_335_v2_0.Alert.$Properties;
type StatusReport = sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties;
type Status = sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties;
type AssociatedDetection = sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties;

const { DetectionKind, Direction, ComponentState } = v1;
const S = sapient.StatusReport;

type Classification = sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties;

/** The class a detection kind is reported as; beam breaks, motion and tamper are sub-classes of Unknown. */
export function classOf(kind: outpost.v1.DetectionKind | null | undefined): string {
  switch (kind) {
    case DetectionKind.DETECTION_KIND_PERSON:
      return 'Human';
    case DetectionKind.DETECTION_KIND_VEHICLE:
      return 'Vehicle';
    case DetectionKind.DETECTION_KIND_ANIMAL:
      return 'Animal';
    default:
      return 'Unknown';
  }
}

const unknownSubclasses: Partial<Record<outpost.v1.DetectionKind, string>> = {
  [DetectionKind.DETECTION_KIND_BEAM_BREAK]: 'Beam break',
  [DetectionKind.DETECTION_KIND_MOTION]: 'Motion',
  [DetectionKind.DETECTION_KIND_TAMPER]: 'Tamper',
};

function classificationOf(kind: outpost.v1.DetectionKind | null | undefined, confidence: number): Classification[] {
  const sub = kind === null || kind === undefined ? undefined : unknownSubclasses[kind];
  return [{ type: classOf(kind), confidence, subClass: sub === undefined ? [] : [{ type: sub, level: 1, confidence }] }];
}

function behaviourOf(direction: outpost.v1.Direction | null | undefined, confidence: number): DetectionReport['behaviour'] {
  if (direction === Direction.DIRECTION_IN) return [{ type: 'Crossing inbound', confidence }];
  if (direction === Direction.DIRECTION_OUT) return [{ type: 'Crossing outbound', confidence }];
  return [];
}

/** A detection's object id: the same for the same detection, even after the bridge restarts. */
export function detectionObjectId(postId: string, detection: outpost.v1.IDetection, recordMs: number): string {
  return stableUlid(toNumber(detection.onsetUnixMs ?? recordMs) || recordMs, `${postId}/${detection.id ?? ''}`);
}

export function incidentObjectId(postId: string, incident: outpost.v1.IIncident, recordMs: number): string {
  return stableUlid(toNumber(incident.startUnixMs ?? recordMs) || recordMs, `${postId}/${incident.id ?? ''}`);
}

export function detectionReport(view: PostView, detection: outpost.v1.IDetection, recordMs: number, radiusM: number): DetectionReport {
  const confidence = detection.confidence ?? 0;
  const report: DetectionReport = {
    reportId: newUlid(),
    objectId: detectionObjectId(view.postId, detection, recordMs),
    ...objectLocation(view.position, radiusM),
    detectionConfidence: confidence,
    classification: classificationOf(detection.kind, confidence),
    behaviour: behaviourOf(detection.direction, confidence),
    objectInfo: [{ type: 'sensor', value: detection.sensor ?? '' }],
  };
  if (typeof detection.speedMps === 'number' && typeof detection.bearingDeg === 'number') report.enuVelocity = velocityOf(detection.speedMps, detection.bearingDeg);
  return report;
}

/** An incident as a detection of its own object, associated with its member detections. */
export function incidentReport(view: PostView, incident: outpost.v1.IIncident, recordMs: number, radiusM: number, members: AssociatedDetection[]): DetectionReport {
  const confidence = incident.confidence ?? 0;
  return {
    reportId: newUlid(),
    objectId: incidentObjectId(view.postId, incident, recordMs),
    ...objectLocation(view.position, radiusM),
    detectionConfidence: confidence,
    classification: classificationOf(incident.kind, confidence),
    behaviour: behaviourOf(incident.direction, confidence),
    objectInfo: [{ type: 'sensor', value: (incident.sensors ?? []).join(', ') }],
    associatedDetection: members,
  };
}

export function incidentAlert(view: PostView, incident: outpost.v1.IIncident, recordMs: number, radiusM: number, incidentNode: string, objectId: string): Alert {
  const what = classOf(incident.kind);
  const serious = what === 'Human' || what === 'Vehicle';
  const direction = incident.direction === Direction.DIRECTION_IN ? ', crossing inbound' : incident.direction === Direction.DIRECTION_OUT ? ', crossing outbound' : '';
  return {
    alertId: stableUlid(toNumber(incident.startUnixMs ?? recordMs) || recordMs, `${view.postId}/${incident.id ?? ''}/alert`),
    alertType: serious ? sapient.Alert.AlertType.ALERT_TYPE_CRITICAL : sapient.Alert.AlertType.ALERT_TYPE_WARNING,
    status: sapient.Alert.AlertStatus.ALERT_STATUS_ACTIVE,
    description: `${what} at post ${view.postId}${direction}: ${(incident.sensors ?? []).join(' + ')} agree`,
    ...objectLocation(view.position, radiusM),
    priority: serious ? sapient.Alert.DiscretePriority.DISCRETE_PRIORITY_HIGH : sapient.Alert.DiscretePriority.DISCRETE_PRIORITY_MEDIUM,
    confidence: incident.confidence ?? 0,
    associatedDetection: [{ nodeId: incidentNode, objectId, associationType: sapient.AssociationRelation.ASSOCIATION_RELATION_PARENT }],
  };
}

export interface StatusScope {
  /** Per-sensor nodes: only this sensor's component and faults; undefined for the whole post. */
  sensor?: string | undefined;
  mode: Mode;
  radiusM: number;
  /** Whether anything changed since the last report. */
  changed: boolean;
  goodbye?: boolean;
}

function concerns(source: string, sensor: string | undefined): boolean {
  return sensor === undefined || source === sensor || source === `sensor:${sensor}`;
}

export function statusReport(view: PostView, scope: StatusScope): StatusReport {
  const status: Status[] = [];
  let worst: number = S.System.SYSTEM_OK;
  const raise = (system: number): void => {
    worst = Math.max(worst, system);
  };
  for (const [name, component] of view.components) {
    if (!concerns(name, scope.sensor)) continue;
    if (component.state === ComponentState.COMPONENT_STATE_FAULT) {
      raise(S.System.SYSTEM_ERROR);
      status.push({ statusType: S.StatusType.STATUS_TYPE_INTERNAL_FAULT, statusLevel: S.StatusLevel.STATUS_LEVEL_ERROR_STATUS, statusValue: `${name}: ${component.message}` });
    } else if (component.state === ComponentState.COMPONENT_STATE_DEGRADED) {
      raise(S.System.SYSTEM_WARNING);
      status.push({ statusType: S.StatusType.STATUS_TYPE_INTERNAL_FAULT, statusLevel: S.StatusLevel.STATUS_LEVEL_WARNING_STATUS, statusValue: `${name}: ${component.message}` });
    }
  }
  for (const fault of view.faults.values()) {
    if (!concerns(fault.source, scope.sensor)) continue;
    raise(fault.level === 'error' ? S.System.SYSTEM_ERROR : S.System.SYSTEM_WARNING);
    status.push({
      statusType: fault.external ? S.StatusType.STATUS_TYPE_EXTERNAL_FAULT : S.StatusType.STATUS_TYPE_INTERNAL_FAULT,
      statusLevel: fault.level === 'error' ? S.StatusLevel.STATUS_LEVEL_ERROR_STATUS : S.StatusLevel.STATUS_LEVEL_WARNING_STATUS,
      statusValue: fault.text,
    });
  }
  const report: StatusReport = {
    reportId: newUlid(),
    system: scope.goodbye === true ? S.System.SYSTEM_GOODBYE : worst,
    info: scope.changed ? S.Info.INFO_NEW : S.Info.INFO_UNCHANGED,
    mode: scope.mode,
    coverage: [coverageOf(view.position, scope.radiusM)],
    status,
  };
  if (view.position !== undefined) report.nodeLocation = locationOf(view.position, view.position.errorM ?? 0);
  if (view.battery !== undefined) {
    report.power = {
      level: view.battery.level,
      source: view.battery.solar ? S.PowerSource.POWERSOURCE_SOLAR_PV : S.PowerSource.POWERSOURCE_EXTERNAL_BATTERY,
      // The sensor that reads the battery being in fault is as close to a power fault as a post can say.
      status: view.components.get(`sensor:${view.battery.sensor}`)?.state === ComponentState.COMPONENT_STATE_FAULT ? S.PowerStatus.POWERSTATUS_FAULT : S.PowerStatus.POWERSTATUS_OK,
    };
  }
  return report;
}
