import { textWidth } from '../../render/docx/page.js';
import { formatDate, upper } from '../../render/format.js';
import { numberSections, table, type SectionDraft } from '../../render/view/common.js';
import type { Block, DocView, Field, TableView } from '../../render/view/types.js';
import { correspondence, type Catalogue } from '../../standard/catalogue.js';
import { otherStandard } from './clause-groups.js';
import { LABELS, pick } from '../labels.js';
import type { Checklist, ChecklistGroup } from './types.js';

/** Room to write by hand: each question's row is at least 1.5 cm tall (twips), the note cell a quarter of the width: three lines of handwriting. */
const NOTE_ROW_HEIGHT = 850;

/** 10 pt in the question tables (half-points), as printed checklists usually are; the rest stays 13 pt. */
const CHECKLIST_FONT = 20;

/** Single line spacing in the question tables (the table style's 1.1 would take a seventh page for the longest TTHC). */
const CHECKLIST_LINE = 240;

/**
 * A row taller than this many lines (a quarter of a page) may break across pages: kept whole, a long list of legal bases or
 * forms moved to the next page and left a third of a page empty (issue 17: one TTHC in 6 pages).
 */
const BREAKABLE_LINES = 8;

/** 10 pt Times New Roman averages about 4.6 pt a character in Vietnamese text; a cell pads 9 pt. */
const CHAR_PT = 4.6;
const CELL_PADDING_PT = 9;

/** A blank to write on by hand when the header has no value. */
export const BLANK = '……………………………………';

/**
 * The checklist as a document (the DOCX and Markdown renderers of `qms build` take it): unit header,
 * title, code and date; the audit's particulars; then each heading with a table
 * TT | Điều khoản | Câu hỏi | Bằng chứng cần xem | Bằng chứng / ghi chép (empty, to write in) | Kết quả,
 * on landscape A4.
 */
export function checklistView(checklist: Checklist, catalogue: Catalogue): DocView {
  const { lang } = checklist;
  const L = LABELS[lang];
  const control: Field[] = [
    ...(checklist.formCode ? [{ label: L.code, value: checklist.formCode }] : []),
    { label: L.date, value: lang === 'vi' ? formatDate(checklist.date) : checklist.date },
  ];
  const particulars: Field[] = [
    { label: L.unit, value: checklist.unit.name },
    { label: L.auditor, value: checklist.auditor || BLANK },
    { label: L.date, value: lang === 'vi' ? formatDate(checklist.date) : checklist.date },
    { label: L.scope, value: checklist.scopeText },
    ...checklist.sampling.map((s) => ({
      label: `${L.sample} (${s.field}: ${s.procedures.join(', ')})`,
      value: s.hint,
    })),
  ];
  const drafts: SectionDraft[] = [
    { title: pick(lang, 'Thông tin chung', 'About this audit'), blocks: [{ fields: particulars }] },
  ];
  const oneTablePerProcedure = checklist.scope.kind === 'processes';
  for (const group of checklist.groups) {
    const parent = drafts[drafts.length - 1];
    if (oneTablePerProcedure && group.level === 2 && drafts.length > 1) {
      // A procedure's parts are marked in the clause column rather than as headings: one table runs
      // on from page to page, where a heading per part left most pages half empty (issue 17).
      const rows = questionRows(group, checklist, catalogue, group.heading.replace(/\s*\([\d.]+\)$/u, ''));
      const last = parent.blocks[parent.blocks.length - 1];
      if (last && 'table' in last) {
        last.table.rows.push(...rows);
        markBreakable(last.table);
      } else if (rows.length > 0) parent.blocks.push(questionTable(rows, lang));
      continue;
    }
    const draft = { title: group.heading, blocks: groupBlocks(group, checklist, catalogue) };
    if (group.level === 2 && drafts.length > 1) (parent.sections ??= []).push(draft);
    else drafts.push({ ...draft, sections: [] });
  }
  return {
    kind: 'checklist',
    code: checklist.formCode || 'DGNB-CHECKLIST',
    source: '',
    title: checklist.title,
    coverTitle: [upper(checklist.title)],
    superior: checklist.unit.superior,
    unitName: checklist.unit.name,
    control,
    approval: [],
    toc: [],
    subtitle: '',
    sections: numberSections(drafts, false),
    closing: [
      { role: pick(lang, 'Đại diện bộ phận được đánh giá', 'For the auditee'), title: '', name: '' },
      { role: L.auditor, title: '', name: checklist.auditor },
    ],
    landscape: true,
    date: checklist.date,
    pageLabel: pick(lang, 'Trang', 'Page'),
  };
}

