import { z } from 'zod';
import { secret } from '../config/secret.js';
import { listenAddress } from '../../kernel/units.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+$/;

export const diagnosticsSchema = z
  .strictObject({
    socket: z
      .string()
      .min(1)
      .optional()
      .describe('Unix socket `outpost status` and `outpost diag` ask the running agent on (mode 0660: its group may ask); default agent.sock beside the outbox file'),
    listen: listenAddress.optional().describe('Address of the local HTTP diagnostics API, e.g. 127.0.0.1:8088 (off when absent)'),
    token: secret(z.string().min(16, 'at least 16 characters')).optional().describe('Bearer token the API requires; use ${VAR}. Required unless listening on loopback'),
  })
  .refine((value) => value.listen === undefined || value.token !== undefined || LOOPBACK.test(value.listen), {
    message: 'a diagnostics API reachable from the network needs a token: set diagnostics.token (e.g. ${OUTPOST_DIAG_TOKEN}) or listen on 127.0.0.1',
    path: ['token'],
  })
  .describe('How maintenance crews reach the running agent: its status socket (always on) and an optional HTTP API');

export type DiagnosticsConfig = z.output<typeof diagnosticsSchema>;
