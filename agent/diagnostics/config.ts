import { z } from 'zod';
import { hostPort } from '../config/units.js';

export const diagnosticsSchema = z
  .strictObject({
    listen: hostPort.default('127.0.0.1:8088').describe('Local address of the diagnostics API'),
    token: z.string().min(16, 'at least 16 characters').optional().describe('Bearer token for the diagnostics API; use ${VAR}'),
  })
  .describe('Local diagnostics for maintenance crews');

export type DiagnosticsConfig = z.output<typeof diagnosticsSchema>;
