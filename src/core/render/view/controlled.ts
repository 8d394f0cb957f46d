import { formatDate, formatNumber } from '../format.js';
import {
  bullets,
  controlledDoc,
  numberSections,
  paragraphs,
  roleTitle,
  table,
  type SectionDraft,
  type UnitContext,
} from './common.js';
import { list, num, obj, str, strings, type Data } from '../../unit/read-data.js';
import type { Block, DocView } from './types.js';

/** Chính sách chất lượng (5.3): the statement and the commitments. */
export function policyView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const drafts: SectionDraft[] = [{ title: 'Nội dung chính sách', blocks: paragraphs(str(data.statement)) }];
  const commitments = strings(data.commitments);
  if (commitments.length > 0) drafts.push({ title: 'Cam kết thực hiện', blocks: bullets(commitments) });
  return controlledDoc('policy', data, code, source, ctx, numberSections(drafts, false));
}

const COMPARISON: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** Mục tiêu chất lượng năm (5.4.1): the table of measurable objectives, then the plan for each. */
export function objectivesView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const objectives = list(data.objectives).map(obj);
  const rows = objectives.map((o, i) => [
    String(i + 1),
    str(o.objective),
    `${str(o.indicator)}\nChỉ tiêu: ${target(o)}`,
    [str(o.method), str(o.frequency) ? `Tần suất: ${str(o.frequency)}` : ''].filter(Boolean).join('\n'),
    roleTitle(ctx, o.responsible),
  ]);
  const drafts: SectionDraft[] = [
    {
      title: 'Mục tiêu chất lượng',
      blocks:
        rows.length > 0
          ? [
              {
                table: table(
                  [
                    ['TT', 6, true],
                    ['Mục tiêu', 25],
                    ['Chỉ số đo và chỉ tiêu', 25],
                    ['Phương pháp đo, tần suất', 26],
                    ['Trách nhiệm', 18],
                  ],
                  rows,
                ),
              },
            ]
          : paragraphs('Chưa có mục tiêu.'),
    },
    {
      title: 'Kế hoạch thực hiện mục tiêu',
      blocks: [],
      sections: objectives.map((o, i) => ({ title: `Mục tiêu ${i + 1}`, blocks: planBlocks(o) })),
    },
  ];
  return controlledDoc('objectives', data, code, source, ctx, numberSections(drafts));
}

function target(o: Data): string {
  const value = num(o.target);
  const unit = str(o.unit);
  const sign = COMPARISON[str(o.comparison)] ?? '';
  const amount = value === undefined ? '' : formatNumber(value);
  return [sign, unit === '%' ? `${amount}%` : `${amount} ${unit}`.trim()].filter(Boolean).join(' ');
}

function planBlocks(o: Data): Block[] {
  const blocks: Block[] = [...paragraphs(str(o.objective)), ...bullets(strings(o.actions))];
  const result = obj(o.result);
  if (num(result.value) !== undefined) {
    const note = str(result.note);
    blocks.push({
      fields: [
        {
          label: 'Kết quả đo được',
          value: `${formatNumber(num(result.value)!)}${str(o.unit) === '%' ? '%' : ` ${str(o.unit)}`} (ngày ${formatDate(str(result.measuredOn))})${note ? `; ${note}` : ''}`,
        },
      ],
    });
  }
  return blocks;
}

/** Sổ tay chất lượng (4.2.2): numbered sections and a written table of contents. */
export function manualView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const toDraft = (section: Data): SectionDraft => ({
    title: str(section.title),
    blocks: [...paragraphs(...strings(section.paragraphs)), ...bullets(strings(section.items))],
    sections: list(section.sections).map(obj).map(toDraft),
  });
  const sections = numberSections(list(data.sections).map(obj).map(toDraft));
  const view = controlledDoc('manual', data, code, source, ctx, sections);
  view.toc = sections
    .flatMap((s) => [s, ...s.sections])
    .map((s) => ({ heading: s.heading, level: s.level, anchor: s.anchor }));
  return view;
}
