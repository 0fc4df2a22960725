/** One line of `outpost diag`: a part of the post, whether it passed, what was seen, and the fix when it did not. */
export interface Check {
  part: string;
  /** `skip`: this machine cannot tell (no timedatectl, say); it does not fail the run. */
  result: 'pass' | 'fail' | 'skip';
  detail: string;
  fix?: string;
}

export function pass(part: string, detail: string): Check {
  return { part, result: 'pass', detail };
}

export function fail(part: string, detail: string, fix: string): Check {
  return { part, result: 'fail', detail, fix };
}

export function skip(part: string, detail: string): Check {
  return { part, result: 'skip', detail };
}

const mark = { pass: '✔', fail: '✘', skip: '-' } as const;

/** The table a technician reads: every part, then the fixes of those that failed. */
export function formatChecks(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((check) => check.part.length), 4);
  const lines = checks.map((check) => `${mark[check.result]} ${check.part.padEnd(width)}  ${check.detail}`);
  const failed = checks.filter((check) => check.result === 'fail');
  if (failed.length > 0) {
    lines.push('', 'to fix:');
    for (const check of failed) lines.push(`  ${check.part}: ${check.fix ?? 'see the detail above'}`);
  }
  lines.push('', failed.length === 0 ? `all ${checks.length - checks.filter((check) => check.result === 'skip').length} checks passed` : `${failed.length} of ${checks.length} checks failed`);
  return `${lines.join('\n')}\n`;
}
