import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultCommandKeyPath, loadOrCreateCommandKey } from '../../../centre/command-key.js';
import { publicKeyText } from '../../../wire/command-signature.js';
import { createPublicKey } from 'node:crypto';
import { OutpostError } from '../../../kernel/errors.js';
import { ExitCode, UsageError, write } from '../io.js';
import { durationOption } from '../options.js';
import type { CliContext } from '../program.js';

interface CmdFlags {
  api: string;
  expires: string;
  wait?: boolean;
  timeout: string;
  list?: boolean;
  post?: string;
  file?: string;
  out?: string;
  json?: boolean;
}

interface CommandJson {
  id: string;
  post: string;
  name: string;
  state: string;
  reason: string;
  configHash: string;
  issued: string;
  outputType: string;
  outputBytes: number;
  outputText?: string;
  outputBase64?: string;
}

const FINAL = ['done', 'failed', 'refused', 'expired'];
const POLL_MS = 500;

/** Talks to the running centre's HTTP API as the token in OUTPOST_CENTRE_TOKEN (none with --insecure). */
class CentreApi {
  constructor(
    private readonly base: string,
    private readonly token: string | undefined,
  ) {}

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { ...(this.token === undefined ? {} : { authorization: `Bearer ${this.token}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new OutpostError(`no centre answers at ${this.base} (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`, { code: 'cli.centre_api', hint: 'start it (`outpost centre`), or give its address with --api http://host:port' });
    }
    const text = await response.text();
    if (!response.ok) {
      const detail = ((): string => {
        try {
          return (JSON.parse(text) as { detail?: string }).detail ?? text;
        } catch {
          return text;
        }
      })();
      const hint = response.status === 401 ? 'make an operator token with `outpost centre token add NAME --role operator` and export it as OUTPOST_CENTRE_TOKEN' : undefined;
      throw new OutpostError(`the centre answered ${response.status}: ${detail.slice(0, 500)}`, { code: 'cli.centre_api', hint });
    }
    return JSON.parse(text) as T;
  }
}

function parseArguments(pairs: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`"${pair}" is not an argument: write NAME=VALUE, e.g. level=debug for=10m`);
    args[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return args;
}

function describe(row: CommandJson): string {
  const lines = [`command ${row.id} (${row.name} on ${row.post}): ${row.state}${row.reason === '' ? '' : `: ${row.reason}`}`];
  if (row.configHash !== '') lines.push(`config running on the post: ${row.configHash}`);
  return `${lines.join('\n')}\n`;
}

function table(rows: readonly CommandJson[]): string {
  if (rows.length === 0) return 'no commands issued yet\n';
  return `${rows.map((row) => `${row.issued}  ${row.id.slice(0, 12)}  ${row.post.padEnd(12)} ${row.name.padEnd(13)} ${row.state.padEnd(8)} ${row.reason}`.trimEnd()).join('\n')}\n`;
}

/** `outpost centre keys` and `outpost centre cmd`. */
export function registerCommandCli(centre: Command, context: CliContext): void {
  centre
    .command('keys')
    .description("print the centre's command key (public half) for every post's commands.centre_key; makes the key at first use")
    .action(async (_local: object, command: Command) => {
      const flags = command.optsWithGlobals() as { db: string; commandKey?: string };
      const path = flags.commandKey ?? defaultCommandKeyPath(flags.db);
      if (path === undefined) throw new UsageError('with PostgreSQL the command key has no default place', 'name it: outpost centre keys --command-key /etc/outpost-centre/command.key (the file every worker gets with --command-key)');
      const { privateKey, created } = loadOrCreateCommandKey(path);
      const text = publicKeyText(createPublicKey(privateKey));
      await write(context.io.stdout, `# the centre's command key (private half in ${path}${created ? ', made now' : ''}); in every post's config:\ncommands:\n  centre_key: ${text}\n`);
    });

  centre
    .command('cmd [post] [command] [arguments...]')
    .description('issue a command to a post through the running centre (signed with its key) and show the result; --list shows the commands issued')
    .option('--api <url>', "the centre's HTTP API", 'http://127.0.0.1:8080')
    .option('--expires <duration>', 'the post refuses the command after this long', '10m')
    .option('--wait', 'wait for the result and print it (exit 0 only when done)')
    .option('--timeout <duration>', 'with --wait: give up waiting after this long', '2m')
    .option('--file <file>', 'push-config: the new config file')
    .option('--out <file>', 'with --wait: write the output (a bundle, a JSON report) to this file')
    .option('--list', 'list the commands issued (newest first); with a post, only its own')
    .option('--json', 'print JSON')
    .action(async (post: string | undefined, name: string | undefined, pairs: string[], flags: CmdFlags) => {
      const api = new CentreApi(flags.api, context.io.env['OUTPOST_CENTRE_TOKEN']);
      const out = (text: string): Promise<void> => write(context.io.stdout, text);
      if (flags.list === true) {
        const rows = await api.call<CommandJson[]>('GET', `/api/commands${post === undefined ? '' : `?post=${encodeURIComponent(post)}`}`);
        await out(flags.json === true ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
        return;
      }
      if (post === undefined || name === undefined) throw new UsageError('name the post and the command, e.g. `outpost centre cmd bp-017 status --wait`', 'or list what was issued with --list');
      if (name === 'push-config' && flags.file === undefined) throw new UsageError('push-config needs the new config: --file post.yaml');
      const payload = flags.file === undefined ? undefined : readFileSync(flags.file).toString('base64');
      const expiresMs = durationOption('--expires', flags.expires);
      const issued = await api.call<CommandJson>('POST', '/api/commands', { post, name, arguments: parseArguments(pairs), expires: `${Math.round(expiresMs / 1000)}s`, ...(payload === undefined ? {} : { payloadBase64: payload }) });
      if (flags.wait !== true) {
        await out(flags.json === true ? `${JSON.stringify(issued, null, 2)}\n` : `command ${issued.id} sent to ${post}; \`outpost centre cmd --list ${post}\` shows how it goes\n`);
        return;
      }
      // Past the expiry, one more look shows the command expired rather than still pending.
      const deadline = Date.now() + Math.min(durationOption('--timeout', flags.timeout), expiresMs + 2 * POLL_MS);
      let row = issued;
      while (!FINAL.includes(row.state) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        row = await api.call<CommandJson>('GET', `/api/commands/${issued.id}`);
      }
      if (flags.json === true) await out(`${JSON.stringify(row, null, 2)}\n`);
      else {
        await out(describe(row));
        if (!FINAL.includes(row.state)) await out(`no result yet (the post may be offline); \`outpost centre cmd --list ${post}\` shows it when it comes\n`);
      }
      const output = row.outputText === undefined ? Buffer.from(row.outputBase64 ?? '', 'base64') : Buffer.from(row.outputText);
      if (flags.out !== undefined && output.length > 0) writeFileSync(flags.out, output);
      else if (flags.json !== true && row.outputText !== undefined && row.outputText !== '') await out(`${row.outputText}\n`);
      else if (flags.json !== true && output.length > 0) await out(`${output.length} bytes of ${row.outputType}; save them with --out FILE\n`);
      context.setExit(row.state === 'done' ? ExitCode.ok : ExitCode.failed);
    });
}
