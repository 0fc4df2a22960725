export { SapientBridge, UP_TOPIC, type BridgeStats } from './bridge.js';
export { DecisionMaker, type DecisionMakerOptions } from './listen.js';
export { loadSapientConfig, parseSapientConfig, sapientConfigSchema, type SapientConfig } from './config.js';
export { startSapientDemo, type SapientDemo } from './demo.js';
