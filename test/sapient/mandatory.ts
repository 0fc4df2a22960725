/**
 * The fields BSI Flex 335 v2.0 marks mandatory (`is_mandatory` in the standard's .proto
 * options), for each message a node sends, as paths into the message's JSON form:
 * `a.b` a field that must be present (and a string non-empty); `a[]` each element of a
 * repeated field; `a+` a repeated field with at least one element; `(a|b)` one member of a
 * oneof. Paths under an optional parent apply when the parent is present.
 */
const location = (at: string): string[] => [`${at}.x`, `${at}.y`, `${at}.coordinateSystem`, `${at}.datum`];
const locationType = (at: string): string[] => [`${at}.(locationUnits|rangeBearingUnits)`, `${at}.(locationDatum|rangeBearingDatum)`];
const duration = (at: string): string[] => [`${at}.units`, `${at}.value`];
const rangeBearing = (at: string): string[] => [`${at}.coordinateSystem`, `${at}.datum`];
const locationOrRangeBearing = (at: string): string[] => [`${at}.(rangeBearing|locationList)`, ...rangeBearing(`${at}.rangeBearing`), `${at}.locationList.locations+`, ...location(`${at}.locationList.locations[]`)];

export const mandatoryFields: Record<string, string[]> = {
  registration: [
    'nodeDefinition+',
    'nodeDefinition[].nodeType',
    'icdVersion',
    'capabilities+',
    'capabilities[].category',
    'capabilities[].type',
    'statusDefinition',
    ...duration('statusDefinition.statusInterval'),
    ...locationType('statusDefinition.locationDefinition'),
    ...locationType('statusDefinition.coverageDefinition'),
    'statusDefinition.statusReport[].category',
    'statusDefinition.statusReport[].type',
    'modeDefinition+',
    'modeDefinition[].modeName',
    'modeDefinition[].modeType',
    ...duration('modeDefinition[].settleTime'),
    'modeDefinition[].task',
    'modeDefinition[].task.regionDefinition',
    'modeDefinition[].task.regionDefinition.regionType+',
    'modeDefinition[].task.regionDefinition.regionArea+',
    ...locationType('modeDefinition[].task.regionDefinition.regionArea[]'),
    'modeDefinition[].task.command[].units',
    ...duration('modeDefinition[].task.command[].completionTime'),
    'modeDefinition[].task.command[].type',
    ...locationType('modeDefinition[].detectionDefinition[].locationType'),
    'modeDefinition[].detectionDefinition[].locationType',
    'modeDefinition[].detectionDefinition[].detectionPerformance[].type',
    'modeDefinition[].detectionDefinition[].detectionPerformance[].units',
    'modeDefinition[].detectionDefinition[].detectionPerformance[].unitValue',
    'modeDefinition[].detectionDefinition[].detectionReport[].category',
    'modeDefinition[].detectionDefinition[].detectionReport[].type',
    'modeDefinition[].detectionDefinition[].detectionReport[].units',
    'modeDefinition[].detectionDefinition[].detectionClassDefinition[].classDefinition[].type',
    'modeDefinition[].detectionDefinition[].behaviourDefinition[].type',
    'modeDefinition[].detectionDefinition[].velocityType.(enuVelocityUnits)',
    'modeDefinition[].detectionDefinition[].velocityType.(locationDatum|rangeBearingDatum)',
    'modeDefinition[].detectionDefinition[].velocityType.enuVelocityUnits.eastNorthRateUnits',
    'configData+',
    'configData[].manufacturer',
    'configData[].model',
  ],
  statusReport: [
    'reportId',
    'system',
    'info',
    'mode',
    ...location('nodeLocation'),
    ...locationOrRangeBearing('coverage[]'),
    ...locationOrRangeBearing('fieldOfView'),
    'status[].statusType',
  ],
  detectionReport: [
    'reportId',
    'objectId',
    '(rangeBearing|location)',
    ...location('location'),
    ...rangeBearing('rangeBearing'),
    'trackInfo[].type',
    'trackInfo[].value',
    'objectInfo[].type',
    'objectInfo[].value',
    'classification[].type',
    'classification[].subClass[].type',
    'classification[].subClass[].level',
    'behaviour[].type',
    'associatedFile[].type',
    'associatedFile[].url',
    'associatedDetection[].nodeId',
    'associatedDetection[].objectId',
    'enuVelocity.eastRate',
    'enuVelocity.northRate',
  ],
  alert: ['alertId', ...location('location'), ...rangeBearing('rangeBearing'), 'associatedFile[].type', 'associatedFile[].url', 'associatedDetection[].nodeId', 'associatedDetection[].objectId'],
  taskAck: ['taskId', 'taskStatus', 'associatedFile.type', 'associatedFile.url'],
  error: ['packet'],
};

/** Every concrete path of `paths` that `message` (a JSON form, only fields present) lacks. */
export function missingFields(message: unknown, paths: readonly string[]): string[] {
  return paths.flatMap((path) => missing(message, path.split('.'), ''));
}

/** Set, and not empty text or an enum left at its _UNSPECIFIED zero (enums are read by name). */
function present(value: unknown): boolean {
  if (typeof value === 'string') return value !== '' && !/_UNSPECIFIED$/.test(value);
  return value !== undefined && value !== null;
}

function missing(value: unknown, segments: string[], at: string): string[] {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [];
  const object = value as Record<string, unknown>;
  const where = (name: string): string => (at === '' ? name : `${at}.${name}`);
  const oneof = /^\((.+)\)$/.exec(segment);
  if (oneof !== null) {
    const names = (oneof[1] as string).split('|');
    return names.some((name) => present(object[name])) ? [] : [where(segment)];
  }
  if (segment.endsWith('[]')) {
    const name = segment.slice(0, -2);
    const list = object[name];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => missing(item, rest, where(`${name}[${index}]`)));
  }
  if (segment.endsWith('+')) {
    const name = segment.slice(0, -1);
    const list = object[name];
    return Array.isArray(list) && list.length > 0 ? [] : [where(name)];
  }
  const child = object[segment];
  if (rest.length === 0) return present(child) ? [] : [where(segment)];
  // A mandatory field of an optional parent applies only when the parent is there.
  return present(child) ? missing(child, rest, where(segment)) : [];
}
