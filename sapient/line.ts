import { contentOf, sapient, unixMsOf, type DecodedSapientMessage } from './messages.js';

const S = sapient.StatusReport;

type Location = { x?: number | null; y?: number | null } | null | undefined;

function enumName(values: Record<string, string | number>, value: number | null | undefined, prefix: string): string {
  const name = Object.keys(values).find((key) => values[key] === value) ?? String(value ?? 'unset');
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

function place(location: Location): string {
  return location === null || location === undefined ? '' : ` at ${(location.y ?? 0).toFixed(5)},${(location.x ?? 0).toFixed(5)}`;
}

function clock(message: DecodedSapientMessage): string {
  const ms = unixMsOf(message.timestamp);
  return ms === undefined ? '--:--:--.---' : new Date(ms).toISOString().slice(11, 23);
}

/**
 * One readable line per SAPIENT message, for `outpost sapient listen` and the demo: when, from
 * which node (its short name once it registered), what it says.
 */
export function messageLine(message: DecodedSapientMessage, names: ReadonlyMap<string, string>): string {
  const node = names.get(message.nodeId ?? '') ?? message.nodeId ?? '?';
  const head = `${clock(message)} ${node}`;
  switch (contentOf(message)) {
    case 'registration': {
      const registration = message.registration;
      const types = (registration?.nodeDefinition ?? []).map((definition) => enumName(sapient.Registration.NodeType, definition.nodeType, 'NODE_TYPE_'));
      const modes = (registration?.modeDefinition ?? []).map((mode) => mode.modeName);
      return `${head} registration "${registration?.name ?? ''}" (${registration?.icdVersion ?? 'no ICD version'}) types ${types.join(', ')}; modes ${modes.join(', ')}; node id ${message.nodeId ?? ''}`;
    }
    case 'statusReport': {
      const report = message.statusReport;
      const power = report?.power?.level !== undefined && report.power.level !== null ? `, battery ${report.power.level}%` : '';
      const faults = (report?.status ?? []).map((status) => status.statusValue).join('; ');
      return `${head} status ${enumName(S.System, report?.system, 'SYSTEM_')} (${enumName(S.Info, report?.info, 'INFO_')}), mode ${report?.mode ?? '?'}${power}${place(report?.nodeLocation)}${faults ? `; ${faults}` : ''}`;
    }
    case 'detectionReport': {
      const report = message.detectionReport;
      const classes = (report?.classification ?? []).map((c) => `${c.type ?? '?'} ${(c.confidence ?? 0).toFixed(2)}`).join(', ');
      const behaviour = (report?.behaviour ?? []).map((b) => b.type).join(', ');
      const sensor = (report?.objectInfo ?? []).find((info) => info.type === 'sensor')?.value;
      const files = (report?.associatedFile ?? []).map((file) => file.url).join(' ');
      const members = report?.associatedDetection?.length ?? 0;
      return `${head} detection ${classes || 'unclassified'}${behaviour ? `, ${behaviour}` : ''}${place(report?.location)}, object ${report?.objectId ?? '?'}${sensor ? ` by ${sensor}` : ''}${members > 0 ? `, ${members} detections associated` : ''}${files ? `, file ${files}` : ''}`;
    }
    case 'alert': {
      const alert = message.alert;
      return `${head} alert ${enumName(sapient.Alert.AlertType, alert?.alertType, 'ALERT_TYPE_')} priority ${enumName(sapient.Alert.DiscretePriority, alert?.priority, 'DISCRETE_PRIORITY_')}: ${alert?.description ?? ''}`;
    }
    case 'taskAck': {
      const ack = message.taskAck;
      const reasons = (ack?.reason ?? []).join('; ');
      return `${head} task ${ack?.taskId ?? '?'} ${enumName(sapient.TaskAck.TaskStatus, ack?.taskStatus, 'TASK_STATUS_')}${reasons ? `: ${reasons}` : ''}`;
    }
    case 'error':
      return `${head} error: ${(message.error?.errorMessage ?? []).join('; ')}`;
    case 'alertAck':
      return `${head} alert ack ${message.alertAck?.alertId ?? '?'}`;
    default:
      return `${head} ${contentOf(message) ?? 'empty message'}`;
  }
}

