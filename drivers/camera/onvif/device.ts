import { OutpostError } from '../../../kernel/errors.js';
import type { GetLimits } from '../http-get.js';
import { HttpLogin } from '../http-login.js';
import { soapCall, type SoapCredentials } from './soap.js';
import { attribute, child, children, escapeXml, text, type XmlValue } from './xml.js';

const DEVICE = 'http://www.onvif.org/ver10/device/wsdl';
const MEDIA = 'http://www.onvif.org/ver10/media/wsdl';
const SCHEMA = 'http://www.onvif.org/ver10/schema';

export interface OnvifDeviceInformation {
  manufacturer?: string | undefined;
  model?: string | undefined;
  firmware?: string | undefined;
}

export interface OnvifProfile {
  token: string;
  name: string;
  /** e.g. `H264 1920×1080`, when the profile has a video encoder. */
  video?: string | undefined;
}

export interface OnvifDeviceOptions {
  /** The device service, e.g. http://10.0.0.20/onvif/device_service. */
  url: URL;
  username?: string | undefined;
  password?: string | undefined;
  limits: Pick<GetLimits, 'connectTimeoutMs' | 'timeoutMs'>;
  /** The post's clock. */
  now?: () => number;
}

/**
 * An ONVIF device (Profile S/T) seen through its device and media (ver10) services: the calls a
 * snapshot needs and `outpost probe camera` shows. The camera's clock offset is learnt first
 * (GetSystemDateAndTime needs no login) and applied to every token's `created`.
 */
export class OnvifDevice {
  /** The camera's clock minus the post's, ms. */
  clockOffsetMs = 0;
  private readonly now: () => number;
  private readonly credentials: SoapCredentials | undefined;
  /** For cameras that ask for HTTP auth on SOAP calls too (Digest, as for snapshots). */
  private readonly login: HttpLogin | undefined;
  private mediaUrl: URL | undefined;

  constructor(private readonly options: OnvifDeviceOptions) {
    this.now = options.now ?? Date.now;
    if (options.username !== undefined) {
      this.credentials = { username: options.username, password: options.password ?? '', cameraNow: () => this.now() + this.clockOffsetMs };
      this.login = new HttpLogin(options.username, options.password ?? '');
    }
  }

  /** The HTTP auth the device asked for on its SOAP calls (`digest MD5`...), if it asked. */
  get httpAuth(): string | undefined {
    return this.login?.auth;
  }

  /** GetSystemDateAndTime: the offset of the camera's UTC clock from the post's. */
  async syncClock(): Promise<number> {
    const response = await this.call(this.options.url, DEVICE, 'GetSystemDateAndTime', '', false);
    const utc = child(child(response, 'SystemDateAndTime'), 'UTCDateTime');
    const part = (group: string, name: string): number => Number(text(utc, group, name));
    const cameraUnixMs = Date.UTC(part('Date', 'Year'), part('Date', 'Month') - 1, part('Date', 'Day'), part('Time', 'Hour'), part('Time', 'Minute'), part('Time', 'Second'));
    // A camera that reports only local time gives no UTC: tokens then go out by the post's clock.
    this.clockOffsetMs = Number.isFinite(cameraUnixMs) ? cameraUnixMs - this.now() : 0;
    return this.clockOffsetMs;
  }

  async information(): Promise<OnvifDeviceInformation> {
    const response = await this.call(this.options.url, DEVICE, 'GetDeviceInformation');
    return { manufacturer: text(response, 'Manufacturer'), model: text(response, 'Model'), firmware: text(response, 'FirmwareVersion') };
  }

  async profiles(): Promise<OnvifProfile[]> {
    const response = await this.call(await this.media(), MEDIA, 'GetProfiles');
    return children(response, 'Profiles').map((profile) => {
      const encoder = child(profile, 'VideoEncoderConfiguration');
      const encoding = text(encoder, 'Encoding');
      const width = text(encoder, 'Resolution', 'Width');
      const height = text(encoder, 'Resolution', 'Height');
      const video = encoding === undefined ? undefined : `${encoding}${width !== undefined && height !== undefined ? ` ${width}×${height}` : ''}`;
      return { token: attribute(profile, 'token') ?? '', name: text(profile, 'Name') ?? '', video };
    });
  }

  async snapshotUri(profileToken: string): Promise<URL> {
    const response = await this.call(await this.media(), MEDIA, 'GetSnapshotUri', `<ProfileToken>${escapeXml(profileToken)}</ProfileToken>`);
    return this.announced(text(response, 'MediaUri', 'Uri'), 'GetSnapshotUri');
  }

  async streamUri(profileToken: string): Promise<URL> {
    const setup = `<StreamSetup><Stream xmlns="${SCHEMA}">RTP-Unicast</Stream><Transport xmlns="${SCHEMA}"><Protocol>RTSP</Protocol></Transport></StreamSetup>`;
    const response = await this.call(await this.media(), MEDIA, 'GetStreamUri', `${setup}<ProfileToken>${escapeXml(profileToken)}</ProfileToken>`);
    return this.announced(text(response, 'MediaUri', 'Uri'), 'GetStreamUri');
  }

  /** The media service's address from GetCapabilities; the device service itself if none is given. */
  private async media(): Promise<URL> {
    if (this.mediaUrl !== undefined) return this.mediaUrl;
    const response = await this.call(this.options.url, DEVICE, 'GetCapabilities', `<Category>Media</Category>`);
    const address = text(response, 'Capabilities', 'Media', 'XAddr');
    this.mediaUrl = address === undefined ? this.options.url : this.announced(address, 'GetCapabilities');
    return this.mediaUrl;
  }

  /**
   * An address the camera gives about itself, with the host of the configured onvif URL: cameras
   * behind NAT, or still announcing their factory address, give a host the post cannot reach,
   * while the host the technician configured is the one that answers.
   */
  private announced(address: string | undefined, operation: string): URL {
    if (address === undefined || !URL.canParse(address)) {
      throw new OutpostError(`ONVIF ${operation} at ${this.options.url.host} gave no usable address (${JSON.stringify(address ?? null)})`, { code: 'camera.onvif', hint: 'the camera may not offer snapshots over ONVIF; use its snapshot URL as url' });
    }
    const url = new URL(address);
    url.hostname = this.options.url.hostname;
    return url;
  }

  private call(url: URL, namespace: string, operation: string, parameters = '', withLogin = true): Promise<XmlValue> {
    return soapCall({ url, namespace, operation, parameters, credentials: withLogin ? this.credentials : undefined, login: this.login, limits: this.options.limits });
  }
}
