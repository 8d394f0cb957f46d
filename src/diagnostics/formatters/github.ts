import type { Formatter } from './types.js';
import { displayPath } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` per diagnostic. */
export const formatGithub: Formatter = (report, options) => {
  const lines: string[] = [];
  for (const unit of report.units) {
    for (const d of unit.diagnostics) {
      if (d.waived && !options.showWaived) continue;
      const level = d.waived
        ? 'notice'
        : d.severity === 'error'
          ? 'error'
          : d.severity === 'warning'
            ? 'warning'
            : 'notice';
      const props = `file=${escapeProperty(displayPath(d.unit, d.file))},line=${d.line},col=${d.col},title=${escapeProperty(`${d.rule}/${d.alias}`)}`;
      const hint = d.hint ? `\n${d.hint[options.lang]}` : '';
      lines.push(`::${level} ${props}::${escapeData(d.message[options.lang] + hint)}`);
    }
  }
  return lines.join('\n');
};
