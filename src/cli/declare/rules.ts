import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareRules(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('rules')
    .argument(
      '[rule]',
      vi
        ? 'mã hoặc tên một quy tắc (QMS024, legal-basis-current): in trang hướng dẫn của nó'
        : 'a rule id or alias (QMS024, legal-basis-current): print its page',
    )
    .description(
      vi
        ? 'danh mục quy tắc kiểm tra: mã, tên, điều khoản ISO, mức độ; hoặc trang hướng dẫn của một quy tắc'
        : "the rule catalogue: id, alias, ISO clause, severity; or one rule's page",
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
  qms rules QMS024
  qms rules --format markdown > quy-tac.md
  qms rules --format json`
        : `
Examples:
  qms rules
  qms rules QMS024
  qms rules --format markdown > rules.md
  qms rules --format json`,
    )
    .action(async (rule: string | undefined, options: { format: 'text' | 'markdown' | 'json' }) => {
      const { runRules } = await import('../commands/rules.js');
      result.code = runRules({ ...options, ...(rule === undefined ? {} : { rule }) }, io);
    });
}
