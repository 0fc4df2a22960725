import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify, parse } from 'yaml';
import { describeError, OutpostError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import type { Environment } from '../../config/environment.js';
import { ConfigError, formatProblem, loadConfigFile } from '../../config/index.js';
import { askAgent, isNoAgent } from '../../diagnostics/ask-agent.js';
import { socketOfConfig } from '../../diagnostics/find-socket.js';
import type { StatusReport } from '../../diagnostics/status-report.js';
import { runDiag } from '../diag/index.js';
import { commandOutput, devices, journal, outboxFile, versions } from './sections.js';
import { redactedConfig, scrubText, secretValues } from './scrub.js';

export interface BundleOptions {
  configFile: string;
  env: Environment;
  /** The tar.gz to write. */
  out: string;
  /** The systemd unit whose journal is included. */
  unit: string;
  journalLines: number;
  waitMs: number;
  log: Logger;
}

/** What went into the bundle, for the command's summary. */
export interface BundleSummary {
  out: string;
  files: string[];
  agentRunning: boolean;
}

/**
 * Gathers everything a crew hands in about a post into one tar.gz: the config with its secrets
 * redacted, the unit's recent journal, status and diag as JSON, the outbox file's figures,
 * versions, USB and serial devices, disk usage. Every file is scrubbed of the config's secret
 * values before packing, whoever wrote them (a journal line that quoted a password included).
 */
export async function makeBundle(options: BundleOptions): Promise<BundleSummary> {
  const text = readConfig(options.configFile);
  const secrets = secretValues(text, options.env);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const rawPost = (parse(text) as { post?: { id?: unknown } } | null)?.post?.id;
  const name = `outpost-bundle-${typeof rawPost === 'string' ? rawPost.replace(/[^a-z0-9-]/g, '') : 'post'}-${stamp}`;
  const work = mkdtempSync(join(tmpdir(), 'outpost-bundle-'));
  const folder = join(work, name);
  const files: Record<string, string> = {};
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  try {
    files['config.yaml'] = stringify(redactedConfig(text));
    const status = await agentStatus(options.configFile);
    files['status.json'] = json(status.report ?? { agentRunning: false, why: status.why });
    const loaded = loadQuietly(options.configFile, options.env);
    if (loaded.config !== undefined) {
      const checks = await runDiag(loaded.config, status.report === undefined ? { log: options.log, waitMs: options.waitMs } : { log: options.log, waitMs: options.waitMs, agent: status.report });
      files['diag.json'] = json({ agentRunning: status.report !== undefined, checks });
      files['outbox.json'] = json({ file: outboxFile(loaded.config.outbox.path), running: status.report?.outbox ?? null });
    } else {
      files['diag.json'] = json({ error: `the config does not validate, so nothing was tested: ${loaded.why}` });
      files['outbox.json'] = json({ error: 'the config does not validate: outbox path unknown' });
    }
    files['journal.txt'] = await journal(options.unit, options.journalLines);
    files['versions.txt'] = versions();
    files['devices.txt'] = await devices();
    files['disk.txt'] = await commandOutput('df', ['-h']);
    mkdirSync(folder);
    for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), scrubText(content, secrets));
    await tar(work, name, resolve(options.out));
    return { out: resolve(options.out), files: Object.keys(files), agentRunning: status.report !== undefined };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readConfig(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new OutpostError(`cannot read ${file}: ${describeError(error)}`, { code: 'cli.input', subject: file, hint: 'name the post config with --config FILE' });
  }
}

function loadQuietly(file: string, env: Environment): { config?: ReturnType<typeof loadConfigFile>['config']; why?: string } {
  try {
    return { config: loadConfigFile(file, env).config };
  } catch (error) {
    return { why: error instanceof ConfigError ? error.problems.map(formatProblem).join('; ') : describeError(error) };
  }
}

async function agentStatus(configFile: string): Promise<{ report?: StatusReport; why?: string }> {
  let socket: string;
  try {
    socket = socketOfConfig(configFile);
  } catch (error) {
    return { why: describeError(error) };
  }
  try {
    const answer = await askAgent(socket, 'GET', '/status');
    return answer.status === 200 ? { report: JSON.parse(answer.body) as StatusReport } : { why: `the agent answered ${answer.status}` };
  } catch (error) {
    return { why: isNoAgent(error) ? `no agent running (nothing answers on ${socket})` : describeError(error) };
  }
}

function tar(cwd: string, folder: string, out: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile('tar', ['-czf', out, '-C', cwd, folder], (error, _stdout, stderr) => {
      if (error === null) return done();
      fail(new OutpostError(`cannot write ${out}: ${stderr.trim() || error.message}`, { code: 'bundle.write', subject: out, hint: 'choose a writable place with -o FILE' }));
    });
  });
}
