/**
 * WWW-Authenticate parsing (RFC 9110 §11.6.1): a header may carry several challenges, and a
 * server may send several headers. Each challenge is a scheme followed by auth-params
 * (`name=token` or `name="quoted string"`), separated by commas.
 */
export interface Challenge {
  /** Lowercase: `basic`, `digest`. */
  scheme: string;
  /** Parameter names lowercased, values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

export function parseChallenges(headers: readonly string[]): Challenge[] {
  return headers.flatMap(parseHeader);
}

function parseHeader(text: string): Challenge[] {
  const challenges: Challenge[] = [];
  let rest = text;
  let current: Challenge | undefined;
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '');
    const token = TOKEN.exec(rest)?.[0];
    if (token === undefined) break;
    const after = rest.slice(token.length).replace(/^\s*/, '');
    if (after.startsWith('=') && !/^=+\s*(,|$)/.test(after) && current !== undefined) {
      const [value, remaining] = readValue(after.slice(1).replace(/^\s*/, ''));
      current.params[token.toLowerCase()] = value;
      rest = remaining;
      continue;
    }
    current = { scheme: token.toLowerCase(), params: {} };
    challenges.push(current);
    rest = after;
    // A token68 credential (Basic's old form) is skipped: we never need it.
    const token68 = /^[A-Za-z0-9._~+/-]+=*\s*(,|$)/.exec(rest);
    if (token68 !== null && !/^[A-Za-z0-9._~+/-]+\s*=[^=]/.test(rest)) rest = rest.slice(token68[0].length);
  }
  return challenges;
}

function readValue(text: string): [string, string] {
  if (!text.startsWith('"')) {
    const token = /^[^\s,]*/.exec(text)?.[0] ?? '';
    return [token, text.slice(token.length)];
  }
  let value = '';
  let index = 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '\\' && index + 1 < text.length) {
      value += text[index + 1];
      index += 2;
      continue;
    }
    if (char === '"') return [value, text.slice(index + 1)];
    value += char;
    index += 1;
  }
  return [value, ''];
}
