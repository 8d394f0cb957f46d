import { formatDate, twoDigits, upper } from '../format.js';
import { table } from '../view/common.js';
import { list, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock, AdminSigner } from '../view/types.js';
import { isNonconformity, type AuditFile } from './audit-docs.js';
import { leaderSigner, personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';

/**
 * Management review (TCVN ISO 9001:2008, 5.6), from reviews/*.yaml: the meeting notice, the report on how
 * the QMS performs (the inputs a–g of 5.6.2, completed with what the unit's audits and corrective actions
 * show), and the minutes (the outputs of 5.6.3).
 */

export interface ReviewFile {
  relPath: string;
  data: Data;
}

/** The inputs of 5.6.2 in the order of the standard, with the review file's key. */
const INPUTS: Array<[key: string, label: string]> = [
  ['auditResults', 'a) Kết quả của các cuộc đánh giá'],
  ['customerFeedback', 'b) Phản hồi của tổ chức, công dân'],
  ['processPerformance', 'c) Việc thực hiện các quá trình và sự phù hợp của sản phẩm (kết quả giải quyết TTHC)'],
  ['actionsStatus', 'd) Tình trạng của các hành động khắc phục và phòng ngừa'],
  ['followUp', 'e) Các hành động tiếp theo từ các cuộc xem xét của lãnh đạo lần trước'],
  ['changes', 'f) Những thay đổi có thể ảnh hưởng đến hệ thống quản lý chất lượng'],
  ['recommendations', 'g) Các khuyến nghị về cải tiến'],
];

const slug = (r: ReviewFile) => str(r.data.date) || r.relPath.replace(/^.*\/|\.ya?ml$/g, '');

function chairSigner(issuer: Issuer, chair: string): AdminSigner {
  return leaderSigner(issuer, chair) ?? { authority: '', title: 'CHỦ TRÌ', name: chair };
}

export function reviewNotice(review: ReviewFile, issuer: Issuer, formCode: string): Issued {
  const r = review.data;
  const what = `Thông báo họp xem xét của lãnh đạo ${formatDate(str(r.date))}`;
  const notice = obj(r.notice);
  const lacks = ['number', 'date'].filter((k) => !str(notice[k])).map((k) => `notice.${k}`);
  if (lacks.length > 0) return missing(what, review.relPath, lacks);
  const inputs = obj(r.inputs);
  const agenda = INPUTS.filter(([k]) => str(inputs[k])).map(([, label]) => label.replace(/^[a-g]\) /, ''));
  const when = `${str(notice.time) ? `${str(notice.time)}, ` : ''}ngày ${formatDate(str(r.date))}`;
  const rep = personOf(issuer, 'dai-dien-lanh-dao');
  const body: AdminBlock[] = [
    {
      text: `${issuer.name} tổ chức họp xem xét của lãnh đạo về hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 (điều 5.6), cụ thể như sau:`,
    },
    { lead: '1. Thời gian:', text: `${when}.` },
    ...(str(notice.place) ? [{ lead: '2. Địa điểm:', text: `${str(notice.place)}.` }] : []),
    { lead: `${str(notice.place) ? 3 : 2}. Chủ trì:`, text: `${str(r.chair)}.` },
    { lead: `${str(notice.place) ? 4 : 3}. Thành phần:`, text: '' },
    { list: list(r.participants).map(str).filter(Boolean) },
    { lead: `${str(notice.place) ? 5 : 4}. Nội dung:`, text: 'xem xét các đầu vào theo điều 5.6.2:' },
    { list: agenda },
    ...(rep
      ? [
          {
            text: `Đại diện lãnh đạo về chất lượng (đồng chí ${rep}) chuẩn bị báo cáo tình hình hoạt động của hệ thống quản lý chất lượng; các bộ phận chuẩn bị số liệu liên quan.`,
          },
        ]
      : []),
  ];
  return {
    doc: issuedDoc('review-notice', `TB-XXLD-${slug(review)}`, review.relPath, what, issuer, {
      number: str(notice.number),
      date: str(notice.date),
      formCode,
      docType: 'Thông báo',
      summary: 'Họp xem xét của lãnh đạo về hệ thống quản lý chất lượng',
      authority: '',
      bases: [],
      body,
      recipients: ['Các thành phần dự họp;', 'Lưu: VT, hồ sơ ISO.'],
      signers: [chairSigner(issuer, str(r.chair))],
    }),
  };
}

