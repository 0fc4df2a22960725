import { Aedes } from 'aedes';
import { createServer, type Server } from 'node:net';
import { OutpostError, systemCode } from '../kernel/errors.js';
import { hostPortExpected, parseHostPort, type HostPort } from '../kernel/host-port.js';
import type { Logger } from '../kernel/logger.js';
import { brokerAuthHandlers, type BrokerAuth } from './access/broker-auth.js';

export interface EmbeddedBroker {
  /** mqtt://host:port, with the port actually bound. */
  readonly url: string;
  close(): Promise<void>;
}

/** A listen address for the centre (port 0 picks a free one), or a usage error naming the option. */
export function parseListenAddress(text: string, what: string): HostPort {
  const address = parseHostPort(text, 'listen');
  if (address === undefined) {
    throw new OutpostError(`${what} "${text}" is not host:port`, { code: 'centre.address', subject: 'centre', hint: `write ${hostPortExpected('listen')}` });
  }
  return address;
}

/**
 * The in-process MQTT broker (aedes, MQTT 3.1.1) for the single-machine default and the demo.
 * With `auth`, posts log in with their post id and password and reach only their own topics
 * (centre/access/broker-auth.ts); without it any client may do anything (tests, a lab). Plain
 * TCP: a centre facing posts over the internet uses a real broker (Mosquitto, EMQX) with TLS.
 */
export async function startEmbeddedBroker(address: string, log: Logger, auth?: BrokerAuth): Promise<EmbeddedBroker> {
  const { host, port } = parseListenAddress(address, 'embedded broker address');
  const aedes = await Aedes.createBroker(auth === undefined ? {} : brokerAuthHandlers(auth, log.child({ module: 'broker' })));
  if (auth === undefined) log.warn('the embedded MQTT broker accepts any client (no authentication): only for tests and a trusted lab');
  aedes.on('clientError', (client, error) => log.debug({ client: client.id, err: error.message }, 'broker client error'));
  const server: Server = createServer((socket) => aedes.handle(socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      aedes.close();
      reject(
        new OutpostError(`cannot listen for MQTT on ${address} (${systemCode(error) ?? error.message})`, {
          code: 'centre.broker_listen',
          subject: 'centre',
          hint: systemCode(error) === 'EADDRINUSE' ? 'another broker already uses that port: stop it, pick another port, or use --broker to connect to it' : 'check the address',
          cause: error,
        }),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const bound = server.address();
  const boundPort = typeof bound === 'object' && bound !== null ? bound.port : port;
  const url = `mqtt://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  log.info({ url }, 'embedded MQTT broker listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients hold sockets open; closing aedes ends them so server.close can finish.
        aedes.close();
      }),
  };
}
