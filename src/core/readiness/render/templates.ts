import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { QmsError } from '../../errors.js';
import { templatesDir } from '../../paths.js';
import { md, mdCell } from '../../render/templates.js';
import { text } from '../../text.js';
import type { ReportView } from './view.js';

/**
 * The readiness report as Markdown or a self-contained HTML page (templates/readiness.*.hbs): an
 * isolated Handlebars environment, strict, known helpers only; user text is data, never compiled.
 */
const hb = Handlebars.create();
hb.registerHelper('md', md);
hb.registerHelper('mdCell', mdCell);
hb.log = () => undefined;

const compiled = new Map<'md' | 'html', HandlebarsTemplateDelegate>();

export function renderReadinessTemplate(view: ReportView, format: 'md' | 'html'): string {
  const file = `readiness.${format}.hbs`;
  let fn = compiled.get(format);
  if (!fn) {
    let source: string;
    try {
      source = readFileSync(join(templatesDir, file), 'utf8');
    } catch {
      throw new QmsError(
        'E_TEMPLATE',
        text(`không đọc được mẫu ${file}`, `cannot read template ${file}`),
        undefined,
        3,
      );
    }
    fn = hb.compile(source, {
      strict: true,
      knownHelpers: { md: true, mdCell: true },
      knownHelpersOnly: true,
      noEscape: format === 'md',
    });
    compiled.set(format, fn);
  }
  try {
    const out = fn(view);
    return format === 'md' ? `${out.replace(/\n{3,}/g, '\n\n').trimEnd()}\n` : out;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new QmsError('E_TEMPLATE', text(`mẫu ${file}: ${message}`, `template ${file}: ${message}`), undefined, 3);
  }
}
