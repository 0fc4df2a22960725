import { OutpostError } from '../kernel/errors.js';

/** True when `--db` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Expands `${VAR}` in a `postgres://` URL from the environment, so the password can live in a
 * systemd credential or an env file instead of the command line (PGPASSWORD, which the `pg`
 * client reads itself, works too). A variable that is not set is an error naming it, never an
 * empty password.
 */
export function expandUrl(url: string, env: NodeJS.ProcessEnv): string {
  return url.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, name: string) => {
    const value = env[name];
    if (value === undefined) {
      throw new OutpostError(`--db refers to \${${name}}, which is not set in the environment`, {
        code: 'centre.db_url',
        subject: 'centre',
        hint: `set ${name} (e.g. in the systemd unit's EnvironmentFile) or give the password in PGPASSWORD`,
      });
    }
    return encodeURIComponent(value);
  });
}

/**
 * The `PGPASSWORD` of `env` put into a URL that names a user but no password. The `pg` client
 * reads PGPASSWORD from the process's own environment only; this makes the environment the
 * caller was given (the CLI's, a test's) the one that counts.
 */
export function withEnvPassword(url: string, env: NodeJS.ProcessEnv): string {
  const password = env['PGPASSWORD'];
  if (password === undefined || password === '') return url;
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+)@/i, (_match, head: string) => `${head}:${encodeURIComponent(password)}@`);
}

/**
 * `--db` as a command to copy may show it: a password written in the URL is left out (the
 * command then takes it from PGPASSWORD), a `${VAR}` standing for it is kept.
 */
export function urlToShow(db: string): string {
  return db.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):(?!\$\{[A-Za-z_][A-Za-z0-9_]*\}@)[^@]*@/i, '$1@');
}

/** The URL with any password replaced by `***`: for logs, errors and the ready line. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}

/** `text` with every occurrence of `secret` replaced by `***` (a driver message may quote the URL). */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret === '') return text;
  return text.split(secret).join('***');
}

/** The password in a `postgres://` URL (percent-decoded), or undefined. */
export function passwordOf(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}
