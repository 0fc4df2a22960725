import { createHash, randomBytes } from 'node:crypto';
import { escapeXml } from './xml.js';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const PASSWORD_DIGEST = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest';
const BASE64_BINARY = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary';

/**
 * WS-Security UsernameToken PasswordDigest (OASIS UsernameToken Profile 1.0, required by the
 * ONVIF Core Specification §5.12): Base64(SHA-1(nonce + created + password)), the nonce as raw
 * bytes, `created` as the UTF-8 text sent in the token. The password itself never goes on the wire.
 */
export function passwordDigest(nonce: Buffer, created: string, password: string): string {
  return createHash('sha1').update(Buffer.concat([nonce, Buffer.from(created, 'utf8'), Buffer.from(password, 'utf8')])).digest('base64');
}

/**
 * The `<Security>` header for one request. `created` must be by the camera's clock (the post's
 * clock plus the offset GetSystemDateAndTime gave): cameras refuse tokens created more than a few
 * seconds away from their own time, and theirs is often wrong.
 */
export function usernameTokenHeader(username: string, password: string, createdUnixMs: number, nonce: Buffer = randomBytes(16)): string {
  const created = new Date(createdUnixMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `<Security s:mustUnderstand="1" xmlns="${WSSE}"><UsernameToken>` +
    `<Username>${escapeXml(username)}</Username>` +
    `<Password Type="${PASSWORD_DIGEST}">${passwordDigest(nonce, created, password)}</Password>` +
    `<Nonce EncodingType="${BASE64_BINARY}">${nonce.toString('base64')}</Nonce>` +
    `<Created xmlns="${WSU}">${created}</Created>` +
    `</UsernameToken></Security>`
  );
}
