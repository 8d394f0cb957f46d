import { formatDate, upper } from '../render/format.js';
import { numberSections, table, type SectionDraft } from '../render/view/common.js';
import type { DocView } from '../render/view/types.js';
import type { Lang } from '../audit/labels.js';
import type { GapStatus, TransitionAnalysis } from './gap-analysis.js';

export const STATUS_LABELS: Record<GapStatus, { vi: string; en: string }> = {
  new: { vi: 'Yêu cầu mới', en: 'New requirement' },
  changed: { vi: 'Thay đổi', en: 'Changed' },
  covered: { vi: 'Đã có tài liệu đáp ứng', en: 'Already covered' },
  gap: { vi: 'Còn thiếu', en: 'Gap' },
};

const pick = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

/** The report as sections: the work to do, what already covers 2015, what is optional, non-applicable requirements. */
export function transitionSections(a: TransitionAnalysis, lang: Lang): SectionDraft[] {
  const todo = a.clauses.filter((c) => c.status === 'new' || c.status === 'changed' || c.status === 'gap');
  const covered = a.clauses.filter((c) => c.status === 'covered');
  return [
    {
      title: pick(lang, 'Việc cần làm theo điều khoản', 'Work to do, by clause'),
      blocks: [
        {
          table: table(
            [
              [pick(lang, 'Điều khoản 2015', '2015 clause'), 22],
              [pick(lang, 'Tình trạng', 'Status'), 12],
              [pick(lang, 'Việc cần làm', 'What to do'), 45],
              [pick(lang, 'Tệp tạo khi --apply', 'File from --apply'), 21],
            ],
            todo.map((c) => [
              `${c.clause} ${c.title[lang]}`,
              STATUS_LABELS[c.status][lang],
              c.action[lang],
              c.scaffold ?? '',
            ]),
          ),
        },
      ],
    },
    {
      title: pick(
        lang,
        'Đã được tài liệu theo TCVN ISO 9001:2008 đáp ứng',
        'Covered by the TCVN ISO 9001:2008 documents',
      ),
      blocks: [
        {
          table: table(
            [
              [pick(lang, 'Điều khoản 2015', '2015 clause'), 40],
              [pick(lang, 'Tương ứng 2008', '2008 clauses'), 20],
              [pick(lang, 'Tài liệu của đơn vị', "Unit's documents"), 40],
            ],
            covered.map((c) => [`${c.clause} ${c.title[lang]}`, c.from.join(', '), c.evidence.join(', ') || '—']),
          ),
        },
      ],
    },
    {
      title: pick(lang, 'Không còn bắt buộc theo TCVN ISO 9001:2015', 'No longer required by ISO 9001:2015'),
      blocks: [
        {
          list: a.noLongerRequired.map((n) =>
            pick(
              lang,
              `${n.what.vi} (2008: ${n.clause2008})${n.unitDocument ? ` — đơn vị đang có: ${n.unitDocument}; có thể giữ nếu thấy cần` : ''}`,
              `${n.what.en} (2008: ${n.clause2008})${n.unitDocument ? ` — the unit has: ${n.unitDocument}; keep it if useful` : ''}`,
            ),
          ),
        },
      ],
    },
    {
      title: pick(lang, 'Yêu cầu không áp dụng (thay cho ngoại lệ)', 'Requirements not applied (replacing exclusions)'),
      blocks:
        a.notApplicable.length > 0
          ? a.notApplicable.map((n) => ({
              paragraph: pick(
                lang,
                `${n.clause} (từ ngoại lệ ${n.from}): ${n.reason}`,
                `${n.clause} (from exclusion ${n.from}): ${n.reason}`,
              ),
            }))
          : [{ paragraph: pick(lang, 'Không có.', 'None.') }],
    },
  ];
}

export function transitionView(a: TransitionAnalysis, lang: Lang, date: string): DocView {
  const title = pick(lang, 'Phân tích chuyển đổi sang TCVN ISO 9001:2015', 'Transition analysis to ISO 9001:2015');
  return {
    kind: 'audit-programme',
    code: 'CHUYEN-DOI-2015',
    source: '',
    title,
    coverTitle: [upper(title)],
    superior: a.unit.superior,
    unitName: a.unit.name,
    control: [
      { label: pick(lang, 'Từ', 'From'), value: a.from },
      { label: pick(lang, 'Sang', 'To'), value: a.to },
      { label: pick(lang, 'Ngày', 'Date'), value: lang === 'vi' ? formatDate(date) : date },
    ],
    approval: [],
    toc: [],
    subtitle: '',
    sections: numberSections(transitionSections(a, lang)),
    closing: [],
    landscape: false,
    date,
  };
}

/** Plain text for the terminal: counts, then the work by clause. */
export function transitionText(a: TransitionAnalysis, lang: Lang): string {
  const lines = [
    pick(lang, `${a.unit.name}: ${a.from} → ${a.to}`, `${a.unit.name}: ${a.from} → ${a.to}`),
    pick(
      lang,
      `${a.counts.new} yêu cầu mới, ${a.counts.changed} thay đổi, ${a.counts.covered} đã có tài liệu đáp ứng, ${a.counts.gap} còn thiếu`,
      `${a.counts.new} new, ${a.counts.changed} changed, ${a.counts.covered} already covered, ${a.counts.gap} gaps`,
    ),
    '',
  ];
  for (const c of a.clauses.filter((x) => x.status !== 'covered')) {
    lines.push(`  ${c.clause.padEnd(7)} ${STATUS_LABELS[c.status][lang].padEnd(12)} ${c.title[lang]}`);
    if (c.action[lang]) lines.push(`          → ${c.action[lang]}${c.scaffold ? ` [${c.scaffold}]` : ''}`);
  }
  lines.push('', pick(lang, 'Không còn bắt buộc:', 'No longer required:'));
  for (const n of a.noLongerRequired)
    lines.push(`  - ${n.what[lang]} (2008: ${n.clause2008})${n.unitDocument ? `: ${n.unitDocument}` : ''}`);
  lines.push('', pick(lang, 'Yêu cầu không áp dụng đề xuất:', 'Proposed non-applicable requirements:'));
  for (const n of a.notApplicable)
    lines.push(`  - ${n.clause} (${pick(lang, 'từ ngoại lệ', 'from exclusion')} ${n.from})`);
  return lines.join('\n');
}