function groupBlocks(group: ChecklistGroup, checklist: Checklist, catalogue: Catalogue): Block[] {
  const blocks: Block[] = group.notes.map((paragraph) => ({ paragraph }));
  if (group.facts.length > 0) blocks.push({ fields: group.facts });
  if (group.rows.length === 0) return blocks;
  blocks.push(questionTable(questionRows(group, checklist, catalogue), checklist.lang));
  return blocks;
}

/**
 * The cells of each question. The clause cell names the clause on its first row; in a procedure's
 * table it names the part instead (Thành phần hồ sơ, Thời hạn…), the clause title being the same
 * few for every TTHC. The notes cell stays empty: the auditor writes there by hand.
 */
function questionRows(group: ChecklistGroup, checklist: Checklist, catalogue: Catalogue, part?: string): string[][] {
  const { lang } = checklist;
  const L = LABELS[lang];
  let previous = '';
  return group.rows.map((row, i) => {
    const clause = catalogue.clause.get(row.clause);
    const first = row.clause !== previous;
    previous = row.clause;
    let clauseCell = row.clause;
    if (part !== undefined) clauseCell = i === 0 ? `${row.clause}\n${part}` : row.clause;
    else if (first && clause) {
      clauseCell = [
        row.clause,
        clause.title[lang],
        ...(checklist.scope.kind === 'processes'
          ? []
          : [`(${otherStandard(catalogue)}: ${correspondence(clause).join(', ') || L.newClause})`]),
        ...(row.exclusion ? [L.excluded] : []),
      ].join('\n');
    }
    // A process checklist states the sampling rule once, under "Thông tin chung".
    const sample = row.sample && checklist.scope.kind !== 'processes' ? [`${L.sample}: ${row.sample}`] : [];
    const lookFor = [row.evidence, ...sample].join('\n');
    return [String(row.no), clauseCell, row.question, lookFor, '', L.resultBoxes];
  });
}

/**
 * Column widths in percent. The result column fits two options a line ("□ Phù hợp  □ Lưu ý"); the notes
 * column is about 4 cm wide for handwriting.
 */
const WIDTHS = { no: 3.5, clause: 9, question: 37, lookFor: 19.5, notes: 16, result: 15 };

function questionTable(rows: string[][], lang: Checklist['lang']): Block {
  const L = LABELS[lang];
  const view = table(
    [
      [L.no, WIDTHS.no, true],
      [L.clause, WIDTHS.clause],
      [L.question, WIDTHS.question],
      [L.lookFor, WIDTHS.lookFor],
      [L.notes, WIDTHS.notes],
      [L.result, WIDTHS.result],
    ],
    rows,
  );
  return {
    table: markBreakable({
      ...view,
      minRowHeight: NOTE_ROW_HEIGHT,
      fontSize: CHECKLIST_FONT,
      lineSpacing: CHECKLIST_LINE,
    }),
  };
}

/** Let the long rows of a question table break across pages (see BREAKABLE_LINES). */
function markBreakable(view: TableView): TableView {
  const rows = view.rows.flatMap((cells, r) => (rowLines(cells, view.columns) > BREAKABLE_LINES ? [r] : []));
  if (rows.length > 0) view.breakableRows = rows;
  else delete view.breakableRows;
  return view;
}

/** About how many lines a row takes on landscape A4: its tallest cell's. */
function rowLines(cells: string[], columns: Array<{ width: number }>): number {
  const widthPt = textWidth(true) / 20;
  return Math.max(
    ...cells.map((cell, i) => {
      const perLine = Math.max(1, Math.floor(((columns[i].width / 100) * widthPt - CELL_PADDING_PT) / CHAR_PT));
      return cell.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    }),
  );
}
