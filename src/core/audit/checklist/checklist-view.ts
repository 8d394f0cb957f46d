import { formatDate, upper } from '../../render/format.js';
import { numberSections, table, type SectionDraft } from '../../render/view/common.js';
import type { Block, DocView, Field } from '../../render/view/types.js';
import { correspondence, type Catalogue } from '../../standard/catalogue.js';
import { otherStandard } from './clause-groups.js';
import { LABELS, pick } from '../labels.js';
import type { Checklist, ChecklistGroup } from './types.js';

/** A blank to write on by hand when the header has no value. */
export const BLANK = '……………………………………';

/**
 * The checklist as a document (the DOCX and Markdown renderers of `qms build` take it): unit header,
 * title, code and date; the audit's particulars; then each heading with a table
 * TT | Điều khoản | Câu hỏi | Bằng chứng / ghi chép | Kết quả, on landscape A4.
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
  for (const group of checklist.groups) {
    const draft = { title: group.heading, blocks: groupBlocks(group, checklist, catalogue) };
    const parent = drafts[drafts.length - 1];
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
  };
}

function groupBlocks(group: ChecklistGroup, checklist: Checklist, catalogue: Catalogue): Block[] {
  const { lang } = checklist;
  const L = LABELS[lang];
  const blocks: Block[] = group.notes.map((paragraph) => ({ paragraph }));
  if (group.facts.length > 0) blocks.push({ fields: group.facts });
  if (group.rows.length === 0) return blocks;
  let previous = '';
  const rows = group.rows.map((row) => {
    const clause = catalogue.clause.get(row.clause);
    const first = row.clause !== previous;
    previous = row.clause;
    const clauseCell =
      first && clause
        ? [
            row.clause,
            clause.title[lang],
            `(${otherStandard(catalogue)}: ${correspondence(clause).join(', ') || L.newClause})`,
            ...(row.exclusion ? [L.excluded] : []),
          ].join('\n')
        : row.clause;
    const lookFor = [`${L.lookFor}: ${row.evidence}`, ...(row.sample ? [`${L.sample}: ${row.sample}`] : [])].join('\n');
    return [String(row.no), clauseCell, row.question, `${lookFor}\n\n`, L.resultBoxes];
  });
  blocks.push({
    table: table(
      [
        [L.no, 5, true],
        [L.clause, 14],
        [L.question, 36],
        [L.notes, 32],
        [L.result, 13],
      ],
      rows,
    ),
  });
  return blocks;
}
