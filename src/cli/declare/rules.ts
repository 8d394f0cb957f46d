import { Option, type Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareRules(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('rules')
    .description(
      vi
        ? 'danh mục quy tắc kiểm tra: mã, tên, điều khoản ISO, mức độ'
        : 'the rule catalogue: id, alias, ISO clause, severity',
    )
    .addOption(
      new Option('--format <format>', vi ? 'định dạng' : 'format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      vi
        ? `
Ví dụ:
  qms rules
  qms rules --format markdown > quy-tac.md
  qms rules --format json`
        : `
Examples:
  qms rules
  qms rules --format markdown > rules.md
  qms rules --format json`,
    )
    .action(async (options: { format: 'text' | 'markdown' | 'json' }) => {
      const { runRules } = await import('../commands/rules.js');
      result.code = runRules(options, io);
    });
}
