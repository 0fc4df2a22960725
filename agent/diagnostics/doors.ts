import type { outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { PostConfig } from '../config/schema.js';
import { AgentSocket, agentSocketPath } from './agent-socket.js';
import { AgentMetrics } from './metrics.js';
import { DiagnosticsServer, type DiagnosticsSource } from './server.js';
import { buildStatus, type StatusSource } from './status-report.js';

/** What the agent offers its maintenance doors beyond the status: the Health body and the running config. */
export interface DoorsSource extends StatusSource {
  health(): outpost.v1.IHealth | undefined;
  config(): PostConfig;
}

/**
 * The ways a crew reaches the running agent: the status socket (always: `outpost status`,
 * `outpost diag`, `/metrics`) and the HTTP diagnostics API (when `diagnostics.listen` is set),
 * with the metrics both serve. Neither failing to open stops the agent: it is logged.
 */
export class MaintenanceDoors {
  readonly metrics: AgentMetrics;
  private socket: AgentSocket | undefined;
  private server: DiagnosticsServer | undefined;

  constructor(
    private readonly source: DoorsSource,
    private readonly log: Logger,
  ) {
    this.metrics = new AgentMetrics(source);
  }

  async start(post: PostConfig): Promise<void> {
    const metrics = async (): Promise<{ text: string; contentType: string }> => ({ text: await this.metrics.text(), contentType: this.metrics.contentType });
    const socket = new AgentSocket(agentSocketPath(post), { 'GET /status': () => ({ json: buildStatus(this.source) }), 'GET /metrics': metrics }, this.log);
    try {
      await socket.start();
      this.socket = socket;
    } catch (error) {
      this.log.error({ module: 'diagnostics', err: describeError(error) }, 'status socket not started; outpost status will not reach this agent');
    }
    const listen = post.diagnostics.listen;
    if (listen === undefined) return;
    const identity = (): ReturnType<DiagnosticsSource['identity']> => {
      const { postId, bootId, agentVersion, configHash, startedUnixMs } = this.source.identity();
      return { postId, bootId, agentVersion, configHash, startedUnixMs };
    };
    const server = new DiagnosticsServer({ ...post.diagnostics, listen }, { health: () => this.source.health(), outboxStats: () => this.source.outboxStats(), config: () => this.source.config(), identity, metrics }, this.log);
    try {
      await server.start();
      this.server = server;
    } catch (error) {
      this.log.error({ module: 'diagnostics', err: describeError(error) }, 'diagnostics API not started');
    }
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
    await this.socket?.stop();
    this.socket = undefined;
  }

  get socketPath(): string | undefined {
    return this.socket?.path;
  }

  get httpAddress(): string | undefined {
    return this.server?.address;
  }
}
