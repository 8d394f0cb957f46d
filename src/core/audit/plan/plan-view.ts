import { formatDate, upper } from '../../render/format.js';
import { numberSections, table, type SectionDraft } from '../../render/view/common.js';
import type { DocView } from '../../render/view/types.js';
import type { Catalogue } from '../../standard/catalogue.js';
import { LABELS, pick } from '../labels.js';
import type { Programme } from './build-plan.js';

/**
 * The programme as a document: the audit team, one table per round (date, area, clauses, auditees,
 * auditor), the clause coverage matrix, the exclusions, and the Người lập / Phê duyệt signatures.
 */
export function programmeView(programme: Programme, catalogue: Catalogue): DocView {
  const { lang } = programme;
  const L = LABELS[lang];
  const day = (d: string) => (lang === 'vi' ? formatDate(d) : d);
  const team = table(
    [
      [L.no, 6, true],
      [pick(lang, 'Họ và tên', 'Name'), 28],
      [pick(lang, 'Vai trò trong đơn vị', 'Role in the unit'), 40],
      [pick(lang, 'Số quá trình được giao', 'Areas'), 12, true],
      [pick(lang, 'Ghi chú', 'Note'), 14],
    ],
    programme.auditors.map((a, i) => [
      String(i + 1),
      a.name,
      a.external ? pick(lang, 'Đánh giá viên bên ngoài', 'Outside auditor') : a.roleTitles.join('; '),
      String(a.areas),
      [
        a.name === programme.lead ? pick(lang, 'Trưởng đoàn', 'Lead auditor') : '',
        a.trainedOn ? pick(lang, `Đào tạo ĐGNB ${day(a.trainedOn)}`, `Trained ${a.trainedOn}`) : '',
      ]
        .filter(Boolean)
        .join('; '),
    ]),
  );
  const drafts: SectionDraft[] = [
    {
      title: pick(lang, 'Đoàn đánh giá', 'Audit team'),
      blocks: [
        {
          paragraph: pick(
            lang,
            'Đánh giá viên không đánh giá quá trình mà vai trò của mình thực hiện bước hoặc lưu hồ sơ.',
            'No auditor audits an area whose steps or records their own role holds.',
          ),
        },
        { table: team },
      ],
    },
    ...programme.rounds.map((r) => ({
      title: pick(lang, `Đợt ${r.no}: từ ${day(r.start)} đến ${day(r.end)}`, `Round ${r.no}: ${r.start} to ${r.end}`),
      blocks: [
        {
          table: table(
            [
              [L.no, 5, true],
              [pick(lang, 'Ngày', 'Date'), 11, true],
              [pick(lang, 'Quá trình, lĩnh vực được đánh giá', 'Area audited'), 27],
              [L.clauses, 20],
              [pick(lang, 'Người được đánh giá', 'Auditees'), 21],
              [L.auditor, 16],
            ],
            r.items.map((it, i) => [
              String(i + 1),
              day(it.date),
              it.kind === 'system' || it.kind === 'operational' ? `${it.key} ${it.title}` : it.title,
              it.clauses.join(', '),
              it.auditees.map((a) => `${a.title}${a.people.length > 0 ? `: ${a.people.join(', ')}` : ''}`).join('\n'),
              it.auditor,
            ]),
          ),
        },
      ],
    })),
    {
      title: pick(lang, 'Bao trùm các điều khoản', 'Clause coverage'),
      blocks: [
        {
          paragraph: pick(
            lang,
            `Mọi quy trình và mọi điều khoản áp dụng của ${programme.standard} được đánh giá ít nhất một lần trong năm ${programme.year}.`,
            `Every procedure and every applicable clause of ${programme.standard.replace(/^TCVN /, '')} is audited at least once in ${programme.year}.`,
          ),
        },
        {
          table: table(
            [
              [L.clause, 10],
              [pick(lang, 'Tên điều khoản', 'Title'), 42],
              [pick(lang, 'Đợt', 'Round'), 8, true],
              [pick(lang, 'Đánh giá cùng', 'Audited with'), 40],
            ],
            programme.coverage.map((c) => [
              c.clause,
              catalogue.clause.get(c.clause)?.title[lang] ?? '',
              c.rounds.join(', '),
              summarise(c.areas, lang),
            ]),
          ),
        },
        ...programme.excluded.map((e) => ({
          paragraph: pick(
            lang,
            `Không đánh giá ${e.clause} (ngoại lệ): ${e.reason}`,
            `${e.clause} is not audited (excluded): ${e.reason}`,
          ),
        })),
        {
          paragraph: pick(
            lang,
            'Ngày đánh giá là đề xuất: đã tránh thứ Bảy, Chủ nhật, ngày lễ dương lịch, kỳ nghỉ Tết, Giỗ Tổ Hùng Vương, ngày nghỉ bù khi ngày lễ trùng cuối tuần và các đợt nghỉ lễ theo thông báo của Chính phủ có trong dữ liệu, ngày nghỉ riêng của đơn vị; ngày làm bù được tính là ngày làm việc; đơn vị điều chỉnh theo lịch công tác.',
            'The dates are a proposal: weekends, solar holidays, the Tết break, Giỗ Tổ Hùng Vương, the day off in lieu of a holiday on a weekend and the announced breaks in the data, and the unit’s own days off are avoided; compensating working days count as working days; the unit adjusts them to its schedule.',
          ),
        },
        // What the calendar did not know is said in the document too, never left for the reader to assume.
        ...programme.warnings.map((w) => ({ paragraph: pick(lang, `Lưu ý: ${w.vi}.`, `Note: ${w.en}.`) })),
      ],
    },
  ];
  return {
    kind: 'audit-programme',
    code: programme.formCode || `CTDGNB-${programme.year}`,
    source: '',
    title: programme.title,
    coverTitle: [upper(programme.title)],
    superior: programme.unit.superior,
    unitName: programme.unit.name,
    control: [
      ...(programme.formCode ? [{ label: L.code, value: programme.formCode }] : []),
      { label: pick(lang, 'Năm', 'Year'), value: String(programme.year) },
    ],
    approval: [],
    toc: [],
    subtitle: '',
    sections: numberSections(drafts),
    closing: [
      {
        role: pick(lang, 'Người lập', 'Prepared by'),
        title: programme.signers.prepared?.title ?? '',
        name: programme.signers.prepared?.name ?? '',
      },
      {
        role: pick(lang, 'Phê duyệt', 'Approved by'),
        title: programme.signers.approved?.title ?? '',
        name: programme.signers.approved?.name ?? '',
      },
    ],
    landscape: true,
    date: `${programme.year}-01-01`,
    pageLabel: pick(lang, 'Trang', 'Page'),
  };
}

/** "LD, QT-01" or, for the many operational procedures, "QT-CT-01 … (22 quy trình)". */
function summarise(keys: string[], lang: 'vi' | 'en'): string {
  if (keys.length <= 4) return keys.join(', ');
  return pick(
    lang,
    `${keys.slice(0, 3).join(', ')}… (${keys.length} quá trình)`,
    `${keys.slice(0, 3).join(', ')}… (${keys.length} areas)`,
  );
}
