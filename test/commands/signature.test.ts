import { generateKeyPairSync, sign } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../../agent/config/index.js';
import { MAX_SIGNED_COMMAND_BYTES, openSignedCommand, publicKeyFromText, publicKeyText, signCommand } from '../../wire/command-signature.js';
import { v1 } from '../../wire/index.js';

const centre = generateKeyPairSync('ed25519');
const command = { id: 'c0ffee', issuer: 'duty', issuedUnixMs: Date.now(), expiresUnixMs: Date.now() + 60_000, postId: 'bp-017', name: 'status', arguments: { a: 'b' } };

test('a signed command opens with the centre key, and the bytes it returns are the ones signed', () => {
  const opened = openSignedCommand(signCommand(command, centre.privateKey), publicKeyFromText(publicKeyText(centre.publicKey)));
  assert.is(opened.refusal, undefined);
  assert.is(opened.command?.name, 'status');
  assert.equal(opened.command?.arguments, { a: 'b' });
});

test('another key, a changed byte, a signature for another context, no signature, no key, garbage or too many bytes: refused, saying which', () => {
  const signed = v1.SignedCommand.decode(signCommand(command, centre.privateKey));
  const other = generateKeyPairSync('ed25519');
  assert.match(openSignedCommand(signCommand(command, other.privateKey), centre.publicKey).refusal ?? '', /^wrongly signed/);
  const tampered = Buffer.from(signed.command);
  tampered.writeUInt8((tampered.at(-1) as number) ^ 1, tampered.length - 1);
  assert.match(openSignedCommand(v1.SignedCommand.encode({ command: tampered, signature: signed.signature }).finish(), centre.publicKey).refusal ?? '', /^(wrongly signed|unreadable)/);
  const bare = sign(null, Buffer.from(signed.command), centre.privateKey);
  assert.match(openSignedCommand(v1.SignedCommand.encode({ command: signed.command, signature: bare }).finish(), centre.publicKey).refusal ?? '', /^wrongly signed/, 'a signature over the bare bytes (no context) is not a command signature');
  assert.match(openSignedCommand(v1.SignedCommand.encode({ command: signed.command }).finish(), centre.publicKey).refusal ?? '', /^unsigned/);
  assert.match(openSignedCommand(signCommand(command, centre.privateKey), undefined).refusal ?? '', /no commands\.centre_key/);
  assert.match(openSignedCommand(Buffer.from('not protobuf at all, surely'), centre.publicKey).refusal ?? '', /^unreadable/);
  assert.match(openSignedCommand(new Uint8Array(MAX_SIGNED_COMMAND_BYTES + 1), centre.publicKey).refusal ?? '', /larger than/);
});

test('commands.centre_key: config validate accepts the text `outpost centre keys` prints and names anything else', () => {
  const yaml = (key: string) => `post: { id: bp-017 }\nuplink: { broker: 'mqtt://127.0.0.1:1883' }\ncommands: { centre_key: '${key}' }\n`;
  assert.equal(parseConfig(yaml(publicKeyText(centre.publicKey)), 'post.yaml', {}).problems, []);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  for (const bad of ['hello', rsa]) {
    const problems = parseConfig(yaml(bad), 'post.yaml', {}).problems;
    assert.is(problems.length, 1);
    assert.match(`${problems[0]?.path}: ${problems[0]?.message}`, /^commands\.centre_key: expected the base64 of an Ed25519 public key, as `outpost centre keys` prints it/);
  }
});

test.run();
