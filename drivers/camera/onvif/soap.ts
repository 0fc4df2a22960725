import { OutpostError } from '../../../kernel/errors.js';
import { boundedRequest, type GetAnswer, type GetLimits } from '../http-get.js';
import type { HttpLogin } from '../http-login.js';
import { safeUrl } from '../safe-url.js';
import { usernameTokenHeader } from './username-token.js';
import { child, parseXml, text, type XmlValue } from './xml.js';

const SOAP_ENVELOPE = 'http://www.w3.org/2003/05/soap-envelope';
/** A SOAP answer larger than this is refused: a GetProfiles of a 64-channel recorder is far less. */
const MAX_SOAP_BYTES = 2 * 1024 * 1024;

export interface SoapCredentials {
  username: string;
  password: string;
  /** The camera's clock, for the token's `created`: the post's clock plus the camera's offset. */
  cameraNow: () => number;
}

export interface SoapCall {
  /** The service's address (device_service, media_service...). */
  url: URL;
  /** The WSDL namespace of the operation, e.g. http://www.onvif.org/ver10/media/wsdl. */
  namespace: string;
  /** The operation, e.g. GetProfiles; its answer is the element `${operation}Response`. */
  operation: string;
  /** The operation's parameters as XML, in the operation's namespace (default namespace). */
  parameters?: string;
  /** Omitted for the calls ONVIF allows before login (GetSystemDateAndTime). */
  credentials?: SoapCredentials | undefined;
  /** The device's HTTP login, for cameras that answer SOAP calls with a 401 (HTTP Digest or Basic) rather than, or besides, checking the token. */
  login?: HttpLogin | undefined;
  limits: Pick<GetLimits, 'connectTimeoutMs' | 'timeoutMs'>;
}

/**
 * One SOAP 1.2 call to an ONVIF service, over the same bounded HTTP request as snapshots (connect
 * and whole-request timeouts, a byte cap). A camera that asks for HTTP auth (401) is answered
 * with the device's login (Digest, as for snapshots), the envelope made afresh for each try so
 * its token's nonce is never sent twice. Resolves with the `…Response` element; a SOAP fault is
 * an OutpostError naming the operation, the service and the fault's code and reason, with
 * `camera.auth` for ter:NotAuthorized (the camera refused the username and password).
 */
export async function soapCall(call: SoapCall): Promise<XmlValue> {
  const label = `ONVIF ${call.operation} at ${safeUrl(call.url)}`;
  const post = (authorization: string | undefined): Promise<GetAnswer> => {
    const security = call.credentials === undefined ? '' : usernameTokenHeader(call.credentials.username, call.credentials.password, call.credentials.cameraNow());
    const envelope =
      `<?xml version="1.0" encoding="UTF-8"?>` +
      `<s:Envelope xmlns:s="${SOAP_ENVELOPE}"><s:Header>${security}</s:Header>` +
      `<s:Body><${call.operation} xmlns="${call.namespace}">${call.parameters ?? ''}</${call.operation}></s:Body></s:Envelope>`;
    const headers: Record<string, string> = { 'content-type': `application/soap+xml; charset=utf-8; action="${call.namespace}/${call.operation}"`, 'user-agent': 'outpost-camera' };
    if (authorization !== undefined) headers['authorization'] = authorization;
    return boundedRequest(call.url, { method: 'POST', headers, body: envelope }, { ...call.limits, maxBytes: MAX_SOAP_BYTES }, label);
  };
  const answer = call.login === undefined ? await post(undefined) : await call.login.send('POST', `${call.url.pathname}${call.url.search}`, post, label);
  const body = answer.body.toString('utf8');
  const document = /^\s*(<\?xml[^>]*\?>\s*)?<([\w-]+:)?Envelope[\s>]/.test(body) ? parseXml(body) : undefined;
  const soapBody = child(child(document, 'Envelope'), 'Body');
  if (soapBody === undefined) throw notSoap(label, answer.status, answer.headers['content-type'], body);
  const fault = child(soapBody, 'Fault');
  if (fault !== undefined) throw faultError(label, fault, call.credentials !== undefined);
  const response = child(soapBody, `${call.operation}Response`);
  if (response === undefined) {
    throw new OutpostError(`${label} answered without a ${call.operation}Response (HTTP ${answer.status})`, { code: 'camera.onvif', retryable: answer.status >= 500, hint: 'the device may not offer this service; check the onvif URL is its device_service' });
  }
  return response;
}

function notSoap(label: string, status: number, contentType: string | undefined, body: string): OutpostError {
  if (status === 401) {
    return new OutpostError(`${label} asks for an HTTP login (HTTP 401), and no username is configured`, { code: 'camera.auth', hint: 'set username and password on the camera bus (use ${VAR} to keep them out of the file)' });
  }
  if (status === 404) {
    return new OutpostError(`${label} does not exist on the device (HTTP 404)`, { code: 'camera.not_found', hint: 'check the onvif URL: it is usually http://HOST/onvif/device_service' });
  }
  const what = /^\s*</.test(body) ? `${contentType ?? 'no content type'}, starting ${JSON.stringify(body.trim().slice(0, 40))}` : `${body.length} bytes of ${contentType ?? 'unknown type'}`;
  return new OutpostError(`${label} answered HTTP ${status} with something that is not a SOAP envelope (${what})`, { code: 'camera.onvif', retryable: status >= 500, hint: 'check the onvif URL points at the camera\'s ONVIF device service (http://HOST/onvif/device_service)' });
}

/** SOAP 1.2 faults carry Code/Value, Code/Subcode/Value (ter:NotAuthorized...) and Reason/Text. */
function faultError(label: string, fault: XmlValue, sentToken: boolean): OutpostError {
  const codes: string[] = [];
  for (let code = child(fault, 'Code'); code !== undefined; code = child(code, 'Subcode')) {
    const value = text(code, 'Value');
    if (value !== undefined) codes.push(value);
  }
  const reason = text(fault, 'Reason', 'Text') ?? text(fault, 'faultstring') ?? 'no reason given';
  const described = `SOAP fault ${codes.join('/') || 'without a code'}: "${reason}"`;
  if (codes.some((code) => /(^|:)(NotAuthorized|FailedAuthentication|InvalidSecurity)$/.test(code))) {
    const message = sentToken ? `${label} refused the username and password (${described})` : `${label} asks for a login, and no username is configured (${described})`;
    return new OutpostError(message, {
      code: 'camera.auth',
      hint: sentToken ? "check username and password against the camera's ONVIF users (some cameras keep them apart from their web users); a camera whose clock is far off also refuses the token" : 'set username and password on the camera bus (use ${VAR} to keep them out of the file)',
    });
  }
  return new OutpostError(`${label} failed: ${described}`, { code: 'camera.onvif', retryable: codes.some((code) => /(^|:)Receiver$/.test(code)) });
}
