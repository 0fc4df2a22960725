import { readFile } from 'node:fs/promises';
import type { IClientOptions } from 'mqtt';
import { OutpostError, systemCode } from '../kernel/errors.js';

/** TLS and credentials for an MQTT client, as both the post and the centre take them. */
export interface MqttSecurity {
  username?: string | undefined;
  password?: string | undefined;
  /** PEM files. */
  ca?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
  /** Name the broker certificate must carry when it differs from the URL host. */
  serverName?: string | undefined;
}

async function readPem(path: string, key: string, subject: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new OutpostError(`cannot read ${key} file ${path} (${systemCode(error) ?? String(error)})`, {
      code: 'uplink.tls_file',
      subject,
      hint: `put the PEM file there or correct ${key}`,
      cause: error,
      retryable: true,
    });
  }
}

/**
 * mqtt.js options for one connection attempt. Files are read at every attempt, so a certificate
 * renewed on disk is picked up at the next reconnect. The broker certificate is always checked
 * (chain and name); there is no switch to turn that off.
 */
export async function connectionOptions(security: MqttSecurity, subject: string, keyPrefix = ''): Promise<IClientOptions> {
  const options: IClientOptions = { rejectUnauthorized: true };
  if (security.username !== undefined) options.username = security.username;
  if (security.password !== undefined) options.password = security.password;
  if (security.ca !== undefined) options.ca = await readPem(security.ca, `${keyPrefix}ca`, subject);
  if (security.cert !== undefined) options.cert = await readPem(security.cert, `${keyPrefix}cert`, subject);
  if (security.key !== undefined) options.key = await readPem(security.key, `${keyPrefix}key`, subject);
  if (security.serverName !== undefined) options.servername = security.serverName;
  return options;
}

/** mqtt.js understands mqtt/mqtts/tcp/ssl/tls; a URL without a port gets the protocol's default. */
export function isTlsUrl(url: string): boolean {
  return /^(mqtts|ssl|tls):/i.test(url);
}
