import type { CanFrame } from './types.js';

/** Error classes of a SocketCAN error frame's id (linux/can/error.h). */
const classes: readonly [number, string][] = [
  [0x01, 'TX timeout'],
  [0x02, 'arbitration lost'],
  [0x04, 'controller problem'],
  [0x08, 'protocol violation'],
  [0x10, 'transceiver problem'],
  [0x20, 'no ACK on transmission'],
  [0x40, 'bus off'],
  [0x80, 'bus error'],
  [0x100, 'controller restarted'],
];

const controllerStates: readonly [number, string][] = [
  [0x01, 'RX overflow'],
  [0x02, 'TX overflow'],
  [0x04, 'RX error warning'],
  [0x08, 'TX error warning'],
  [0x10, 'RX error passive'],
  [0x20, 'TX error passive'],
  [0x40, 'back to error active'],
];

/** What an error frame says, in words, for logs, health and `probe can`. */
export function describeErrorFrame(frame: CanFrame): string[] {
  const words = classes.filter(([bit]) => (frame.id & bit) !== 0).map(([, text]) => text);
  const controller = frame.data[1] ?? 0;
  if ((frame.id & 0x04) !== 0) words.push(...controllerStates.filter(([bit]) => (controller & bit) !== 0).map(([, text]) => text));
  return words;
}
