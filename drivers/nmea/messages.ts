import { field, MalformedSentence, optionalCoordinate, optionalDdmmyy, optionalInteger, optionalNumber, optionalTimeOfDay, utcDate } from './fields.js';
import type { Sentence } from './sentence.js';

/** GGA quality indicator (field 6), in words. */
export type FixQualityName = 'none' | 'gps' | 'dgps' | 'pps' | 'rtk' | 'float-rtk' | 'estimated' | 'manual' | 'simulation';

const ggaQualities: readonly FixQualityName[] = ['none', 'gps', 'dgps', 'pps', 'rtk', 'float-rtk', 'estimated', 'manual', 'simulation'];

/** RMC/VTG/GLL mode indicator (NMEA 2.3+) in the same words. */
const modeIndicators: Record<string, FixQualityName> = { A: 'gps', D: 'dgps', E: 'estimated', F: 'float-rtk', R: 'rtk', M: 'manual', S: 'simulation', N: 'none', P: 'gps' };

const KNOTS_TO_MPS = 1852 / 3600;

export interface Gga {
  kind: 'GGA';
  talker: string;
  timeOfDayMs: number | undefined;
  lat: number | undefined;
  lon: number | undefined;
  quality: FixQualityName;
  satellitesUsed: number | undefined;
  hdop: number | undefined;
  /** Above mean sea level, metres. */
  altitudeM: number | undefined;
  /** Geoid height above the WGS84 ellipsoid, metres. */
  geoidSeparationM: number | undefined;
}

export interface Rmc {
  kind: 'RMC';
  talker: string;
  timeOfDayMs: number | undefined;
  /** `A` valid, `V` void (navigation receiver warning). */
  valid: boolean;
  lat: number | undefined;
  lon: number | undefined;
  speedMps: number | undefined;
  trackDeg: number | undefined;
  /** UTC midnight of the date as the receiver sent it (before any week-rollover correction). */
  dateMs: number | undefined;
  /** From the mode indicator when present (NMEA 2.3+). */
  mode: FixQualityName | undefined;
}

export interface Gsa {
  kind: 'GSA';
  talker: string;
  /** 1 no fix, 2 2D, 3 3D. */
  navMode: 1 | 2 | 3 | undefined;
  satelliteIds: number[];
  pdop: number | undefined;
  hdop: number | undefined;
  vdop: number | undefined;
}

export interface GsvSatellite {
  id: number;
  elevationDeg: number | undefined;
  azimuthDeg: number | undefined;
  snrDb: number | undefined;
}

export interface Gsv {
  kind: 'GSV';
  talker: string;
  messageCount: number;
  messageNumber: number;
  satellitesInView: number;
  satellites: GsvSatellite[];
}

export interface Vtg {
  kind: 'VTG';
  talker: string;
  trackDeg: number | undefined;
  speedMps: number | undefined;
  mode: FixQualityName | undefined;
}

export interface Zda {
  kind: 'ZDA';
  talker: string;
  timeOfDayMs: number | undefined;
  /** UTC midnight of the date as sent (before any week-rollover correction). */
  dateMs: number | undefined;
}

export type NmeaMessage = Gga | Rmc | Gsa | Gsv | Vtg | Zda;

export const SUPPORTED_TYPES = ['GGA', 'RMC', 'GSA', 'GSV', 'VTG', 'ZDA'] as const;

/**
 * Decodes a checked sentence of a supported type; `undefined` for other types (GLL, GST,
 * proprietary...). Throws MalformedSentence when the fields do not make sense.
 */
export function decodeMessage(sentence: Sentence): NmeaMessage | undefined {
  if (sentence.talker === 'P') return undefined;
  switch (sentence.type) {
    case 'GGA':
      return decodeGga(sentence);
    case 'RMC':
      return decodeRmc(sentence);
    case 'GSA':
      return decodeGsa(sentence);
    case 'GSV':
      return decodeGsv(sentence);
    case 'VTG':
      return decodeVtg(sentence);
    case 'ZDA':
      return decodeZda(sentence);
    default:
      return undefined;
  }
}

function atLeast(sentence: Sentence, count: number): void {
  if (sentence.fields.length < count) throw new MalformedSentence(sentence.type, `expected at least ${count} fields, found ${sentence.fields.length}`);
}

function decodeGga(s: Sentence): Gga {
  atLeast(s, 10);
  const f = s.fields;
  const qualityCode = optionalInteger('GGA', field(f, 5), 'quality') ?? 0;
  const quality = ggaQualities[qualityCode];
  if (quality === undefined) throw new MalformedSentence('GGA', `quality ${qualityCode} is not 0-8`);
  return {
    kind: 'GGA',
    talker: s.talker,
    timeOfDayMs: optionalTimeOfDay('GGA', field(f, 0)),
    lat: optionalCoordinate('GGA', field(f, 1), field(f, 2), 'lat'),
    lon: optionalCoordinate('GGA', field(f, 3), field(f, 4), 'lon'),
    quality,
    satellitesUsed: optionalInteger('GGA', field(f, 6), 'satellites'),
    hdop: optionalNumber('GGA', field(f, 7), 'HDOP'),
    altitudeM: optionalNumber('GGA', field(f, 8), 'altitude'),
    geoidSeparationM: optionalNumber('GGA', field(f, 10), 'geoid separation'),
  };
}

