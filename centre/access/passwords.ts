import { createHash, pbkdf2, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const pbkdf2Async = promisify(pbkdf2);

/** scrypt at N=2^15, r=8, p=1: 32 MiB and tens of milliseconds per check (OWASP's scrypt floor is 2^17 at 128 MiB; posts and users log in rarely, the centre runs on small machines). */
const SCRYPT = { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
/** Mosquitto 2's `$7$` (PBKDF2-SHA512) hash, kept only to export a password file for an external broker. */
const MOSQUITTO_ITERATIONS = 100_000;

/** Passwords shorter than this are refused: a post or user password is typed or generated once. */
export const MIN_PASSWORD_LENGTH = 12;

/** `scrypt$N$r$p$salt$key` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_BYTES, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** False for a wrong password and for a hash this code cannot read; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] as string, 'base64');
  const expected = Buffer.from(parts[5] as string, 'base64');
  if (![N, r, p].every(Number.isInteger) || expected.length === 0) return false;
  const key = await scryptAsync(password, salt, expected.length, { N, r, p, maxmem: SCRYPT.maxmem * 2 });
  return timingSafeEqual(key, expected);
}

/** The hash as mosquitto_passwd 2.x writes it: `$7$iterations$salt$hash`, PBKDF2-SHA512, 12-byte salt. */
export async function mosquittoHash(password: string): Promise<string> {
  const salt = randomBytes(12);
  const key = await pbkdf2Async(password, salt, MOSQUITTO_ITERATIONS, 64, 'sha512');
  return `$7$${MOSQUITTO_ITERATIONS}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** A password for a machine (a post, a token): 24 random bytes, URL-safe. */
export function generateSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** SHA-256 hex: session ids and token secrets are long random strings, so a fast hash is enough at rest. */
export function tokenHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
