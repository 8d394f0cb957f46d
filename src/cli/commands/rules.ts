import { QmsError } from '../../core/errors.js';
import { text } from '../../core/text.js';
import { renderRuleDoc } from '../../core/validate/rule-docs.js';
import type { RuleMeta } from '../../core/validate/rule.js';
import { RULES } from '../../core/validate/rules/index.js';
import type { Io } from '../io.js';

const SEVERITY = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/**
 * `qms rules`: the catalogue as a table, Markdown (with links to the docs pages) or JSON;
 * `qms rules QMS024` (or its alias) prints that rule's page, the same text as docs/rules/QMS024.md.
 */
export function runRules(options: { format: 'text' | 'markdown' | 'json'; rule?: string }, io: Io): number {
  const lang = io.lang;
  const selected = options.rule === undefined ? RULES : [findRuleOrFail(options.rule)];
  if (options.rule !== undefined && options.format !== 'json') {
    io.out(renderRuleDoc(selected[0]).trimEnd());
    return 0;
  }
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        selected.map(({ id, alias, clause, severity, title, description, hint }) => ({
          id,
          alias,
          clause,
          severity,
          title,
          description,
          hint,
          docs: `docs/rules/${id}.md`,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  if (options.format === 'markdown') {
    io.out(
      lang === 'vi' ? '| Mã | Tên | Điều khoản | Mức | Kiểm tra |' : '| Id | Alias | Clause | Severity | Checks |',
    );
    io.out('| --- | --- | --- | --- | --- |');
    for (const r of RULES)
      io.out(
        `| [${r.id}](docs/rules/${r.id}.md) | \`${r.alias}\` | ${r.clause} | ${SEVERITY[lang][r.severity]} | ${r.title[lang].replace(/\|/g, '\\|')} |`,
      );
    return 0;
  }
  const width = Math.max(...RULES.map((r) => r.alias.length));
  for (const r of RULES) {
    const sev = SEVERITY[lang][r.severity];
    const colored =
      r.severity === 'error'
        ? io.color.red(sev.padEnd(9))
        : r.severity === 'warning'
          ? io.color.yellow(sev.padEnd(9))
          : io.color.blue(sev.padEnd(9));
    io.out(`${io.color.bold(r.id)}  ${r.alias.padEnd(width)}  ${r.clause.padEnd(6)} ${colored} ${r.title[lang]}`);
  }
  return 0;
}

function findRuleOrFail(wanted: string): RuleMeta {
  const key = wanted.trim().toUpperCase();
  const rule = RULES.find((r) => r.id === key || r.alias.toUpperCase() === key);
  if (rule) return rule;
  throw new QmsError(
    'E_USAGE',
    text(`không có quy tắc "${wanted}"`, `no rule "${wanted}"`),
    text('Xem danh mục: qms rules', 'See the catalogue: qms rules'),
  );
}
