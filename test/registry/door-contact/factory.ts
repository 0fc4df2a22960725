import type { GpioChip } from '../../../drivers/gpio/types.js';
import type { SensorFactory } from '../../../agent/runtime/kinds.js';
import type { DoorContactConfig } from './config.js';
import { DoorContactSensor } from './sensor.js';

export const createDoorContactSensor: SensorFactory<DoorContactConfig, GpioChip> = (config, context) => new DoorContactSensor(`sensor:${context.name}`, config, context.bus);
