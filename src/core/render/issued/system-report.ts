import { formatDate, twoDigits } from '../format.js';
import { table } from '../view/common.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock } from '../view/types.js';
import type { AuditFile } from './audit-docs.js';
import { isNonconformity } from './audit-docs.js';
import { leaderSigner, personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';
import { meets, type ObjectivesFile } from './objective-docs.js';
import type { ReviewFile } from './review-docs.js';
import { issueOn, type IssuedEntry } from './setup-docs.js';
import { withdrawalOf } from '../../unit/withdrawal.js';

/**
 * Báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến HTQLCL of a year, sent to the Sở Khoa học và
 * Công nghệ (QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN), one per `milestones.reports[]` record, compiled from
 * the unit's own records of that year: the announcements, the procedures in force, the internal audits and
 * their nonconformities, the management reviews, the objectives' results, the documents revised and the
 * inspections. The annex form of TT 26/2014 could not be checked at a source (docs/issued-documents.md):
 * the report follows the administrative frame (TT 01/2011/TT-BNV) and does not claim to be that form.
 */

const FILE = 'qms.yaml';

export interface UnitRecords {
  manifest: Data;
  documents: IssuedEntry[];
  audits: AuditFile[];
  reviews: ReviewFile[];
  objectives: ObjectivesFile[];
}

/** In the year reported on, and already done on the report's date (a report dated 09/11 knows nothing later). */
const inYear = (date: string, year: string, until: string) => date.startsWith(`${year}-`) && date <= until;

const REASONS: Record<string, string> = {
  initial: 'công bố lần đầu',
  extended: 'công bố lại do mở rộng phạm vi áp dụng',
  narrowed: 'công bố lại do thu hẹp phạm vi áp dụng',
  adjusted: 'công bố lại do điều chỉnh phạm vi áp dụng',
};

export function systemReports(records: UnitRecords, issuer: Issuer): Issued[] {
  const m = obj(records.manifest.milestones);
  return list(m.reports)
    .map(obj)
    .map((r, i) => systemReport(records, issuer, r, `milestones.reports[${i}]`));
}

function systemReport(records: UnitRecords, issuer: Issuer, r: Data, path: string): Issued {
  const year = String(num(r.year) ?? '');
  const what = `Báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến HTQLCL năm ${year}`;
  const lacks = ['number', 'date', 'sentTo'].filter((k) => !str(r[k])).map((k) => `${path}.${k}`);
  const name = str(r.signer) || personOf(issuer, 'lanh-dao');
  const signer = name ? leaderSigner(issuer, name, true) : undefined;
  if (!signer) lacks.push(`${path}.signer`);
  if (lacks.length > 0 || !signer) return missing(what, FILE, lacks);
  const date = str(r.date);
  const body: AdminBlock[] = [
    { text: `Kính gửi: ${str(r.sentTo)}.`, center: true },
    ...building(records, issuer, date),
    ...maintaining(records, year, date),
    ...improving(records, year, date),
  ];
  return {
    doc: issuedDoc('system-report', `BC-HTQLCL-${year}`, FILE, what, issuer, {
      number: str(r.number),
      date,
      docType: 'Báo cáo',
      summary: `Tình hình xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng năm ${year}`,
      authority: '',
      bases: [],
      body,
      recipients: [`${str(r.sentTo)} (để báo cáo);`, 'Lưu: VT.'],
      signers: [signer],
    }),
  };
}

/** I. Building and applying: the decisions, the announcements up to the report's date, the scope in force. */
function building(records: UnitRecords, issuer: Issuer, date: string): AdminBlock[] {
  const m = obj(records.manifest.milestones);
  const standard = str(records.manifest.standard) || 'TCVN ISO 9001:2008';
  const decision = (key: string, label: string) => {
    const d = obj(m[key]);
    return str(d.number) && str(d.date) <= date
      ? [`${label}: Quyết định số ${str(d.number)} ngày ${formatDate(str(d.date))}.`]
      : [];
  };
  const announcements = [
    ...(Object.keys(obj(m.announcement)).length > 0 ? [obj(m.announcement)] : []),
    ...list(m.announcements).map(obj),
  ]
    .filter((a) => str(a.number) && str(a.date) && str(a.date) <= date)
    .sort((a, b) => (str(a.date) < str(b.date) ? -1 : 1));
  const procedures = records.documents
    .filter((d) => /^QT-/.test(d.code))
    .map((d) => ({ ...d, at: issueOn(d.data, date) }))
    .filter((d) => d.at !== undefined);
  const system = procedures.filter((d) => d.data.kind === 'system').length;
  return [
    { heading: 'I. TÌNH HÌNH XÂY DỰNG, ÁP DỤNG' },
    {
      list: [
        `${issuer.name} xây dựng, áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia ${standard}.`,
        ...decision('steeringCommittee', 'Thành lập Ban chỉ đạo ISO'),
        ...decision('managementRepresentative', 'Cử Đại diện lãnh đạo về chất lượng'),
        ...decision('documentsIssued', 'Ban hành hệ thống tài liệu'),
        ...(str(m.applicationStart) ? [`Áp dụng từ ngày ${formatDate(str(m.applicationStart))}.`] : []),
        `Hệ thống tài liệu hiện hành gồm ${twoDigits(procedures.length)} quy trình (${twoDigits(system)} quy trình hệ thống, ${twoDigits(procedures.length - system)} quy trình giải quyết công việc, thủ tục hành chính).`,
      ],
    },
    ...(announcements.length > 0
      ? [
          {
            table: table(
              [
                ['STT', 8, true],
                ['Quyết định công bố', 30],
                ['Nội dung', 34],
                ['Gửi Sở KH&CN', 28],
              ],
              announcements.map((a, i) => [
                String(i + 1),
                `Số ${str(a.number)} ngày ${formatDate(str(a.date))}`,
                REASONS[str(a.reason)] ?? (i === 0 ? REASONS.initial : 'công bố lại'),
                str(a.sentDate) ? `ngày ${formatDate(str(a.sentDate))}` : '',
              ]),
            ),
          } as AdminBlock,
        ]
      : [{ text: 'Đơn vị chưa công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn.' } as AdminBlock]),
  ];
}

/** II. Maintaining: the year's internal audits and their nonconformities, reviews, objectives' results. */
function maintaining(records: UnitRecords, year: string, until: string): AdminBlock[] {
  const audits = records.audits.filter((a) => inYear(str(a.data.date), year, until));
  const auditLines = audits.map((a) => {
    const findings = list(a.data.findings).map(obj);
    const ncs = findings.filter(isNonconformity);
    const closed = ncs.filter((f) => str(f.closed) && str(f.closed) <= until).length;
    const observations = findings.filter((f) => f.grade === 'observation').length;
    const when = [formatDate(str(a.data.date)), formatDate(str(a.data.endDate))].filter(Boolean).join(' – ');
    const found = [
      ncs.length > 0
        ? `${twoDigits(ncs.length)} điểm không phù hợp, đã khắc phục ${twoDigits(closed)}`
        : 'không có điểm không phù hợp',
      ...(observations > 0 ? [`${twoDigits(observations)} điểm lưu ý`] : []),
    ];
    return `Đánh giá nội bộ ${str(a.data.id)} (${when}): ${found.join('; ')}.`;
  });
  const reviews = records.reviews
    .filter((v) => inYear(str(v.data.date), year, until))
    .map((v) => `Họp xem xét của lãnh đạo ngày ${formatDate(str(v.data.date))}.`);
  const objectives = records.objectives.find((o) => String(num(o.data.year)) === year);
  const results = list(objectives?.data.objectives)
    .map(obj)
    .map((o) => (str(obj(o.result).measuredOn) <= until ? meets(o, num(obj(o.result).value)) : undefined));
  const objectiveLine =
    results.length > 0 && results.every((x) => x !== undefined)
      ? [
          `Mục tiêu chất lượng năm ${year}: đạt ${twoDigits(results.filter(Boolean).length)}/${twoDigits(results.length)} mục tiêu.`,
        ]
      : [];
  return [
    { heading: 'II. TÌNH HÌNH DUY TRÌ' },
    {
      list: [
        ...(auditLines.length > 0 ? auditLines : [`Trong năm ${year} chưa tổ chức đánh giá nội bộ.`]),
        ...(reviews.length > 0 ? reviews : [`Trong năm ${year} chưa họp xem xét của lãnh đạo.`]),
        ...objectiveLine,
      ],
    },
  ];
}

/** III. Improving: documents issued or revised during the year, and the inspections with what was done about them. */
function improving(records: UnitRecords, year: string, until: string): AdminBlock[] {
  const revised = records.documents.flatMap((d) =>
    list(d.data.revisions)
      .map(obj)
      .filter((v) => inYear(str(v.date), year, until))
      .map((v) => [d.code, d.title, String(num(v.issue) ?? ''), formatDate(str(v.date)), str(v.description)]),
  );
  // A document withdrawn during the year (bãi bỏ) is part of what changed in the system that year.
  for (const d of records.documents) {
    const w = withdrawalOf(d.data);
    if (w?.date && inYear(w.date, year, until))
      revised.push([d.code, d.title, '', formatDate(w.date), `Bãi bỏ: ${w.reason}`]);
  }
  const m = obj(records.manifest.milestones);
  const inspections = list(m.inspections)
    .map(obj)
    .filter((x) => inYear(str(x.date), year, until))
    .map((x) => {
      const findings = list(x.findings).map(obj);
      const closed = findings.filter((f) => str(f.closed) && str(f.closed) <= until).length;
      return `Kiểm tra của ${str(x.body)} ngày ${formatDate(str(x.date))}${str(x.number) ? ` (${str(x.number)})` : ''}: ${twoDigits(findings.length)} tồn tại, kiến nghị; đã khắc phục ${twoDigits(closed)}.`;
    });
  return [
    { heading: 'III. TÌNH HÌNH CẢI TIẾN' },
    revised.length > 0
      ? {
          table: table(
            [
              ['Mã hiệu', 13, true],
              ['Tên tài liệu', 29],
              ['Lần', 8, true],
              ['Ngày', 13, true],
              ['Nội dung ban hành, sửa đổi', 37],
            ],
            revised,
            22,
          ),
        }
      : { text: `Trong năm ${year} không ban hành mới, sửa đổi tài liệu của hệ thống.` },
    ...(inspections.length > 0 ? [{ list: inspections } as AdminBlock] : []),
  ];
}
