import { z } from 'zod';
import { duration, size } from '../config/units.js';

export const uplinkSchema = z
  .strictObject({
    broker: z
      .string()
      .regex(/^(mqtts?|tcp|ssl|tls):\/\/[^\s/]+(:\d+)?\/?$/, 'an MQTT URL such as mqtts://centre.example.org:8883 or mqtt://127.0.0.1:1883')
      .describe('MQTT broker URL: mqtt://host:port, or mqtts://host:port for TLS'),
    client_id: z.string().optional().describe('MQTT client id; default outpost-<post id>'),
    username: z.string().optional(),
    password: z.string().optional().describe('Use ${VAR} to keep it out of the file'),
    ca: z.string().optional().describe('CA certificate file (PEM) the broker certificate is checked against'),
    cert: z.string().optional().describe('Client certificate file (PEM) for mutual TLS'),
    key: z.string().optional().describe('Client private key file (PEM) for mutual TLS'),
    server_name: z.string().optional().describe('Name the broker certificate must carry, when it differs from the URL host'),
    keepalive: duration('MQTT keepalive').prefault(60),
    batch: z
      .strictObject({
        max_bytes: size('Most record bytes per envelope').prefault('64KiB'),
        max_records: z.number().int().positive().default(500).describe('Most records per envelope'),
      })
      .prefault({})
      .describe('Envelope limits: small for a 9.6 kbit/s radio, large for fibre'),
    in_flight: z.number().int().min(1).max(64).default(4).describe('Envelopes published and not yet acked'),
    ack_timeout: duration('When an envelope is resent if the centre has not acked it').prefault(30),
    reconnect: z
      .strictObject({
        min: duration('First reconnect delay').prefault(1),
        max: duration('Longest reconnect delay; delays double up to it, with jitter').prefault(300),
      })
      .prefault({}),
  })
  .describe('The link to the coordination centre');

export type UplinkConfig = z.output<typeof uplinkSchema>;
