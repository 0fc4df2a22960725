export { loadConfigFile, parseConfig, ConfigError, type LoadedConfig, type ConfigProblem, type Environment } from './load.js';
export { formatProblem } from './locate.js';
export { postConfigSchema, postConfigJsonSchema, type PostConfig, type BusConfig, type SensorConfig } from './schema.js';
export { parseDuration, parseSize } from '../../kernel/units.js';
