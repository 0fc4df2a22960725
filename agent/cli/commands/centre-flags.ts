import { CENTRE_ROLES, type CentreRole } from '../../../centre/index.js';
import { isPostgresUrl } from '../../../centre/pg-url.js';
import { parseRetentionPolicy, type RetentionPolicy } from '../../../centre/retention-policy.js';
import { UsageError } from '../io.js';
import { parseMapTiles, type MapTiles } from '../../../centre/map-tiles.js';

/** The flags of `outpost centre` that say what this worker does. */
export interface WorkerFlags {
  db: string;
  broker?: string;
  workerRole: string;
  shareGroup?: string;
}

/** `--worker-role` and `--share-group`: several workers need a shared store and a broker with shared subscriptions. */
export function checkWorkerFlags(flags: WorkerFlags): CentreRole {
  const role = CENTRE_ROLES.find((known) => known === flags.workerRole);
  if (role === undefined) throw new UsageError(`--worker-role must be one of ${CENTRE_ROLES.join(', ')}, got "${flags.workerRole}"`, 'give --worker-role ingest, --worker-role api or --worker-role all (the default)');
  if (role !== 'all' && !isPostgresUrl(flags.db)) {
    throw new UsageError(`--worker-role ${role} needs a store shared by several workers, and --db ${flags.db} is a SQLite file`, 'give --db postgres://user@host:port/database, or drop --worker-role');
  }
  if (flags.shareGroup !== undefined) {
    if (!/^[A-Za-z0-9_.-]+$/.test(flags.shareGroup)) throw new UsageError(`--share-group must be a plain name (letters, digits, _ . -), got "${flags.shareGroup}"`, 'e.g. --share-group centre');
    if (flags.broker === undefined) {
      throw new UsageError('--share-group needs an external broker: the embedded broker (aedes) has no MQTT shared subscriptions', 'run Mosquitto 2 (or EMQX, HiveMQ) and give --broker mqtt://host:port');
    }
    if (role === 'api') throw new UsageError('--share-group applies to ingest; --worker-role api has no MQTT side', 'drop --share-group, or use --worker-role ingest or all');
    if (!isPostgresUrl(flags.db)) throw new UsageError(`--share-group splits ingest between workers, which needs a shared store; --db ${flags.db} is a SQLite file`, 'give --db postgres://user@host:port/database');
  }
  return role;
}

/** `--retention`: `90d`, or per record class `readings=30d,alarms=2y`, for a worker that stores. */
export function parseRetention(text: string | undefined, role: CentreRole): RetentionPolicy | undefined {
  if (text === undefined) return undefined;
  let policy;
  try {
    policy = parseRetentionPolicy(text);
  } catch (error) {
    throw new UsageError(`--retention: ${(error as Error).message}`, 'e.g. --retention 90d keeps 90 days of every record; --retention 90d,readings=30d,alarms=2y sets classes apart');
  }
  if (role === 'api') throw new UsageError('--retention applies to workers that store records; --worker-role api stores none', 'give --retention to the ingest workers');
  return policy;
}

/** `--map-tiles` and `--map-attribution`: a tile server for the console's map. */
export function parseMapTilesFlag(template: string | undefined, attribution: string | undefined): MapTiles | undefined {
  if (template === undefined) {
    if (attribution !== undefined) throw new UsageError('--map-attribution goes with --map-tiles', 'give --map-tiles URL too, or drop --map-attribution');
    return undefined;
  }
  try {
    return parseMapTiles(template, attribution);
  } catch (error) {
    throw new UsageError(`--map-tiles: ${(error as Error).message}`, 'e.g. --map-tiles https://tiles.example/{z}/{x}/{y}.png --map-attribution "© OpenStreetMap contributors"');
  }
}
