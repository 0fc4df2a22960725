import { sapient, type sapient_msg } from './messages.js';
import type { Position } from './post-view.js';

type Location = sapient_msg.bsi_flex_335_v2_0.Location.$Properties;
type RangeBearing = sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties;
type LocationOrRangeBearing = sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties;
type EnuVelocity = sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties;

const METRES_PER_DEGREE = 111_320;

/** Degrees of latitude and longitude that `metres` spans at `lat`. */
function degreesAcross(metres: number, lat: number): { dLat: number; dLon: number } {
  const dLat = metres / METRES_PER_DEGREE;
  return { dLat, dLon: metres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180))) };
}

/** A WGS84 lat/lon location (x longitude, y latitude, as the standard writes them), errors in degrees. */
export function locationOf(position: Position, errorM: number): Location {
  const { dLat, dLon } = degreesAcross(errorM, position.lat);
  const location: Location = {
    x: position.lon,
    y: position.lat,
    xError: dLon,
    yError: dLat,
    coordinateSystem: sapient.LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M,
    datum: sapient.LocationDatum.LOCATION_DATUM_WGS84_E,
  };
  if (position.altM !== undefined) location.z = position.altM;
  return location;
}

/**
 * Where a detected object is: the post's position, within the sensors' detection radius (plus
 * the GPS error); with no position known yet, "at the node, within the radius" as range/bearing.
 * Outpost's sensors give no range, and a detection's bearing is its direction of travel, not
 * where it is: that goes into the velocity.
 */
export function objectLocation(position: Position | undefined, radiusM: number): { location: Location } | { rangeBearing: RangeBearing } {
  if (position !== undefined) return { location: locationOf(position, radiusM + (position.errorM ?? 0)) };
  return {
    rangeBearing: {
      range: 0,
      rangeError: radiusM,
      coordinateSystem: sapient.RangeBearingCoordinateSystem.RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M,
      datum: sapient.RangeBearingDatum.RANGE_BEARING_DATUM_TRUE,
    },
  };
}

/** The area the post's sensors cover: a 16-sided polygon of the detection radius around it, or a full circle relative to the node. */
export function coverageOf(position: Position | undefined, radiusM: number): LocationOrRangeBearing {
  if (position === undefined) {
    return {
      rangeBearing: {
        range: radiusM,
        azimuth: 0,
        horizontalExtent: 360,
        coordinateSystem: sapient.RangeBearingCoordinateSystem.RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M,
        datum: sapient.RangeBearingDatum.RANGE_BEARING_DATUM_TRUE,
      },
    };
  }
  const { dLat, dLon } = degreesAcross(radiusM, position.lat);
  const locations = Array.from({ length: 16 }, (_, index) => {
    const angle = (index / 16) * 2 * Math.PI;
    return locationOf({ lat: position.lat + dLat * Math.cos(angle), lon: position.lon + dLon * Math.sin(angle) }, position.errorM ?? 0);
  });
  return { locationList: { locations } };
}

/** Velocity from a speed and a direction of travel (degrees clockwise from true north). */
export function velocityOf(speedMps: number, bearingDeg: number): EnuVelocity {
  const radians = (bearingDeg * Math.PI) / 180;
  return { eastRate: speedMps * Math.sin(radians), northRate: speedMps * Math.cos(radians) };
}