/** Audits held after the previous review and up to this one. */
function auditsBetween(audits: AuditFile[], from: string, to: string): AuditFile[] {
  return audits.filter((a) => {
    const d = str(a.data.date);
    return d && d > from && d <= to;
  });
}

export function reviewReport(
  review: ReviewFile,
  previous: ReviewFile | undefined,
  audits: AuditFile[],
  issuer: Issuer,
  formCode: string,
): Issued {
  const r = review.data;
  const date = str(r.date);
  const what = `Báo cáo tình hình hoạt động của HTQLCL ${formatDate(date)}`;
  const inputs = obj(r.inputs);
  const lacks = INPUTS.filter(([k]) => !str(inputs[k])).map(([k]) => `inputs.${k}`);
  const rep = personOf(issuer, 'dai-dien-lanh-dao');
  if (!rep) lacks.push('qms.yaml roles: dai-dien-lanh-dao.people');
  if (lacks.length > 0) return missing(what, review.relPath, lacks);
  const from = previous ? str(previous.data.date) : '';
  const held = auditsBetween(audits, from, date);
  const count = (a: AuditFile, g: string) =>
    list(a.data.findings)
      .map(obj)
      .filter((f) => f.grade === g).length;
  const auditTable: AdminBlock[] =
    held.length === 0
      ? []
      : [
          {
            table: table(
              [
                ['Cuộc đánh giá', 22],
                ['Ngày', 16, true],
                ['NC nặng', 14, true],
                ['NC nhẹ', 14, true],
                ['Điểm lưu ý', 14, true],
                ['Số quy trình', 20, true],
              ],
              held.map((a) => [
                str(a.data.id),
                formatDate(str(a.data.date)),
                twoDigits(count(a, 'major')),
                twoDigits(count(a, 'minor')),
                twoDigits(count(a, 'observation')),
                twoDigits(list(obj(a.data.scope).procedures).length),
              ]),
            ),
          },
        ];
  // Corrective actions as they stood on the review date.
  const ncs = audits
    .filter((a) => str(a.data.date) <= date)
    .flatMap((a) =>
      list(a.data.findings)
        .map(obj)
        .filter(isNonconformity)
        .map((f) => ({ a: a.data, f })),
    );
  const open = ncs.filter(({ f }) => !str(f.closed) || str(f.closed) > date);
  const actionsData: AdminBlock[] =
    ncs.length === 0
      ? []
      : [
          {
            text: `Số liệu từ Sổ theo dõi hành động khắc phục đến ngày ${formatDate(date)}: ${twoDigits(ncs.length)} phiếu, ${twoDigits(ncs.length - open.length)} đã đóng, ${twoDigits(open.length)} đang mở${open.length > 0 ? ` (${open.map(({ a, f }) => `${str(a.id)}/${str(f.id)} hạn ${formatDate(str(f.due))}`).join('; ')})` : ''}.`,
            italic: true,
          },
        ];
  const previousOutputs: AdminBlock[] = previous
    ? [
        {
          text: `Các quyết định của cuộc họp ngày ${formatDate(str(previous.data.date))}:`,
          italic: true,
        },
        {
          list: list(previous.data.outputs)
            .map(obj)
            .map(
              (o) =>
                `${str(o.decision)}${str(o.owner) ? ` (${str(o.owner)}` : ''}${str(o.due) ? `${str(o.owner) ? ', ' : ' ('}hạn ${formatDate(str(o.due))})` : str(o.owner) ? ')' : ''}`,
            ),
        },
      ]
    : [];
  const extra: Record<string, AdminBlock[]> = {
    auditResults: auditTable,
    actionsStatus: actionsData,
    followUp: previousOutputs,
  };
  const body: AdminBlock[] = [
    {
      text: `Thực hiện điều 5.6 của tiêu chuẩn TCVN ISO 9001:2008, Đại diện lãnh đạo về chất lượng báo cáo tình hình hoạt động của hệ thống quản lý chất lượng của ${issuer.name}${from ? ` từ ngày ${formatDate(from)}` : ''} đến ngày ${formatDate(date)} như sau:`,
    },
    ...INPUTS.flatMap(([k, label]): AdminBlock[] => [
      { heading: label },
      { text: str(inputs[k]) },
      ...(extra[k] ?? []),
    ]),
  ];
  return {
    doc: issuedDoc('review-report', `BC-XXLD-${slug(review)}`, review.relPath, what, issuer, {
      number: '',
      date,
      formCode,
      docType: 'Báo cáo',
      summary: 'Tình hình hoạt động của hệ thống quản lý chất lượng',
      authority: '',
      bases: [],
      body,
      recipients: [
        `${issuer.titles.get('lanh-dao') || 'Lãnh đạo'} (để báo cáo);`,
        'Các thành phần dự họp xem xét;',
        'Lưu: hồ sơ ISO.',
      ],
      signers: [{ authority: '', title: 'ĐẠI DIỆN LÃNH ĐẠO', name: rep }],
    }),
  };
}

