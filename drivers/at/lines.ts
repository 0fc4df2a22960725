import { LineSplitter, type LineTooLong } from '../../kernel/line-splitter.js';

/**
 * How a line from a modem is read: a final result code that ends a command, an unsolicited
 * result code (URC) that the modem sends on its own, or a line of the command's response.
 * Verbose result codes only (ATV1, every modem's default); numeric ones (ATV0) are not read.
 */

export type FinalKind = 'ok' | 'connect' | 'error' | 'cme_error' | 'cms_error' | 'no_carrier' | 'busy' | 'no_answer' | 'no_dialtone';

export interface FinalResult {
  kind: FinalKind;
  /** The line as received, e.g. `+CME ERROR: 10`. */
  text: string;
  /** The number of a +CME/+CMS ERROR, when numeric (ATCMEE=1). */
  code?: number;
  /** The words of a +CME/+CMS ERROR: the modem's own (ATCMEE=2) or ours for a known number. */
  reason?: string;
}

const finals: [RegExp, FinalKind][] = [
  [/^OK$/, 'ok'],
  [/^CONNECT(?:\s.*)?$/, 'connect'],
  [/^ERROR$/, 'error'],
  [/^NO CARRIER$/, 'no_carrier'],
  [/^BUSY$/, 'busy'],
  [/^NO ANSWER$/, 'no_answer'],
  [/^NO DIAL ?TONE$/, 'no_dialtone'],
];

/** 3GPP TS 27.007 §9.2 mobile equipment errors most seen in the field. */
const cmeReasons: Record<number, string> = {
  0: 'phone failure',
  3: 'operation not allowed',
  4: 'operation not supported',
  10: 'SIM not inserted',
  11: 'SIM PIN required',
  12: 'SIM PUK required',
  13: 'SIM failure',
  14: 'SIM busy',
  15: 'SIM wrong',
  16: 'incorrect password',
  17: 'SIM PIN2 required',
  30: 'no network service',
  31: 'network timeout',
  32: 'network not allowed, emergency calls only',
  100: 'unknown',
};

/** 3GPP TS 27.005 §3.2.5 message service errors most seen. */
const cmsReasons: Record<number, string> = {
  300: 'ME failure',
  301: 'SMS service of ME reserved',
  302: 'operation not allowed',
  303: 'operation not supported',
  310: 'SIM not inserted',
  330: 'SMSC address unknown',
  500: 'unknown error',
};

export function finalResult(line: string): FinalResult | undefined {
  for (const [pattern, kind] of finals) if (pattern.test(line)) return { kind, text: line };
  const error = /^\+(CME|CMS) ERROR:\s*(.*)$/.exec(line);
  if (error === null) return undefined;
  const kind: FinalKind = error[1] === 'CME' ? 'cme_error' : 'cms_error';
  const detail = (error[2] ?? '').trim();
  if (/^\d+$/.test(detail)) {
    const code = Number(detail);
    const reason = (kind === 'cme_error' ? cmeReasons : cmsReasons)[code];
    return reason === undefined ? { kind, text: line, code } : { kind, text: line, code, reason };
  }
  return detail === '' ? { kind, text: line } : { kind, text: line, reason: detail };
}

/** `AT+CSQ` → `+CSQ`, `AT+CREG?` → `+CREG`, `AT^SYSINFO` → `^SYSINFO`; undefined for basic commands (ATI). */
export function responsePrefix(command: string): string | undefined {
  const match = /^AT([+^$%#*][A-Z0-9_]+)/i.exec(command.trim());
  return match?.[1]?.toUpperCase();
}

/** URCs without a prefix that modems send on their own (ring, boot and power messages). */
const bareUrcs = /^(RING|RDY|NORMAL POWER DOWN|POWERED DOWN|UNDER-VOLTAGE (POWER DOWN|WARNING)|OVER-VOLTAGE (POWER DOWN|WARNING)|Call Ready|SMS Ready|SMS DONE|PB DONE|\^SYSSTART.*)$/;

const REGISTRATION = new Set(['+CREG', '+CGREG', '+CEREG', '+C5GREG']);

/**
 * Prefixed URCs of 3GPP TS 27.007/27.005 and common vendors. Only consulted while a basic
 * command (ATI, AT&V) runs, whose answer may itself hold prefixed lines (`+GCAP: +CGSM`).
 */
const KNOWN_URCS = new Set([...REGISTRATION, '+CMTI', '+CMT', '+CDSI', '+CDS', '+CBM', '+CLIP', '+CRING', '+CCWA', '+CUSD', '+CIEV', '+CTZV', '+CTZE', '+CPIN', '+QIND', '+QUSIM', '+QIURC', '+CGEV', '+UUSORD', '+UUPSDD', '^MODE', '^RSSI', '^BOOT', '^SYSSTART', '+PBREADY']);

/**
 * Is this line, arriving while `prefix`'s command is in flight, unsolicited? A prefixed line of
 * another command is; so are the bare URCs. The registration commands need care: the modem
 * sends `+CREG: <stat>[,"<lac>","<ci>"[,<AcT>]]` on its own, and `+CREG: <n>,<stat>[,...]`
 * as the answer to `AT+CREG?`; the answer's second field is a bare number, the URC's never is.
 */
export function isUnsolicited(line: string, prefix: string | undefined): boolean {
  if (bareUrcs.test(line)) return true;
  const prefixed = /^([+^$%#*][A-Z0-9_]+):?\s*(.*)$/i.exec(line);
  if (prefixed === null) return false;
  const name = (prefixed[1] ?? '').toUpperCase();
  if (prefix === undefined) return KNOWN_URCS.has(name) && (!REGISTRATION.has(name) || registrationUrcShape(prefixed[2] ?? ''));
  if (name !== prefix) return true;
  if (!REGISTRATION.has(name)) return false;
  return registrationUrcShape(prefixed[2] ?? '');
}


function registrationUrcShape(rest: string): boolean {
  const params = rest.split(',');
  if ((params[0] ?? '').startsWith('(')) return false;
  return !(params.length >= 2 && /^\d+$/.test((params[1] ?? '').trim()));
}

/** Cuts the modem's byte stream into lines: CR, LF or both end a line; lines trimmed, blank ones dropped. */
export function modemLines(onLine: (line: string) => void, onOverlong: (fault: LineTooLong) => void): LineSplitter {
  return new LineSplitter({
    onLine: (bytes) => {
      const line = bytes.toString('latin1').trim();
      if (line.length > 0) onLine(line);
    },
    onOverlong,
  });
}
