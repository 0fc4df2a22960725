import { randomUUID } from 'node:crypto';
import { createSocket, type RemoteInfo } from 'node:dgram';
import { OutpostError, systemCode } from '../../../kernel/errors.js';
import { child, children, parseXml, text } from './xml.js';

/** WS-Discovery (2005/04, the version ONVIF Core §7 uses): its multicast group and port. */
export const DISCOVERY_GROUP = '239.255.255.250';
export const DISCOVERY_PORT = 3702;

export interface DiscoveredCamera {
  /** The device's endpoint reference (`urn:uuid:…`): stable across address changes. */
  endpoint: string;
  /** Its device service addresses, e.g. http://10.0.0.20/onvif/device_service. */
  xaddrs: string[];
  /** From its scopes (onvif://www.onvif.org/name/…, /hardware/…, /location/…), when given. */
  name?: string | undefined;
  hardware?: string | undefined;
  location?: string | undefined;
  /** The address the answer came from. */
  from: string;
}

export interface ProbeOptions {
  /** How long to collect answers: cameras wait a random 0–500 ms before answering (APP_MAX_DELAY). */
  waitMs: number;
  /** Where the probe goes; a camera's own address probes that one camera by unicast. */
  to?: { address: string; port: number };
  /** The local address of the interface to send the multicast from (a post with several networks). */
  interfaceAddress?: string | undefined;
}

/**
 * Sends one WS-Discovery Probe for ONVIF video transmitters and collects the ProbeMatches that
 * answer it (matched by RelatesTo, so a second client probing at the same time is not mixed in).
 * Answers that are not XML or not ours are ignored: a LAN carries other WS-Discovery traffic.
 */
export async function probeCameras(options: ProbeOptions): Promise<DiscoveredCamera[]> {
  const messageId = `urn:uuid:${randomUUID()}`;
  const socket = createSocket({ type: 'udp4', reuseAddr: true });
  const found = new Map<string, DiscoveredCamera>();
  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    for (const camera of readProbeMatches(message.toString('utf8'), messageId, remote.address)) {
      if (!found.has(camera.endpoint)) found.set(camera.endpoint, camera);
    }
  });
  const to = options.to ?? { address: DISCOVERY_GROUP, port: DISCOVERY_PORT };
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    // Once bound, an error (an ICMP unreachable from a host that is not a camera) must not end the wait for the others.
    socket.on('error', () => undefined);
    if (options.interfaceAddress !== undefined) socket.setMulticastInterface(options.interfaceAddress);
    socket.setMulticastTTL(1);
    await new Promise<void>((resolve, reject) => socket.send(probeMessage(messageId), to.port, to.address, (error) => (error ? reject(error) : resolve())));
    await new Promise((resolve) => setTimeout(resolve, options.waitMs));
  } catch (error) {
    const code = systemCode(error);
    throw new OutpostError(`cannot send a WS-Discovery probe to ${to.address}:${to.port}: ${code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL' ? 'no network interface can reach it' : (error as Error).message}`, {
      code: 'camera.discovery',
      cause: error,
      hint: 'check the post has a network interface up on the cameras\' LAN (multicast needs one), or give --interface with its address',
    });
  } finally {
    socket.close();
  }
  return [...found.values()];
}

function probeMessage(messageId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" xmlns:dn="http://www.onvif.org/ver10/network/wsdl">` +
    `<s:Header><a:Action s:mustUnderstand="1">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>` +
    `<a:MessageID>${messageId}</a:MessageID>` +
    `<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>` +
    `<a:To s:mustUnderstand="1">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>` +
    `<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body></s:Envelope>`
  );
}

/** The ProbeMatch entries of one datagram that answers `messageId`; none for anything else. */
export function readProbeMatches(datagram: string, messageId: string, from: string): DiscoveredCamera[] {
  let envelope;
  try {
    envelope = child(parseXml(datagram), 'Envelope');
  } catch {
    return [];
  }
  if (text(envelope, 'Header', 'RelatesTo') !== messageId) return [];
  return children(child(child(envelope, 'Body'), 'ProbeMatches'), 'ProbeMatch').flatMap((match) => {
    const endpoint = text(match, 'EndpointReference', 'Address');
    const xaddrs = (text(match, 'XAddrs') ?? '').split(/\s+/).filter((address) => address !== '');
    if (endpoint === undefined || xaddrs.length === 0) return [];
    const scopes = (text(match, 'Scopes') ?? '').split(/\s+/);
    const scope = (kind: string): string | undefined => {
      const prefix = `onvif://www.onvif.org/${kind}/`;
      const value = scopes.find((item) => item.startsWith(prefix))?.slice(prefix.length);
      if (value === undefined || value === '') return undefined;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    };
    return [{ endpoint, xaddrs, name: scope('name'), hardware: scope('hardware'), location: scope('location'), from }];
  });
}
