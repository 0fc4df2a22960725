import { request } from 'node:http';
import { OutpostError, systemCode } from '../../kernel/errors.js';

/** The agent's answer to one request on its socket. */
export interface AgentAnswer {
  status: number;
  body: string;
}

/**
 * Asks the running agent on its socket. No agent (no socket, or nobody listening) and no
 * permission are OutpostErrors that say what to do; the caller may carry on without the agent.
 */
export function askAgent(socketPath: string, method: 'GET' | 'POST', path: string, timeoutMs = 5000): Promise<AgentAnswer> {
  return new Promise((resolve, reject) => {
    const call = request({ socketPath, method, path, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    call.on('timeout', () => call.destroy(new OutpostError(`the agent on ${socketPath} did not answer within ${timeoutMs} ms`, { code: 'agent.silent', subject: socketPath, hint: 'the agent may be stuck: see journalctl -u outpost' })));
    call.on('error', (error) => reject(error instanceof OutpostError ? error : noAgent(socketPath, error)));
    call.end();
  });
}

export function isNoAgent(error: unknown): boolean {
  return error instanceof OutpostError && error.code === 'agent.absent';
}

function noAgent(socketPath: string, error: unknown): OutpostError {
  const code = systemCode(error);
  if (code === 'EACCES' || code === 'EPERM') {
    return new OutpostError(`no permission to ask the agent on ${socketPath}`, { code: 'agent.denied', subject: socketPath, hint: 'run as a member of the agent\'s group (e.g. sudo usermod -aG outpost $USER, then log in again) or with sudo', cause: error });
  }
  return new OutpostError(`no agent is running on this post (nothing answers on ${socketPath})`, {
    code: 'agent.absent',
    hint: 'start it (systemctl start outpost), or point at its config (--config FILE) or socket (--socket PATH)',
    cause: error,
  });
}