function modeIndicator(type: string, text: string): FixQualityName | undefined {
  if (text === '') return undefined;
  const mode = modeIndicators[text];
  if (mode === undefined) throw new MalformedSentence(type, `mode indicator "${text}" is unknown`);
  return mode;
}

function decodeRmc(s: Sentence): Rmc {
  atLeast(s, 9);
  const f = s.fields;
  const status = field(f, 1);
  if (status !== 'A' && status !== 'V') throw new MalformedSentence('RMC', `status "${status}" is not A or V`);
  const knots = optionalNumber('RMC', field(f, 6), 'speed');
  return {
    kind: 'RMC',
    talker: s.talker,
    timeOfDayMs: optionalTimeOfDay('RMC', field(f, 0)),
    valid: status === 'A',
    lat: optionalCoordinate('RMC', field(f, 2), field(f, 3), 'lat'),
    lon: optionalCoordinate('RMC', field(f, 4), field(f, 5), 'lon'),
    speedMps: knots === undefined ? undefined : knots * KNOTS_TO_MPS,
    trackDeg: optionalNumber('RMC', field(f, 7), 'track'),
    dateMs: optionalDdmmyy('RMC', field(f, 8)),
    mode: f.length > 11 ? modeIndicator('RMC', field(f, 11)) : undefined,
  };
}

function decodeGsa(s: Sentence): Gsa {
  atLeast(s, 17);
  const f = s.fields;
  const navMode = optionalInteger('GSA', field(f, 1), 'mode');
  if (navMode !== undefined && navMode !== 1 && navMode !== 2 && navMode !== 3) throw new MalformedSentence('GSA', `mode ${navMode} is not 1, 2 or 3`);
  const satelliteIds: number[] = [];
  for (let i = 2; i < 14; i += 1) {
    const id = optionalInteger('GSA', field(f, i), 'satellite id');
    if (id !== undefined) satelliteIds.push(id);
  }
  return {
    kind: 'GSA',
    talker: s.talker,
    navMode,
    satelliteIds,
    pdop: optionalNumber('GSA', field(f, 14), 'PDOP'),
    hdop: optionalNumber('GSA', field(f, 15), 'HDOP'),
    vdop: optionalNumber('GSA', field(f, 16), 'VDOP'),
  };
}

function decodeGsv(s: Sentence): Gsv {
  atLeast(s, 3);
  const f = s.fields;
  const messageCount = optionalInteger('GSV', field(f, 0), 'message count');
  const messageNumber = optionalInteger('GSV', field(f, 1), 'message number');
  const satellitesInView = optionalInteger('GSV', field(f, 2), 'satellites in view');
  if (messageCount === undefined || messageNumber === undefined || satellitesInView === undefined || messageNumber < 1 || messageNumber > messageCount) {
    throw new MalformedSentence('GSV', `message ${field(f, 1)} of ${field(f, 0)} is not a valid part`);
  }
  // Four fields per satellite, plus an optional signal id (NMEA 4.1) at the end.
  const blocks = f.length - 3;
  if (blocks % 4 !== 0 && blocks % 4 !== 1) throw new MalformedSentence('GSV', `${blocks} satellite fields is not a multiple of 4`);
  const satellites: GsvSatellite[] = [];
  for (let i = 3; i + 3 < f.length; i += 4) {
    const id = optionalInteger('GSV', field(f, i), 'satellite id');
    if (id === undefined) continue;
    satellites.push({
      id,
      elevationDeg: optionalNumber('GSV', field(f, i + 1), 'elevation'),
      azimuthDeg: optionalNumber('GSV', field(f, i + 2), 'azimuth'),
      snrDb: optionalNumber('GSV', field(f, i + 3), 'SNR'),
    });
  }
  return { kind: 'GSV', talker: s.talker, messageCount, messageNumber, satellitesInView, satellites };
}

function decodeVtg(s: Sentence): Vtg {
  atLeast(s, 7);
  const f = s.fields;
  const kmh = optionalNumber('VTG', field(f, 6), 'speed km/h');
  const knots = optionalNumber('VTG', field(f, 4), 'speed knots');
  return {
    kind: 'VTG',
    talker: s.talker,
    trackDeg: optionalNumber('VTG', field(f, 0), 'track'),
    speedMps: kmh !== undefined ? kmh / 3.6 : knots !== undefined ? knots * KNOTS_TO_MPS : undefined,
    mode: f.length > 8 ? modeIndicator('VTG', field(f, 8)) : undefined,
  };
}

function decodeZda(s: Sentence): Zda {
  atLeast(s, 4);
  const f = s.fields;
  const day = optionalInteger('ZDA', field(f, 1), 'day');
  const month = optionalInteger('ZDA', field(f, 2), 'month');
  const year = optionalInteger('ZDA', field(f, 3), 'year');
  const complete = day !== undefined && month !== undefined && year !== undefined;
  if (!complete && (day !== undefined || month !== undefined || year !== undefined)) throw new MalformedSentence('ZDA', 'date is incomplete');
  return {
    kind: 'ZDA',
    talker: s.talker,
    timeOfDayMs: optionalTimeOfDay('ZDA', field(f, 0)),
    dateMs: complete ? utcDate('ZDA', year, month, day) : undefined,
  };
}
