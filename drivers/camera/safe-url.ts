/** Query parameters that cameras use for credentials (Foscam's `pwd`, Hikvision's `auth`...). */
const SECRET_QUERY = /^(pwd|pass|passwd|password|user|usr|username|login|auth|token|key|apikey|api_key|sig|signature)$/i;

/**
 * The URL as it may be printed and logged: no user:password part, and the values of query
 * parameters that carry credentials replaced by `***`.
 */
export function safeUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  for (const name of [...copy.searchParams.keys()]) {
    if (SECRET_QUERY.test(name)) copy.searchParams.set(name, '***');
  }
  return copy.href.replace(/%2A%2A%2A/g, '***');
}
