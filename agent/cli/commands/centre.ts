import type { Command } from 'commander';
import { startCentre, type CentreOptions } from '../../../centre/index.js';
import { createLogger } from '../../../kernel/logger.js';
import { explainBusyPort } from '../busy-port.js';
import { UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';

interface CentreFlags {
  broker?: string;
  embeddedBroker?: string | boolean;
  db: string;
  http: string;
  ca?: string;
  cert?: string;
  key?: string;
  serverName?: string;
  username?: string;
  clientId?: string;
}

const DEFAULT_EMBEDDED = '127.0.0.1:1883';

export const centreCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('centre')
      .option('--broker <url>', 'connect to this MQTT broker (mqtt://host:port or mqtts://host:port)')
      .option('--embedded-broker [host:port]', `start an in-process broker (the default when --broker is absent; ${DEFAULT_EMBEDDED})`)
      .option('--db <file>', 'SQLite database file', 'outpost-centre.db')
      .option('--http <host:port>', 'address of the HTTP API', '127.0.0.1:8080')
      .option('--ca <file>', 'CA certificate (PEM) the broker certificate is checked against')
      .option('--cert <file>', 'client certificate (PEM) for mutual TLS')
      .option('--key <file>', 'client private key (PEM) for mutual TLS')
      .option('--server-name <name>', 'name the broker certificate must carry, when it differs from the URL host')
      .option('--username <name>', 'MQTT username (the password comes from OUTPOST_CENTRE_PASSWORD)')
      .option('--client-id <id>', 'MQTT client id of the centre session, kept across restarts (default: random per start)')
      .action(async (flags: CentreFlags) => {
        if (flags.broker !== undefined && flags.embeddedBroker !== undefined) {
          throw new UsageError('--broker and --embedded-broker exclude each other', 'give one: --broker URL to use an existing broker, or --embedded-broker [host:port] to start one');
        }
        const tlsGiven = [flags.ca, flags.cert, flags.key, flags.serverName, flags.username].some((value) => value !== undefined);
        if (tlsGiven && flags.broker === undefined) {
          throw new UsageError('--ca, --cert, --key, --server-name and --username apply to an external broker', 'add --broker mqtts://host:port, or drop them for the embedded broker');
        }
        const log = createLogger();
        const options: CentreOptions = {
          broker: flags.broker,
          embeddedBroker: typeof flags.embeddedBroker === 'string' ? flags.embeddedBroker : DEFAULT_EMBEDDED,
          db: flags.db,
          http: flags.http,
          clientId: flags.clientId,
          security: { ca: flags.ca, cert: flags.cert, key: flags.key, serverName: flags.serverName, username: flags.username, password: context.io.env['OUTPOST_CENTRE_PASSWORD'] },
          log,
        };
        const abort = new AbortController();
        const signals = stopSignal();
        const stopped = signals.signalled.then((signal) => {
          abort.abort();
          return signal;
        });
        let centre;
        try {
          centre = await startCentre({ ...options, signal: abort.signal });
        } catch (error) {
          signals.dispose();
          if (abort.signal.aborted) return;
          throw explainBusyPort(error, 'outpost centre', {
            'centre.http_listen': 'give --http HOST:PORT with a free port (port 0 lets the system pick one)',
            'centre.broker_listen': 'give --embedded-broker HOST:PORT with a free port, or --broker URL to use the broker that is running',
          });
        }
        await write(context.io.stdout, `centre ready: broker ${centre.brokerAddress}, API ${centre.httpAddress ?? 'off'}, database ${flags.db}\n`);
        const signal = await stopped;
        log.info({ module: 'centre', signal }, 'stopping');
        await centre.stop();
      });
  },
};