export function reviewMinutes(review: ReviewFile, issuer: Issuer, formCode: string): Issued {
  const r = review.data;
  const date = str(r.date);
  const what = `Biên bản họp xem xét của lãnh đạo ${formatDate(date)}`;
  const secretary = str(r.secretary) || personOf(issuer, 'thu-ky-iso');
  const outputs = list(r.outputs).map(obj);
  const lacks: string[] = [];
  if (!secretary) lacks.push('secretary');
  if (outputs.length === 0) lacks.push('outputs');
  if (lacks.length > 0) return missing(what, review.relPath, lacks);
  const inputs = obj(r.inputs);
  const place = str(obj(r.notice).place);
  const time = str(obj(r.notice).time);
  const body: AdminBlock[] = [
    { lead: 'Thời gian:', text: `${time ? `${time}, ` : ''}ngày ${formatDate(date)}.` },
    ...(place ? [{ lead: 'Địa điểm:', text: `${place}.` }] : []),
    { lead: 'Chủ trì:', text: `${str(r.chair)}.` },
    { lead: 'Thư ký:', text: `${secretary}.` },
    { lead: 'Thành phần tham dự:', text: '' },
    { list: list(r.participants).map(str).filter(Boolean) },
    { heading: 'I. NỘI DUNG XEM XÉT (ĐẦU VÀO, ĐIỀU 5.6.2)' },
    ...INPUTS.filter(([k]) => str(inputs[k])).flatMap(([k, label]): AdminBlock[] => [
      { text: str(inputs[k]), lead: `${label}:` },
    ]),
    { heading: 'II. KẾT LUẬN CỦA LÃNH ĐẠO (ĐẦU RA, ĐIỀU 5.6.3)' },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Quyết định, hành động', 54],
          ['Người thực hiện', 23],
          ['Thời hạn', 15, true],
        ],
        outputs.map((o, i) => [String(i + 1), str(o.decision), str(o.owner), formatDate(str(o.due))]),
      ),
    },
    { text: `Biên bản được thông qua tại cuộc họp ngày ${formatDate(date)}.`, italic: true },
  ];
  return {
    doc: issuedDoc('review-minutes', `BB-XXLD-${slug(review)}`, review.relPath, what, issuer, {
      number: '',
      date,
      formCode,
      docType: 'Biên bản',
      summary: 'Họp xem xét của lãnh đạo về hệ thống quản lý chất lượng',
      authority: '',
      bases: [],
      body,
      recipients: [],
      signers: [
        { authority: '', title: 'THƯ KÝ', name: secretary },
        { authority: '', title: upper('Chủ trì'), name: str(r.chair) },
      ],
    }),
  };
}
