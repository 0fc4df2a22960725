import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

/**
 * scripts/test.mjs, the runner `npm test` is: files marked `// test lane: waits` run in a lane of
 * their own beside the N lanes, which take the other files first. Four stand-in
 * test files log when they start and end; the overlaps say how the runner scheduled them.
 */
const root = new URL('../..', import.meta.url).pathname;

function standIn(dir: string, name: string, waits: boolean): void {
  const lines = [
    ...(waits ? ['// test lane: waits (a stand-in that sleeps)'] : []),
    "import { appendFileSync } from 'node:fs';",
    `appendFileSync(process.env['LANE_LOG'] as string, \`start ${name} \${Date.now()}\\n\`);`,
    // No top-level await: outside the repository tsx compiles the file as CommonJS.
    'setTimeout(() => {',
    `  appendFileSync(process.env['LANE_LOG'] as string, \`end ${name} \${Date.now()}\\n\`);`,
    "  console.log('  Total:     1\\n  Passed:    1\\n  Skipped:   0');",
    '}, 1500);',
  ];
  writeFileSync(join(dir, `${name}.test.ts`), `${lines.join('\n')}\n`);
}

interface Run {
  output: string;
  /** The most files that ran at once, and the pairs that overlapped. */
  most: number;
  overlapping: Set<string>;
}

async function runRunner(env: Record<string, string>): Promise<Run> {
  const dir = tempDir('test-runner-');
  for (const name of ['work-1', 'work-2']) standIn(dir, name, false);
  for (const name of ['wait-1', 'wait-2']) standIn(dir, name, true);
  const log = join(dir, 'lanes.log');
  writeFileSync(log, '');
  const runner = startPeer(process.execPath, [join(root, 'scripts/test.mjs'), dir], { cwd: root, env: { ...process.env, ...env, LANE_LOG: log } });
  // Its summary is the last thing it prints.
  await runner.waitForOutput(/^\d+ passed, \d+ failed.*\n$/m, 60_000);
  const output = runner.output();
  assert.is(await runner.exited, 0, output);
  const spans = new Map<string, { start: number; end: number }>();
  for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
    const [edge, name, at] = line.split(' ') as [string, string, string];
    const span = spans.get(name) ?? { start: 0, end: 0 };
    span[edge as 'start' | 'end'] = Number(at);
    spans.set(name, span);
  }
  assert.is(spans.size, 4, `every stand-in ran: ${[...spans.keys()].join(', ')}`);
  const overlapping = new Set<string>();
  for (const [name, span] of spans) {
    for (const [other, at] of spans) if (other !== name && at.start < span.end && at.end > span.start) overlapping.add([name, other].sort().join('+'));
  }
  // The most at once is reached at some file's start.
  const most = Math.max(...[...spans.values()].map((at) => [...spans.values()].filter((other) => other.start <= at.start && other.end > at.start).length));
  return { output, most, overlapping };
}

test('files marked "test lane: waits" run in a lane of their own beside the two lanes, which take the other files first', async () => {
  const run = await runRunner({ OUTPOST_TEST_JOBS: '2' });
  // wait-1 in its lane beside work-1 and work-2; wait-2 once a lane is free (never four at once).
  assert.is(run.most, 3, 'both working files and one waiting file at once');
  assert.ok(run.overlapping.has('wait-1+work-1') && run.overlapping.has('wait-1+work-2'), [...run.overlapping].join(', '));
  assert.match(run.output, /4 files in [\d.]+s on 2 lanes and one for the files that wait/);
  assert.match(run.output, /\n4 passed, 0 failed\n$/);
});

test('OUTPOST_TEST_WAIT_LANE=0: every file in the two lanes, at most two at once', async () => {
  const run = await runRunner({ OUTPOST_TEST_JOBS: '2', OUTPOST_TEST_WAIT_LANE: '0' });
  assert.is(run.most, 2);
  assert.match(run.output, /4 files in [\d.]+s on 2 lanes\n/);
  assert.match(run.output, /\n4 passed, 0 failed\n$/);
});

test.run();
