export type { Edge, GpioChip, InputLine, InputLineOptions, Level, OutputLine, OutputLineOptions } from './types.js';
export { GpioLines } from './chip.js';
export { SimulatedGpio, simulatedChip } from './simulated.js';
export { ChardevBackend } from './chardev/backend.js';
export { SysfsBackend } from './sysfs/backend.js';
export { lineOpenError } from './line-errors.js';
