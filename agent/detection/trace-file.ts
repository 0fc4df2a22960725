import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OutpostError, systemCode } from '../../kernel/errors.js';

/** One channel of a recording, ready for the chain. */
export interface Trace {
  /** From the header (SEED id `NET.STA.LOC.CHA`), or the file name for plain files. */
  sensor: string;
  /** Time of the first sample, ms since the Unix epoch (fractional: the headers give µs). */
  startMs: number;
  rate: number;
  samples: Float64Array;
}

export interface PlainOptions {
  /** Sample rate for plain one-sample-per-line files (the other formats carry theirs). */
  rate?: number | undefined;
  /** Time of the first sample of a plain file, ms since the epoch; default 0 (1970-01-01). */
  startMs?: number | undefined;
}

/**
 * Reads SLIST and TSPAIR ASCII (the formats ObsPy writes, header
 * `TIMESERIES NET_STA_LOC_CHA_Q, N samples, R sps, START, SLIST|TSPAIR, INTEGER|FLOAT, UNIT`) and
 * plain files of one number per line, each optionally gzip-compressed.
 */
export async function readTrace(path: string, options: PlainOptions = {}): Promise<Trace> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const missing = systemCode(error) === 'ENOENT';
    throw new OutpostError(missing ? 'no such file' : `cannot read: ${String(error)}`, { code: 'replay.read', subject: path, cause: error, hint: missing ? 'check the path' : undefined });
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new OutpostError('looks gzip-compressed but does not decompress', { code: 'replay.format', subject: path, cause: error, hint: 'the file is truncated or damaged; copy it again' });
    }
  }
  return parseTrace(bytes.toString('latin1'), path, options);
}

export function parseTrace(text: string, path: string, options: PlainOptions = {}): Trace {
  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).trim();
  if (firstLine.startsWith('TIMESERIES')) return parseHeadered(firstLine, text.slice(firstBreak + 1), path);
  return parsePlain(text, path, options);
}

function formatError(path: string, message: string, hint: string): OutpostError {
  return new OutpostError(message, { code: 'replay.format', subject: path, hint });
}

function parseHeadered(header: string, body: string, path: string): Trace {
  const fields = header
    .slice('TIMESERIES'.length)
    .split(',')
    .map((field) => field.trim());
  const [id, countText, rateText, startText, layout] = fields;
  const count = /^(\d+) samples$/.exec(countText ?? '');
  const rate = /^([\d.]+) sps$/.exec(rateText ?? '');
  const start = parseStart(startText ?? '');
  if (id === undefined || count === null || rate === null || start === undefined || (layout !== 'SLIST' && layout !== 'TSPAIR')) {
    throw formatError(path, `header not understood: "${header}"`, 'expected "TIMESERIES NET_STA_LOC_CHA_Q, N samples, R sps, 2010-05-27T16:24:03.68, SLIST|TSPAIR, INTEGER|FLOAT, UNIT"');
  }
  const expected = Number(count[1]);
  const samples = new Float64Array(expected);
  let n = 0;
  // SLIST: values separated by any whitespace; TSPAIR: "time value" on each line.
  const tokens = layout === 'SLIST' ? body.split(/\s+/) : body.split('\n').map((line) => line.trim().split(/\s+/)[1] ?? '');
  for (const token of tokens) {
    if (token === '') continue;
    const value = Number(token);
    if (!Number.isFinite(value)) throw formatError(path, `"${token}" is not a sample value (after ${n} samples)`, 'the file is damaged, or not SLIST/TSPAIR');
    if (n === expected) throw formatError(path, `more samples than the header's ${expected}`, 'the header or the data is wrong; fix the count');
    samples[n++] = value;
  }
  if (n !== expected) throw formatError(path, `the header promises ${expected} samples, the file has ${n}`, 'the file is truncated; copy it again');
  const [net = '', sta = '', loc = '', cha = ''] = id.split('_');
  return { sensor: [net, sta, loc, cha].join('.'), startMs: start, rate: Number(rate[1]), samples };
}

/** ISO-8601 with up to microseconds, always UTC (as ObsPy writes it, without a zone). */
function parseStart(text: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z?$/.exec(text);
  if (match === null) return undefined;
  const whole = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(whole)) return undefined;
  const fraction = match[2] === undefined ? 0 : Number(`0.${match[2]}`) * 1000;
  return whole + fraction;
}

function parsePlain(text: string, path: string, options: PlainOptions): Trace {
  if (options.rate === undefined) {
    throw formatError(path, 'no TIMESERIES header, so the sample rate is unknown', 'give --rate HZ for plain one-sample-per-line files');
  }
  const values: number[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const value = Number(line);
    if (!Number.isFinite(value)) throw formatError(path, `line ${index + 1}: "${line.slice(0, 40)}" is not a number`, 'plain files hold one sample per line (# starts a comment)');
    values.push(value);
  });
  return { sensor: basename(path).replace(/\.(gz)$/, '').replace(/\.[^.]*$/, ''), startMs: options.startMs ?? 0, rate: options.rate, samples: Float64Array.from(values) };
}
