import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { MAX_ENVELOPE_BYTES, decodeMessage, decodeWholeEnvelope, encodeMessage, envelopeProblems, toJson, type IEnvelope } from '../../../wire/index.js';
import { readCappedInput } from '../capped-input.js';
import { OutpostError } from '../../../kernel/errors.js';
import { ExitCode, readInput, UsageError, write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';

const DEFAULT_TYPE = 'outpost.v1.Envelope';

export const codecCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('decode')
      .argument('[file]', 'file holding the message bytes, or - for stdin', '-')
      .option('-t, --type <type>', 'message type, e.g. outpost.v1.Envelope, outpost.v1.Ack, PostState', DEFAULT_TYPE)
      .action(async (file: string, options: { type: string }) => {
        // No outpost.v1 message is larger than the biggest envelope a centre accepts.
        const bytes = await readCappedInput(file, context.io, MAX_ENVELOPE_BYTES, 'a message to decode');
        const isEnvelope = options.type.replace(/^\./, '').replace(/^outpost\.v1\./, '') === 'Envelope';
        // A post deflates its records by default: show them, not a base64 block. The centre's
        // limits apply (records, decoded bytes, one deflated_records), so both read it alike.
        const message = isEnvelope ? decodeWholeEnvelope(bytes) : decodeMessage(options.type, bytes);
        const json = toJson(options.type, message);
        await write(context.io.stdout, `${JSON.stringify(json, null, 2)}\n`);
        if (isEnvelope) {
          const problems = envelopeProblems(message as IEnvelope);
          if (problems.length > 0) {
            context.io.stderr.write(`outpost: the envelope decodes but a centre would refuse it: ${problems.join('; ')}\n`);
            context.setExit(ExitCode.failed);
          }
        }
      });

    program
      .command('encode')
      .argument('[file]', 'JSON file, or - for stdin', '-')
      .requiredOption('-t, --type <type>', 'message type, e.g. outpost.v1.Envelope')
      .option('-o, --out <file>', 'write the bytes to this file instead of stdout')
      .action(async (file: string, options: { type: string; out?: string }) => {
        const text = (await readInput(file, context.io)).toString('utf8');
        let object: unknown;
        try {
          object = JSON.parse(text);
        } catch (error) {
          throw new OutpostError(`${file === '-' ? 'stdin' : file} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { code: 'cli.input' });
        }
        if (object === null || typeof object !== 'object' || Array.isArray(object)) {
          throw new OutpostError(`expected a JSON object for ${options.type}, found ${Array.isArray(object) ? 'an array' : typeof object}`, { code: 'cli.input' });
        }
        const bytes = encodeMessage(options.type, object as Record<string, unknown>);
        if (options.out !== undefined) {
          await writeFile(options.out, bytes);
          return;
        }
        if ((context.io.stdout as { isTTY?: boolean }).isTTY === true) {
          throw new UsageError('refusing to write binary protobuf to a terminal', 'redirect stdout to a file or use --out FILE');
        }
        await write(context.io.stdout, bytes);
      });
  },
};
