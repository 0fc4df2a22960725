import { readFile } from 'node:fs/promises';
import { OutpostError, describeError } from '../../../kernel/errors.js';
import { channelName, parseDbc } from '../../../drivers/can/signals/dbc.js';
import type { SignalDefinition } from '../../../drivers/can/signals/types.js';
import type { CanDeviceConfig } from './config.js';

export interface Definitions {
  signals: SignalDefinition[];
  /** DBC features read but not used, for one warning at start. */
  notes: string[];
}

/** The sensor's signals: the configured ones, then the DBC's (named in snake_case), names unique. */
export async function loadDefinitions(config: CanDeviceConfig, subject: string, read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8')): Promise<Definitions> {
  const signals: SignalDefinition[] = config.signals.map((signal) => ({
    name: signal.name,
    id: signal.id,
    extended: signal.extended,
    startBit: signal.start_bit,
    length: signal.length,
    byteOrder: signal.byte_order,
    signed: signal.signed,
    valueType: 'integer',
    scale: signal.scale,
    offset: signal.offset,
    unit: signal.unit,
    ...(signal.min === undefined ? {} : { min: signal.min }),
    ...(signal.max === undefined ? {} : { max: signal.max }),
  }));
  const notes: string[] = [];
  if (config.dbc !== undefined) {
    let text: string;
    try {
      text = await read(config.dbc);
    } catch (error) {
      throw new OutpostError(`cannot read the DBC file ${config.dbc}: ${describeError(error)}`, { code: 'config.invalid', subject, hint: 'check the dbc path in the post config', cause: error });
    }
    const dbc = parseDbc(text, config.dbc);
    const wanted = config.messages === undefined ? undefined : new Set(config.messages);
    const known = new Set(dbc.messages.map((message) => message.name));
    const unknown = [...(wanted ?? [])].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new OutpostError(`messages ${unknown.join(', ')} are not in ${config.dbc}`, { code: 'config.invalid', subject, hint: `it defines ${[...known].join(', ') || 'no messages'}` });
    }
    for (const message of dbc.messages) {
      if (wanted !== undefined && !wanted.has(message.name)) continue;
      for (const signal of message.signals) signals.push({ ...signal, name: channelName(signal.name) });
    }
    notes.push(...dbc.notes);
  }
  const seen = new Set<string>();
  for (const signal of signals) {
    if (seen.has(signal.name)) {
      throw new OutpostError(`two signals are named ${signal.name}`, { code: 'config.invalid', subject, hint: 'rename one in signals:, or pick DBC messages with messages:' });
    }
    seen.add(signal.name);
  }
  if (signals.length === 0) throw new OutpostError('no signals to read', { code: 'config.invalid', subject, hint: 'add signals: or a dbc: file' });
  return { signals, notes };
}
