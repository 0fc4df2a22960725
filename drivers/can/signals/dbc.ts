import { OutpostError } from '../../../kernel/errors.js';
import type { SignalDefinition } from './types.js';

export interface DbcMessage {
  name: string;
  id: number;
  extended: boolean;
  length: number;
  transmitter: string;
  signals: SignalDefinition[];
}

export interface DbcFile {
  messages: DbcMessage[];
  /** What the file uses that we read but do not act on, for the technician (e.g. extended multiplexing). */
  notes: string[];
}

const MESSAGE = /^BO_\s+(\d+)\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\d+)\s+(\S+)/;
const SIGNAL =
  /^SG_\s+([A-Za-z_][A-Za-z0-9_]*)\s*(M|m\d+M?)?\s*:\s*(\d+)\|(\d+)@([01])([+-])\s*\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)\s*\[\s*([^|\s]+)\s*\|\s*([^\]\s]+)\s*\]\s*"([^"]*)"/;
const VALTYPE = /^SIG_VALTYPE_\s+(\d+)\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([0-3])\s*;/;
const EXTENDED_FLAG = 0x80000000;

/**
 * Reads the parts of a DBC file that decoding needs: messages (BO_), their signals (SG_) with
 * byte order, sign, scale, offset, range and unit, simple multiplexing (M / mN), and float
 * signals (SIG_VALTYPE_). Extended multiplexing (SG_MUL_VAL_) and value tables are noted, not used.
 * Errors name the file and line.
 */
export function parseDbc(text: string, file = 'dbc'): DbcFile {
  const messages: DbcMessage[] = [];
  const notes = new Set<string>();
  let current: DbcMessage | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const where = `${file}:${index + 1}`;
    if (line.startsWith('BO_ ')) {
      const match = MESSAGE.exec(line);
      if (match === null) throw bad(where, 'a message line BO_ <id> <name>: <length> <transmitter>', line);
      const rawId = Number(match[1]);
      const extended = rawId >= EXTENDED_FLAG;
      current = { id: extended ? rawId - EXTENDED_FLAG : rawId, extended, name: match[2] as string, length: Number(match[3]), transmitter: match[4] as string, signals: [] };
      messages.push(current);
      return;
    }
    if (line.startsWith('SG_ ')) {
      if (current === undefined) throw bad(where, 'a BO_ message line before its SG_ signals', line);
      const match = SIGNAL.exec(line);
      if (match === null) throw bad(where, 'a signal line SG_ <name> : <start>|<length>@<0|1><+|-> (<scale>,<offset>) [<min>|<max>] "<unit>" <receivers>', line);
      const mux = match[2];
      const signal: SignalDefinition = {
        name: match[1] as string,
        id: current.id,
        extended: current.extended,
        startBit: Number(match[3]),
        length: Number(match[4]),
        byteOrder: match[5] === '1' ? 'little' : 'big',
        signed: match[6] === '-',
        valueType: 'integer',
        scale: number(match[7], where),
        offset: number(match[8], where),
        min: number(match[9], where),
        max: number(match[10], where),
        unit: match[11] as string,
      };
      if (signal.length < 1 || signal.length > 64) throw bad(where, 'a signal length of 1..64 bits', String(signal.length));
      if (mux === 'M') signal.multiplexor = true;
      else if (mux !== undefined) {
        signal.multiplexValue = Number(/\d+/.exec(mux)?.[0]);
        if (mux.endsWith('M')) notes.add(`nested multiplexing (${current.name}.${signal.name}): only the top-level multiplexor is used`);
      }
      current.signals.push(signal);
      return;
    }
    if (line.startsWith('SIG_VALTYPE_ ')) {
      const match = VALTYPE.exec(line);
      if (match === null) throw bad(where, 'SIG_VALTYPE_ <id> <signal> : <0|1|2>;', line);
      const id = Number(match[1]);
      const signal = findSignal(messages, id, match[2] as string);
      if (signal === undefined) throw bad(where, `a signal ${match[2]} in message ${id}`, 'none');
      signal.valueType = match[3] === '1' ? 'float32' : match[3] === '2' ? 'float64' : 'integer';
      return;
    }
    if (line.startsWith('SG_MUL_VAL_ ')) notes.add('extended multiplexing (SG_MUL_VAL_) is not supported: such signals decode by their simple m<value> only');
    else if (line.startsWith('VAL_ ') || line.startsWith('VAL_TABLE_ ')) notes.add('value tables (VAL_) are not used: readings carry the numbers');
  });
  for (const message of messages) {
    const multiplexors = message.signals.filter((signal) => signal.multiplexor === true);
    if (multiplexors.length > 1) notes.add(`message ${message.name} has ${multiplexors.length} multiplexors: only ${multiplexors[0]?.name} is used`);
  }
  return { messages, notes: [...notes] };
}

/** Turns DBC names (EngineSpeed, ENGINE_SPEED) into reading channel names (engine_speed). */
export function channelName(dbcName: string): string {
  return dbcName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

function findSignal(messages: DbcMessage[], rawId: number, name: string): SignalDefinition | undefined {
  const extended = rawId >= EXTENDED_FLAG;
  const id = extended ? rawId - EXTENDED_FLAG : rawId;
  return messages.find((message) => message.id === id && message.extended === extended)?.signals.find((signal) => signal.name === name);
}

function number(text: string | undefined, where: string): number {
  const value = Number(text);
  if (text === undefined || !Number.isFinite(value)) throw bad(where, 'a number', String(text));
  return value;
}

function bad(where: string, expected: string, found: string): OutpostError {
  return new OutpostError(`expected ${expected}, found "${found.length > 80 ? `${found.slice(0, 80)}...` : found}"`, {
    code: 'can.dbc-invalid',
    subject: where,
    hint: 'check the line against the DBC format, or export the file again from the tool that made it',
  });
}
