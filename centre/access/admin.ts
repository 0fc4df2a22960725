import { randomBytes } from 'node:crypto';
import { OutpostError } from '../../kernel/errors.js';
import { ROLES, type AccessStore, type Role, type TokenRow, type UserRow } from '../store.js';
import { POST_ID } from './broker-auth.js';
import { MIN_PASSWORD_LENGTH, generateSecret, hashPassword, mosquittoHash, tokenHash } from './passwords.js';

/** A user name: letters, digits, `.`, `_`, `-`, `@`; at most 64. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function refuse(message: string, hint: string): never {
  throw new OutpostError(message, { code: 'centre.access', subject: 'centre', hint });
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) refuse(`the password has ${password.length} characters; at least ${MIN_PASSWORD_LENGTH} are needed`, 'choose a longer one, or leave it out to have one generated');
}

export function parseRole(text: string): Role {
  if (!(ROLES as readonly string[]).includes(text)) refuse(`role "${text}" is not one of ${ROLES.join(', ')}`, 'give --role viewer, operator, technician or admin');
  return text as Role;
}

/** Who did it, for the audit log: a user name, `token:<id>`, or `cli`. */
export type Actor = string;

/**
 * The user, post-credential and token changes, one implementation for the CLI and the API, each
 * written to the audit log. Passwords and token secrets are returned once and kept only hashed.
 */
export class AccessAdmin {
  constructor(
    private readonly access: AccessStore,
    private readonly clock: () => number = Date.now,
  ) {}

  private audit(actor: Actor, action: string, subject: string, detail: Record<string, unknown> = {}): Promise<void> {
    return this.access.appendAudit({ timeUnixMs: this.clock(), actor, action, subject, detail });
  }

  /** Adds a post's MQTT credential (or replaces it with `replace`); resolves with the password. */
  async setPostPassword(actor: Actor, postId: string, password: string | undefined, replace: boolean): Promise<string> {
    if (!POST_ID.test(postId)) refuse(`post id "${postId.slice(0, 80)}" is not a post id`, 'post ids are lowercase letters, digits and - (at most 63), as in the post config');
    const exists = (await this.access.postCredential(postId)) !== undefined;
    if (exists && !replace) refuse(`post ${postId} already has a password`, 'use `outpost centre post passwd` to change it');
    if (!exists && replace) refuse(`post ${postId} has no password yet`, 'use `outpost centre post add` first');
    const secret = password ?? generateSecret();
    checkPassword(secret);
    await this.access.putPostCredential({ postId, passwordHash: await hashPassword(secret), mosquittoHash: await mosquittoHash(secret), updatedUnixMs: this.clock() });
    await this.audit(actor, replace ? 'post.passwd' : 'post.add', postId);
    return secret;
  }

  async deletePost(actor: Actor, postId: string): Promise<void> {
    if (!(await this.access.deletePostCredential(postId))) refuse(`post ${postId} has no password`, 'see `outpost centre post list`');
    await this.audit(actor, 'post.del', postId);
  }

  async addUser(actor: Actor, name: string, role: Role, password: string | undefined): Promise<string> {
    if (!USER_NAME.test(name)) refuse(`user name "${name.slice(0, 80)}" is not allowed`, 'use letters, digits, ., _, - and @ (at most 64), starting with a letter or digit');
    if ((await this.access.user(name)) !== undefined) refuse(`user ${name} already exists`, 'use `outpost centre user passwd` to change the password, or pick another name');
    const secret = password ?? generateSecret();
    checkPassword(secret);
    const now = this.clock();
    await this.access.putUser({ name, role, passwordHash: await hashPassword(secret), createdUnixMs: now, updatedUnixMs: now });
    await this.audit(actor, 'user.add', name, { role });
    return secret;
  }

  /** New password (ends the user's sessions) and/or new role. */
  async changeUser(actor: Actor, name: string, change: { password?: string | undefined; role?: Role | undefined }): Promise<void> {
    const user = await this.existingUser(name);
    const updated: UserRow = { ...user, updatedUnixMs: this.clock() };
    if (change.password !== undefined) {
      checkPassword(change.password);
      updated.passwordHash = await hashPassword(change.password);
    }
    if (change.role !== undefined) updated.role = change.role;
    await this.access.putUser(updated);
    await this.access.deleteSessionsOf(name);
    if (change.password !== undefined) await this.audit(actor, 'user.passwd', name);
    if (change.role !== undefined && change.role !== user.role) await this.audit(actor, 'user.role', name, { from: user.role, to: change.role });
  }

  async deleteUser(actor: Actor, name: string): Promise<void> {
    if (!(await this.access.deleteUser(name))) refuse(`no user ${name}`, 'see `outpost centre user list`');
    await this.audit(actor, 'user.del', name);
  }

  /** A token acting with `role` (at most its creator's); resolves with the secret, shown once. */
  async addToken(actor: Actor, createdBy: string, name: string, role: Role): Promise<{ token: TokenRow; secret: string }> {
    const creator = await this.existingUser(createdBy);
    if (ROLES.indexOf(role) > ROLES.indexOf(creator.role)) refuse(`a token cannot have more rights (${role}) than its user ${createdBy} (${creator.role})`, 'give a lower --role');
    const id = randomBytes(6).toString('hex');
    const secret = `opc_${id}_${generateSecret()}`;
    const token: TokenRow = { id, hash: tokenHash(secret), name, role, createdBy, createdUnixMs: this.clock(), revokedUnixMs: undefined };
    await this.access.putToken(token);
    await this.audit(actor, 'token.add', id, { name, role, user: createdBy });
    return { token, secret };
  }

  async revokeToken(actor: Actor, id: string): Promise<void> {
    if (!(await this.access.revokeToken(id, this.clock()))) refuse(`no live token ${id}`, 'see `outpost centre token list`');
    await this.audit(actor, 'token.revoke', id);
  }

  private async existingUser(name: string): Promise<UserRow> {
    const user = await this.access.user(name);
    if (user === undefined) refuse(`no user ${name}`, 'see `outpost centre user list`, or add one with `outpost centre user add`');
    return user;
  }
}
