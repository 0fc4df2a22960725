import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MalformedSentence } from '../../drivers/nmea/fields.js';
import { decodeMessage, type Gga, type Gsa, type Gsv, type Rmc, type Vtg, type Zda } from '../../drivers/nmea/messages.js';
import { parseSentence, withChecksum } from '../../drivers/nmea/sentence.js';

function decode(text: string) {
  const framed = parseSentence(text.includes('*') ? text : withChecksum(text));
  if (!framed.ok) throw new Error(`fixture sentence rejected: ${framed.reason}`);
  return decodeMessage(framed.sentence);
}

function malformed(text: string, detail: RegExp): void {
  try {
    decode(text);
  } catch (error) {
    assert.instance(error, MalformedSentence);
    assert.match((error as MalformedSentence).detail, detail);
    return;
  }
  assert.unreachable(`${text} should be malformed`);
}

test('GGA: southern and eastern hemisphere, quality, satellites, HDOP, altitude', () => {
  const gga = decode('$GPGGA,030719.000,3747.0873,S,17518.8938,E,1,08,1.1,59.9,M,23.7,M,,0000*7D') as Gga;
  assert.is(gga.kind, 'GGA');
  assert.is(gga.timeOfDayMs, ((3 * 60 + 7) * 60 + 19) * 1000);
  assert.ok(Math.abs((gga.lat as number) - -(37 + 47.0873 / 60)) < 1e-9);
  assert.ok(Math.abs((gga.lon as number) - (175 + 18.8938 / 60)) < 1e-9);
  assert.is(gga.quality, 'gps');
  assert.is(gga.satellitesUsed, 8);
  assert.is(gga.hdop, 1.1);
  assert.is(gga.altitudeM, 59.9);
  assert.is(gga.geoidSeparationM, 23.7);
  const west = decode('GPGGA,120000,4000.0000,N,07400.0000,W,2,05,1.0,10.0,M,,M,,') as Gga;
  assert.is(west.lon, -74);
  assert.is(west.quality, 'dgps');
});

test('GGA without a fix: empty position, quality none', () => {
  const gga = decode('GPGGA,000410.00,,,,,0,00,99.99,,,,,,') as Gga;
  assert.is(gga.lat, undefined);
  assert.is(gga.quality, 'none');
});

test('RMC: status, speed in m/s, track, two-digit year pivot at 1980, mode indicator', () => {
  const rmc = decode('$GPRMC,030719.000,A,3747.0873,S,17518.8938,E,0.69,181.39,311214,,,A*7D') as Rmc;
  assert.ok(rmc.valid);
  assert.is(rmc.dateMs, Date.UTC(2014, 11, 31));
  assert.ok(Math.abs((rmc.speedMps as number) - 0.69 * 0.514444) < 1e-4);
  assert.is(rmc.trackDeg, 181.39);
  assert.is(rmc.mode, 'gps');
  const old = decode('$GPRMC,000425.00,V,0000.0000,N,00000.0000,E,,,220899,,,N*4D') as Rmc;
  assert.not.ok(old.valid);
  assert.is(old.dateMs, Date.UTC(1999, 7, 22));
  assert.is(old.mode, 'none');
  const garmin = decode('$GPRMC,093802,A,5213.1439,N,02100.6511,E,000.0,226.0,160305,004.2,E,D*15') as Rmc;
  assert.is(garmin.mode, 'dgps');
  assert.is(garmin.dateMs, Date.UTC(2005, 2, 16));
});

test('GSA: navigation mode, satellite ids, DOPs; GSV: parts and satellites; VTG; ZDA', () => {
  const gsa = decode('$GNGSA,A,3,71,85,69,86,77,87,70,76,,,,,1.59,0.93,1.29*12') as Gsa;
  assert.is(gsa.navMode, 3);
  assert.equal(gsa.satelliteIds, [71, 85, 69, 86, 77, 87, 70, 76]);
  assert.equal([gsa.pdop, gsa.hdop, gsa.vdop], [1.59, 0.93, 1.29]);
  const gsv = decode('$GPGSV,3,3,12,11,12,132,04,08,38,008,,02,35,348,,03,14,091,*73') as Gsv;
  assert.equal([gsv.messageNumber, gsv.messageCount, gsv.satellitesInView, gsv.satellites.length], [3, 3, 12, 4]);
  assert.is(gsv.satellites[1]?.snrDb, undefined);
  const short = decode('$GPGSV,4,4,14,27,72,289,19,30,08,336,24*7C') as Gsv;
  assert.is(short.satellites.length, 2);
  const vtg = decode('$GPVTG,226,T,222,M,000.0,N,0000.0,K,D*12') as Vtg;
  assert.equal([vtg.trackDeg, vtg.speedMps, vtg.mode], [226, 0, 'dgps']);
  const zda = decode('$GNZDA,181141.00,19,06,2015,00,00*7C') as Zda;
  assert.is(zda.dateMs, Date.UTC(2015, 5, 19));
  assert.is(zda.timeOfDayMs, (18 * 3600 + 11 * 60 + 41) * 1000);
});

test('other talkers and types: BeiDou, QZSS, Galileo decode; GLL and proprietary are not fix sentences', () => {
  for (const talker of ['GB', 'BD', 'QZ', 'GA', 'GL']) {
    const gsa = decode(`${talker}GSA,A,3,01,02,,,,,,,,,,,2.0,1.0,1.7`) as Gsa;
    assert.is(gsa.talker, talker);
  }
  assert.is(decode('$GNGLL,5230.88855,N,01327.85591,E,181141.00,A,A*70'), undefined);
  assert.is(decode('$PGRME,1.7,M,2.4,M,3.0,M*2D'), undefined);
});

test('a checksum that passes on nonsense fields is malformed, with what was wrong', () => {
  malformed('$GPGSV,3,3,12,2,40,16,00,090,*72', /multiple of 4/);
  malformed('GPRMC,250000,A,4808.9993,N,01135.0798,E,0,0,070419,,,A', /time "250000" is out of range/);
  malformed('GPRMC,120000,X,4808.9993,N,01135.0798,E,0,0,070419,,,A', /status "X"/);
  malformed('GPRMC,120000,A,4808.9993,N,01135.0798,E,0,0,310219,,,A', /does not exist/);
  malformed('GPGGA,120000,9100.0000,N,01135.0798,E,1,04,1.0,1,M,1,M,,', /latitude "9100.0000" is out of range/);
  malformed('GPGGA,120000,4808.9993,Q,01135.0798,E,1,04,1.0,1,M,1,M,,', /hemisphere "Q"/);
  malformed('GPGGA,120000,4808.9993,N,01135.0798,E,9,04,1.0,1,M,1,M,,', /quality 9/);
  malformed('GPGGA,120000,4808.9993,N', /at least 10 fields/);
  malformed('GPGSA,A,4,,,,,,,,,,,,,1,1,1', /mode 4/);
  malformed('GPZDA,120000.00,19,,2015,,', /incomplete/);
});

test.run();
