import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { QmsError } from '../errors.js';
import { templatesDir } from '../paths.js';
import { text } from '../text.js';
import { issuerHeader, upper } from './format.js';
import type { AdminBlock, AdminFrame, Block, DocView, SectionView, TableView } from './view/types.js';

/**
 * Markdown and HTML through Handlebars (reliability.md §3): one isolated environment, helpers
 * registered once, every template compiled once per process with strict + knownHelpersOnly. Only our
 * own template files are compiled; user text is data and is never compiled.
 */

export type TemplateFormat = 'md' | 'html';

/** Markdown-special characters, escaped wherever user text lands (no HTML escaping in .md). */
const MD_SPECIAL = /[\\`*_[\]<>#|~]|&(?=#?[A-Za-z0-9]+;)/g;

/** Text for a Markdown table cell or an inline position: specials escaped, newlines as <br>. */
export function mdCell(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
  return String(value ?? '')
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '<br>');
}

/** Text at the start of a Markdown line: as mdCell, and a leading list or heading marker made literal. */
export function md(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
  return mdCell(String(value ?? '').trimStart()).replace(/^([-+=]|\d+(?=[.)]))/, (m) =>
    /^\d/.test(m) ? `${m}\\` : `\\${m}`,
  );
}

const hb = Handlebars.create();
hb.registerHelper('md', md);
hb.registerHelper('mdCell', mdCell);
hb.registerHelper(
  'br',
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
  (value: unknown) => new hb.SafeString(hb.escapeExpression(String(value ?? '')).replace(/\n/g, '<br>')),
);
// Keep Handlebars from writing to the console (it logs denied prototype access there).
hb.log = () => undefined;

const KNOWN_HELPERS = { md: true, mdCell: true, br: true };
const PARTS = ['document', 'document-blocks', 'document-table', 'admin-blocks'] as const;
const compiled = new Map<TemplateFormat, HandlebarsTemplateDelegate>();

function compileFile(name: string, format: TemplateFormat): HandlebarsTemplateDelegate {
  const file = `${name}.${format}.hbs`;
  let source: string;
  try {
    source = readFileSync(join(templatesDir, file), 'utf8');
  } catch {
    throw new QmsError('E_TEMPLATE', text(`không đọc được mẫu ${file}`, `cannot read template ${file}`), undefined, 3);
  }
  return hb.compile(source, {
    strict: true,
    knownHelpers: KNOWN_HELPERS,
    knownHelpersOnly: true,
    noEscape: format === 'md',
  });
}

function template(format: TemplateFormat): HandlebarsTemplateDelegate {
  let fn = compiled.get(format);
  if (!fn) {
    for (const part of PARTS.slice(1)) hb.registerPartial(`${part}-${format}`, compileFile(part, format));
    fn = compileFile(PARTS[0], format);
    compiled.set(format, fn);
  }
  return fn;
}

/** Render a document as Markdown or self-contained HTML. */
export function renderTemplate(view: DocView, format: TemplateFormat): string {
  if (view.admin) return renderViewWith('admin', view, format);
  try {
    return template(format)(templateContext(view));
  } catch (error) {
    if (error instanceof QmsError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new QmsError(
      'E_TEMPLATE',
      text(`mẫu document.${format}.hbs: ${message}`, `template document.${format}.hbs: ${message}`),
      undefined,
      3,
    );
  }
}

const others = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Render a view with another template of templates/ (`<name>.<format>.hbs`, e.g. the audit checklist):
 * the same environment, helpers and partials as the documents of `qms build`.
 */
export function renderViewWith(name: string, view: DocView, format: TemplateFormat): string {
  try {
    let fn = others.get(`${name}.${format}`);
    if (!fn) {
      template(format); // registers the shared partials
      fn = compileFile(name, format);
      others.set(`${name}.${format}`, fn);
    }
    return fn(templateContext(view));
  } catch (error) {
    if (error instanceof QmsError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new QmsError(
      'E_TEMPLATE',
      text(`mẫu ${name}.${format}.hbs: ${message}`, `template ${name}.${format}.hbs: ${message}`),
      undefined,
      3,
    );
  }
}

/** The view with what templates cannot compute themselves (no logic helpers are registered). */
function templateContext(view: DocView) {
  return {
    ...view,
    admin: view.admin ? adminContext(view.admin) : null,
    superiorUpper: view.superior ? upper(view.superior) : '',
    unitUpper: upper(view.unitName),
    coverLine: view.coverTitle.join(' '),
    revisions: view.revisions ? cellTable(view.revisions) : null,
    toc: view.toc.map((entry) => ({ ...entry, sub: entry.level > 1 })),
    sections: view.sections.map(cellSection),
  };
}

/** The administrative frame with its upper-case lines and typed blocks (see view/types.ts AdminFrame). */
function adminContext(frame: AdminFrame) {
  const blocks = (list: AdminBlock[]) =>
    list.map((b) => ({
      text: 'text' in b ? b : null,
      heading: 'heading' in b ? b.heading : null,
      list: 'list' in b ? b.list : null,
      table: 'table' in b ? cellTable(b.table) : null,
    }));
  return {
    ...frame,
    superiorUpper: frame.superior ? upper(frame.superior) : '',
    issuerUpper: issuerHeader(frame.issuer),
    docTypeUpper: upper(frame.docType),
    body: blocks(frame.body),
    annex: blocks(frame.annex ?? []),
    signers: frame.signers.map((s) => ({ ...s, authorityLines: s.authority ? s.authority.split('\n') : [] })),
    // Nơi nhận: each line starts with a dash (TT 01/2011); the last ends with a full stop.
    recipients: frame.recipients.map((r) => `- ${r}`),
  };
}

function cellSection(section: SectionView): unknown {
  return { ...section, blocks: section.blocks.map(cellBlock), sections: section.sections.map(cellSection) };
}

function cellBlock(block: Block): unknown {
  return 'table' in block ? { table: cellTable(block.table) } : block;
}

function cellTable(table: TableView) {
  return {
    columns: table.columns,
    rows: table.rows.map((row) => row.map((cell, i) => ({ text: cell, center: table.columns[i]?.center ?? false }))),
  };
}
