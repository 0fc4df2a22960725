import { z } from 'zod';
import { secret } from '../config/secret.js';
import { listenAddress } from '../../kernel/units.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+$/;

export const diagnosticsSchema = z
  .strictObject({
    listen: listenAddress.describe('Address of the local diagnostics API, e.g. 127.0.0.1:8088'),
    token: secret(z.string().min(16, 'at least 16 characters')).optional().describe('Bearer token the API requires; use ${VAR}. Required unless listening on loopback'),
  })
  .refine((value) => value.token !== undefined || LOOPBACK.test(value.listen), {
    message: 'a diagnostics API reachable from the network needs a token: set diagnostics.token (e.g. ${OUTPOST_DIAG_TOKEN}) or listen on 127.0.0.1',
    path: ['token'],
  })
  .describe('Local diagnostics API for maintenance crews (off when this section is absent)');

export type DiagnosticsConfig = z.output<typeof diagnosticsSchema>;
