import { busKind, type Bus } from '../../kernel/bus.js';
import { cameraBusSchema } from './config.js';

/**
 * `type: camera`: an IP camera serving snapshots. Its schema is known so that configs and
 * editors can describe it, but this build has no Camera driver yet: no factory, so
 * `config validate` refuses it and `outpost run` reports it as a fault.
 */
export const cameraBus = busKind<'camera', typeof cameraBusSchema, Bus<'Camera'>>({
  type: 'camera',
  schema: cameraBusSchema,
  contract: 'Camera',
});
