import { OutpostError } from '../../kernel/errors.js';
import type { AtResponse } from './engine.js';

/** `+CSQ: <rssi>,<ber>` (3GPP TS 27.007 §8.5). */
export interface SignalQuality {
  /** 0-31, or 99 for not known. */
  rssi: number;
  /** dBm: -113 + 2·rssi (0 is -113 or less, 31 is -51 or more); undefined when rssi is 99. */
  dbm: number | undefined;
  /** Bit error rate class 0-7, undefined for 99. */
  ber: number | undefined;
}

export function parseCsq(response: AtResponse): SignalQuality {
  const line = response.lines.find((l) => l.startsWith('+CSQ:'));
  const match = line === undefined ? null : /^\+CSQ:\s*(\d+)\s*,\s*(\d+)/.exec(line);
  if (match === null) throw unexpected(response, '+CSQ: <rssi>,<ber>');
  const rssi = Number(match[1]);
  const ber = Number(match[2]);
  if (rssi > 31 && rssi !== 99) throw unexpected(response, 'rssi 0-31 or 99');
  return { rssi, dbm: rssi === 99 ? undefined : -113 + 2 * rssi, ber: ber === 99 || ber > 7 ? undefined : ber };
}

/** <stat> of +CREG/+CGREG/+CEREG (3GPP TS 27.007 §7.2, §10.1.22). */
export const registrationWords: Record<number, string> = {
  0: 'not registered, not searching',
  1: 'registered, home network',
  2: 'not registered, searching',
  3: 'registration denied',
  4: 'unknown',
  5: 'registered, roaming',
  6: 'registered for SMS only, home network',
  7: 'registered for SMS only, roaming',
  8: 'emergency services only',
  9: 'registered for CSFB not preferred, home network',
  10: 'registered for CSFB not preferred, roaming',
  11: 'emergency bearer services only',
};

export interface Registration {
  /** `+CREG`, `+CGREG` or `+CEREG`. */
  kind: string;
  stat: number;
  words: string;
  registered: boolean;
  /** Location/tracking area code and cell id, hex, when the modem reports them (n=2). */
  area?: string;
  cell?: string;
  /** Access technology: 0 GSM, 2 UTRAN, 7 E-UTRAN... */
  act?: number;
}

export function isRegistered(stat: number): boolean {
  return stat === 1 || stat === 5 || stat === 6 || stat === 7 || stat === 9 || stat === 10;
}

/**
 * The answer to `AT+CREG?` (`+CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>]]`) or a registration URC
 * (`+CREG: <stat>[,<lac>,<ci>[,<AcT>]]`).
 */
export function parseRegistration(line: string, form: 'answer' | 'urc'): Registration | undefined {
  const match = /^(\+C(?:G|E|5G)?REG):\s*(.*)$/.exec(line);
  if (match === null) return undefined;
  const fields = (match[2] ?? '').split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
  const rest = form === 'answer' ? fields.slice(1) : fields;
  const stat = Number(rest[0]);
  if (rest[0] === undefined || !/^\d+$/.test(rest[0]) || registrationWords[stat] === undefined) return undefined;
  const registration: Registration = { kind: match[1] as string, stat, words: registrationWords[stat] as string, registered: isRegistered(stat) };
  if (rest[1] !== undefined && rest[1] !== '') registration.area = rest[1];
  if (rest[2] !== undefined && rest[2] !== '') registration.cell = rest[2];
  if (rest[3] !== undefined && /^\d+$/.test(rest[3])) registration.act = Number(rest[3]);
  return registration;
}

export function parseRegistrationAnswer(response: AtResponse, kind: '+CREG' | '+CGREG' | '+CEREG'): Registration {
  const line = response.lines.find((l) => l.startsWith(`${kind}:`));
  const registration = line === undefined ? undefined : parseRegistration(line, 'answer');
  if (registration === undefined) throw unexpected(response, `${kind}: <n>,<stat>`);
  return registration;
}

/** A configured extra query: its pattern's first capture group, as a number. */
export function parseQueryValue(response: AtResponse, pattern: RegExp): number {
  for (const line of response.lines) {
    const match = pattern.exec(line);
    if (match?.[1] !== undefined) {
      const value = Number(match[1]);
      if (Number.isFinite(value)) return value;
    }
  }
  throw unexpected(response, `a line matching ${String(pattern)} with a number in its first group`);
}

/** The identity lines (ATI, AT+CGMI, AT+CGMM...) without a repeated prefix. */
export function identityText(response: AtResponse): string {
  return response.lines.map((line) => line.replace(/^\+[A-Z]+:\s*/, '')).join(' ').trim();
}

function unexpected(response: AtResponse, expected: string): OutpostError {
  const found = response.lines.length === 0 ? 'no information lines' : response.lines.map((l) => JSON.stringify(l)).join(', ');
  return new OutpostError(`${response.command}: expected ${expected}, found ${found}`, { code: 'at.unexpected', hint: 'this device answers in another dialect; configure an extra query with its own pattern' });
}
