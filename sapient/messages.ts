import { sapient_msg } from '../proto/gen/sapient.js';
import { toNumber } from '../wire/index.js';

/** The generated SAPIENT (BSI Flex 335 v2.0) namespace: message classes and enums. */
export const sapient = sapient_msg.bsi_flex_335_v2_0;
export type { sapient_msg } from '../proto/gen/sapient.js';

type Ns = typeof sapient_msg.bsi_flex_335_v2_0;
/** A SapientMessage as built in code (plain properties). */
export type SapientMessageProps = sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties;
export type DecodedSapientMessage = ReturnType<Ns['SapientMessage']['decode']>;
export type Content = NonNullable<sapient_msg.bsi_flex_335_v2_0.SapientMessage['content']>;

/** The ICD version a node registers with. */
export const ICD_VERSION = 'BSI Flex 335 v2.0';

export function timestampOf(unixMs: number): { seconds: number; nanos: number } {
  const seconds = Math.floor(unixMs / 1000);
  return { seconds, nanos: Math.round((unixMs - seconds * 1000) * 1e6) };
}

export function unixMsOf(timestamp: { seconds?: number | { toString(): string } | null; nanos?: number | null } | null | undefined): number | undefined {
  if (timestamp === null || timestamp === undefined) return undefined;
  return toNumber(timestamp.seconds as number) * 1000 + Math.round((timestamp.nanos ?? 0) / 1e6);
}

/** Which content a message carries, by its oneof name. */
export function contentOf(message: SapientMessageProps): Content | undefined {
  const names: readonly Content[] = ['registration', 'registrationAck', 'statusReport', 'detectionReport', 'task', 'taskAck', 'alert', 'alertAck', 'error'];
  return names.find((name) => message[name] !== undefined && message[name] !== null);
}

export function encodeSapientMessage(message: SapientMessageProps): Uint8Array {
  return sapient.SapientMessage.encode(message).finish();
}
