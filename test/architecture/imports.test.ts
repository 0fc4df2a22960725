import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkImports, describeViolation, importsOf, readTree, treeRoot, type SourceTree } from './import-rules.js';

const tree = readTree(treeRoot());

test('the tree keeps its layering: kernel, wire, drivers, agent, centre', () => {
  assert.ok(tree.size > 200, `read the whole tree (${tree.size} files)`);
  const violations = checkImports(tree).map(describeViolation);
  assert.equal(violations, [], violations.join('\n'));
});

test('the parser sees static, type-only, re-exported and dynamic imports', () => {
  const edges = importsOf(
    'agent/x.ts',
    [
      "import { a, type B } from './a.js';",
      "import type { C } from '../drivers/serial/types.js';",
      "export { d } from './d.js';",
      "import * as e from 'node:fs';",
      'const f = async () => (await import("./f.js")).f;',
    ].join('\n'),
  );
  assert.equal(
    edges.map((edge) => [edge.target, edge.values]),
    [
      ['agent/a', ['a']],
      ['drivers/serial/types', []],
      ['agent/d', ['d']],
      [undefined, ['*']],
      ['agent/f', ['*']],
    ],
  );
});

/** A small tree that keeps every rule, to plant one violation in at a time. */
function cleanTree(): Map<string, string> {
  return new Map([
    ['kernel/errors.ts', "export class OutpostError extends Error {}\n"],
    ['kernel/bus.ts', "import type { Component } from './component.js';\nexport interface Bus extends Component { contract: string }\n"],
    ['wire/codec.ts', "import { OutpostError } from '../kernel/errors.js';\nimport { outpost } from '../proto/gen/outpost.js';\n"],
    ['drivers/serial/types.ts', "import type { Bus } from '../../kernel/bus.js';\nexport interface ByteLink extends Bus {}\n"],
    ['drivers/serial/link.ts', "import type { ByteLink } from './types.js';\nexport class SerialLink implements ByteLink {}\n"],
    ['drivers/serial/factory.ts', "import { SerialLink } from './link.js';\nexport function openSerialLink() { return new SerialLink(); }\n"],
    ['drivers/modbus/factory.ts', "import { openSerialLink } from '../serial/factory.js';\nimport type { ByteLink } from '../serial/types.js';\n"],
    ['agent/sensors/gps/factory.ts', "import type { ByteLink } from '../../../drivers/serial/types.js';\nimport { OutpostError } from '../../../kernel/errors.js';\n"],
    ['centre/ingest.ts', "import { decode } from '../wire/codec.js';\nimport { OutpostError } from '../kernel/errors.js';\n"],
  ]);
}

const planted = (file: string, source: string): SourceTree => new Map([...cleanTree(), [file, source]]);

test('a clean synthetic tree passes', () => {
  assert.equal(checkImports(cleanTree()), []);
});

test('each planted violation fails the check, naming the file and the rule', () => {
  const cases: [string, string, RegExp][] = [
    ['drivers/gpio/chip.ts', "import { createLogger } from '../../agent/log/logger.js';", /a driver never imports agent\//],
    ['drivers/can/bus.ts', "import type { Store } from '../../centre/store.js';", /a driver never imports centre\//],
    ['centre/api.ts', "import { Agent } from '../agent/runtime/agent.js';", /centre\/ never imports agent\//],
    ['centre/types.ts', "import type { SeqRange } from '../agent/outbox/types.js';", /centre\/ never imports agent\//],
    ['kernel/host-port.ts', "import { parseTcpTarget } from '../drivers/serial/tcp-transport.js';", /kernel\/ imports nothing of ours/],
    ['wire/topics.ts', "import { Agent } from '../agent/runtime/agent.js';", /wire\/ imports only kernel\/ and proto\//],
    ['agent/sensors/gps/factory.ts', "import { SerialLink } from '../../../drivers/serial/link.js';", /SerialLink: a concrete driver class of drivers\/serial\//],
    ['drivers/modbus/factory.ts', "export { SerialLink } from '../serial/link.js';", /SerialLink: a concrete driver class/],
    ['agent/cli/probe.ts', "const { SerialLink } = await import('../../drivers/serial/link.js');", /concrete driver class/],
  ];
  for (const [file, source, rule] of cases) {
    const violations = checkImports(planted(file, source));
    assert.is(violations.length, 1, `${file}: ${source} is one violation, found ${violations.map(describeViolation).join('; ') || 'none'}`);
    assert.is(violations[0]?.file, file);
    assert.match(describeViolation(violations[0]!), rule);
  }
});

test('a type-only import of a driver class, or its own folder using it, is allowed', () => {
  assert.equal(checkImports(planted('agent/runtime/parts.ts', "import type { SerialLink } from '../../drivers/serial/link.js';")), []);
  assert.equal(checkImports(planted('drivers/serial/open-once.ts', "import { SerialLink } from './link.js';")), []);
});

test.run();
