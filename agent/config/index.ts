export { loadConfigFile, parseConfig, ConfigError, type LoadedConfig, type ConfigProblem, type Environment } from './load.js';
export { formatProblem, reportProblems, MAX_REPORTED_PROBLEMS } from './locate.js';
export { MAX_CONFIG_BYTES } from './read.js';
export { postConfigSchema, postConfigJsonSchema, type PostConfig, type BusConfig, type SensorConfig } from './schema.js';
export { parseDuration, parseSize } from '../../kernel/units.js';
export { MAX_ALIAS_EXPANSIONS } from './document.js';
export { loadConfigFileOffThread } from './off-thread.js';
export { redactSecrets } from './redact.js';
export { secret, REDACTED } from './secret.js';
