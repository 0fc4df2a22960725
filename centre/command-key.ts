import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OutpostError, describeError, systemCode } from '../kernel/errors.js';

/**
 * Where the command key lives by default: beside a SQLite database. With PostgreSQL there is no
 * default: every worker must sign with the same key, so it is named (`--command-key`).
 */
export function defaultCommandKeyPath(db: string): string | undefined {
  if (/^postgres(ql)?:\/\//.test(db) || db === ':memory:') return undefined;
  return join(dirname(resolve(db)), 'centre-command.key');
}

/**
 * The centre's command signing key (Ed25519, PKCS#8 PEM): read, or made at first use with mode
 * 0600 (created exclusively, so two starting workers cannot write two keys). It is never printed;
 * `outpost centre keys` prints the public half for the posts' `commands.centre_key`.
 */
export function loadOrCreateCommandKey(path: string): { privateKey: KeyObject; created: boolean } {
  try {
    return { privateKey: readKey(path), created: false };
  } catch (error) {
    if (systemCode(error) !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, pem);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    // Another worker made it first: use theirs.
    if (systemCode(error) === 'EEXIST') return { privateKey: readKey(path), created: false };
    throw new OutpostError(`cannot write the command key ${path}: ${describeError(error)}`, { code: 'centre.command_key', subject: path, hint: 'give --command-key a writable place (the centre data directory)', cause: error });
  }
  return { privateKey, created: true };
}

function readKey(path: string): KeyObject {
  const text = readFileSync(path, 'utf8');
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new OutpostError(`the command key ${path} may be read by other users (mode ${(statSync(path).mode & 0o777).toString(8)})`, { code: 'centre.command_key', subject: path, hint: `chmod 600 ${path}: whoever reads it can command every post` });
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch (error) {
    throw new OutpostError(`${path} is not a PEM private key`, { code: 'centre.command_key', subject: path, hint: 'move it aside; the centre makes a new key (and every post then needs the new public key)', cause: error });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new OutpostError(`${path} holds a ${String(key.asymmetricKeyType)} key, not Ed25519`, { code: 'centre.command_key', subject: path, hint: 'move it aside; the centre makes a new Ed25519 key' });
  return key;
}
