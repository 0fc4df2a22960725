import { z } from 'zod';
import { MAX_ENVELOPE_BYTES, MAX_ENVELOPE_RECORDS } from '../../wire/index.js';
import { secret } from '../config/secret.js';
import { duration, positiveDuration, size } from '../../kernel/units.js';

const TLS_URL = /^(mqtts|ssl|tls):\/\//;


export const uplinkSchema = z
  .strictObject({
    broker: z
      .string()
      .regex(/^(mqtts?|tcp|ssl|tls):\/\/[^\s/]+(:\d+)?\/?$/, 'an MQTT URL such as mqtts://centre.example.org:8883 or mqtt://127.0.0.1:1883')
      // Credentials in the URL would travel into logs, diagnostics and events with it: they have keys of their own, marked secret.
      .refine((url) => !/^[a-z]+:\/\/[^/]*@/i.test(url), {
        message: 'credentials do not belong in the broker URL (they would be logged with it); remove user:password@ and set uplink.username and uplink.password: ${OUTPOST_MQTT_PASSWORD}',
        abort: true,
      })
      .describe('MQTT broker URL: mqtt://host:port, or mqtts://host:port for TLS'),
    client_id: z.string().min(1).optional().describe('MQTT client id; default outpost-<post id>'),
    username: secret(z.string()).optional().describe('MQTT username, when the broker uses passwords rather than client certificates'),
    password: secret(z.string()).optional().describe('MQTT password; use ${VAR} to keep it out of the file'),
    ca: z.string().optional().describe('CA certificate file (PEM) the broker certificate is checked against; default the system CAs'),
    cert: z.string().optional().describe('Client certificate file (PEM) for mutual TLS: the post\'s identity at the broker'),
    key: z.string().optional().describe('Client private key file (PEM) for mutual TLS'),
    server_name: z.string().optional().describe('Name the broker certificate must carry, when it differs from the URL host (e.g. the URL is an IP address)'),
    keepalive: duration('MQTT keepalive: how long a silent link goes before either side declares it dead').prefault(60),
    batch: z
      .strictObject({
        max_bytes: size('Most record bytes per envelope; the uplink sizes envelopes to about 2 s of measured link time below it. At most 8MiB (the centre refuses bigger envelopes)').prefault('64KiB'),
        max_records: z.number().int().positive().max(MAX_ENVELOPE_RECORDS, `at most ${MAX_ENVELOPE_RECORDS}: the centre refuses envelopes with more records as malformed`).default(500).describe('Most records per envelope (at most 20000)'),
      })
      .prefault({})
      .describe('Envelope ceilings; below them the uplink sizes envelopes to the measured link'),
    linger: duration(
      'How long readings, health and events may wait to share an envelope when no alarm is waiting; 0 sends each at once. On a metered radio, e.g. 60s',
    ).prefault(0),
    compression: z
      .enum(['deflate', 'none'])
      .default('deflate')
      .describe('deflate: records travel compressed when that makes the envelope smaller (the centre inflates them); none: never'),
    in_flight: z.number().int().min(1).max(1024).default(64).describe('Most envelopes published and not yet acked; below it the uplink keeps about two bandwidth-delay products in flight, as measured'),
    ack_timeout: duration('How long to wait for the first ack before the link is measured; after that the resend time follows the measured round trip and rate').prefault(30),
    thin_status: z
      .strictObject({
        enabled: z.boolean().default(false).describe('Thin status readings when the link cannot carry them; off by default: thinned readings are deleted, never sent'),
        backlog: duration('Thin while the status waiting would take longer than this to send at the measured link rate').prefault(120),
        keep_every: positiveDuration("Of each sensor's readings in an envelope, the newest per span this long (of reading time) is kept").prefault(60),
      })
      .prefault({})
      .describe('Status thinning on slow links: alarms, health and events are never thinned; what is thinned is counted and reported to the centre'),
    reconnect: z
      .strictObject({
        min: duration('First reconnect delay').prefault(1),
        max: duration('Longest reconnect delay; delays double up to it, with jitter').prefault(300),
      })
      .prefault({})
      .describe('Reconnect backoff: exponential with full jitter, so a fleet that lost the broker does not return in lockstep'),
  })
  .superRefine((uplink, context) => {
    const tls = TLS_URL.test(uplink.broker);
    for (const key of ['ca', 'cert', 'key', 'server_name'] as const) {
      if (uplink[key] !== undefined && !tls) {
        context.addIssue({ code: 'custom', path: [key], message: `${key} only applies to TLS; write the broker URL as mqtts://host:port` });
      }
    }
    if ((uplink.cert === undefined) !== (uplink.key === undefined)) {
      context.addIssue({ code: 'custom', path: [uplink.cert === undefined ? 'cert' : 'key'], message: 'mutual TLS needs both cert and key' });
    }
    if (uplink.batch.max_bytes > MAX_ENVELOPE_BYTES) {
      context.addIssue({ code: 'custom', path: ['batch', 'max_bytes'], message: `batch.max_bytes may be at most 8MiB (${MAX_ENVELOPE_BYTES} bytes): the centre refuses bigger envelopes as malformed; got ${uplink.batch.max_bytes}` });
    }
    if (uplink.ack_timeout <= 0) context.addIssue({ code: 'custom', path: ['ack_timeout'], message: 'ack_timeout must be longer than 0' });
    if (uplink.reconnect.min <= 0 || uplink.reconnect.max < uplink.reconnect.min) {
      context.addIssue({ code: 'custom', path: ['reconnect'], message: `reconnect needs 0 < min <= max, got min ${uplink.reconnect.min} ms, max ${uplink.reconnect.max} ms` });
    }
  })
  .describe('The link to the coordination centre');

export type UplinkConfig = z.output<typeof uplinkSchema>;
