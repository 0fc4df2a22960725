import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ConfigError, loadConfigFile, postConfigJsonSchema, reportProblems } from '../../config/index.js';
import { ExitCode, write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';

export const configCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    const config = program.command('config');

    config
      .command('validate')
      .description('check post config files; lists every problem with file, line and column')
      .argument('<files...>', 'post config YAML files')
      .action(async (files: string[]) => {
        let failed = false;
        for (const file of files) {
          try {
            const { config: post } = loadConfigFile(file, context.io.env, { refuseUnrunnable: true });
            const buses = Object.keys(post.buses).length;
            const sensors = Object.keys(post.sensors).length;
            await write(context.io.stdout, `${file}: valid (post ${post.post.id}, ${buses} bus${buses === 1 ? '' : 'es'}, ${sensors} sensor${sensors === 1 ? '' : 's'})\n`);
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            failed = true;
            const count = error.problems.length;
            await write(context.io.stdout, `${reportProblems(error.problems).join('\n')}\n${file}: ${count} problem${count === 1 ? '' : 's'}\n`);
          }
        }
        context.setExit(failed ? ExitCode.failed : ExitCode.ok);
      });

    config
      .command('schema')
      .description('print the JSON Schema of post config files (for editors; equals deploy/post.schema.json)')
      .option('-o, --out <file>', 'write it to a file instead of stdout')
      .action(async (options: { out?: string }) => {
        const text = `${JSON.stringify(postConfigJsonSchema(), null, 2)}\n`;
        if (options.out !== undefined) await writeFile(options.out, text);
        else await write(context.io.stdout, text);
      });
  },
};
