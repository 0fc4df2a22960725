/**
 * Field decoders shared by the sentence parsers. Empty fields are "not reported" (undefined);
 * a field with the wrong shape makes the whole sentence malformed, so that a damaged sentence
 * whose checksum happens to pass (the cold-boot capture has one) is not half-believed.
 */

/** A sentence whose checksum passed but whose fields do not make sense. */
export class MalformedSentence extends Error {
  constructor(
    readonly type: string,
    readonly detail: string,
  ) {
    super(`${type}: ${detail}`);
    this.name = 'MalformedSentence';
  }
}

export function field(fields: readonly string[], index: number): string {
  return fields[index] ?? '';
}

export function optionalNumber(type: string, text: string, what: string): number | undefined {
  if (text === '') return undefined;
  if (!/^[-+]?\d*\.?\d+$/.test(text)) throw new MalformedSentence(type, `${what} "${text}" is not a number`);
  return Number(text);
}

export function optionalInteger(type: string, text: string, what: string): number | undefined {
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) throw new MalformedSentence(type, `${what} "${text}" is not a whole number`);
  return Number(text);
}

/** `hhmmss` or `hhmmss.sss` → milliseconds since midnight UTC. */
export function optionalTimeOfDay(type: string, text: string): number | undefined {
  if (text === '') return undefined;
  const match = /^(\d{2})(\d{2})(\d{2}(?:\.\d+)?)$/.exec(text);
  if (match === null) throw new MalformedSentence(type, `time "${text}" is not hhmmss.ss`);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  // 60 is a leap second.
  if (hours > 23 || minutes > 59 || seconds >= 61) throw new MalformedSentence(type, `time "${text}" is out of range`);
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}

/**
 * `ddmm.mmmm`,`N` / `dddmm.mmmm`,`E` → signed decimal degrees (south and west negative).
 * Both fields empty means not reported.
 */
export function optionalCoordinate(type: string, value: string, hemisphere: string, axis: 'lat' | 'lon'): number | undefined {
  if (value === '' && hemisphere === '') return undefined;
  const degreeDigits = axis === 'lat' ? 2 : 3;
  const match = new RegExp(`^(\\d{${degreeDigits}})(\\d{2}(?:\\.\\d+)?)$`).exec(value);
  if (match === null) throw new MalformedSentence(type, `${axis === 'lat' ? 'latitude' : 'longitude'} "${value}" is not ${axis === 'lat' ? 'ddmm.mmmm' : 'dddmm.mmmm'}`);
  const degrees = Number(match[1]);
  const minutes = Number(match[2]);
  const limit = axis === 'lat' ? 90 : 180;
  const decimal = degrees + minutes / 60;
  if (minutes >= 60 || decimal > limit) throw new MalformedSentence(type, `${axis === 'lat' ? 'latitude' : 'longitude'} "${value}" is out of range`);
  const negative = axis === 'lat' ? 'S' : 'W';
  const positive = axis === 'lat' ? 'N' : 'E';
  if (hemisphere !== negative && hemisphere !== positive) throw new MalformedSentence(type, `hemisphere "${hemisphere}" is not ${positive} or ${negative}`);
  return hemisphere === negative ? -decimal : decimal;
}

/** A calendar date as UTC milliseconds at midnight, checked (no 31 February). */
export function utcDate(type: string, year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new MalformedSentence(type, `date ${year}-${month}-${day} does not exist`);
  }
  return ms;
}

/** RMC's `ddmmyy`; two-digit years from 80 are 19xx (GPS began in 1980), below are 20xx. */
export function optionalDdmmyy(type: string, text: string): number | undefined {
  if (text === '') return undefined;
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (match === null) throw new MalformedSentence(type, `date "${text}" is not ddmmyy`);
  const yy = Number(match[3]);
  return utcDate(type, yy >= 80 ? 1900 + yy : 2000 + yy, Number(match[2]), Number(match[1]));
}
