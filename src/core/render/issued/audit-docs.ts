import { formatDate, twoDigits } from '../format.js';
import { table } from '../view/common.js';
import { list, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock, AdminSigner } from '../view/types.js';
import { personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';

/**
 * The internal-audit family (TCVN ISO 9001:2008, 8.2.2 and 8.5.2), from audits/*.yaml: the audit report,
 * one Phiếu yêu cầu hành động khắc phục per nonconformity, and the Sổ theo dõi hành động khắc phục.
 */

export interface AuditFile {
  relPath: string;
  data: Data;
}

const GRADES: Record<string, string> = {
  major: 'Không phù hợp nặng',
  minor: 'Không phù hợp nhẹ',
  observation: 'Điểm lưu ý',
  conforming: 'Phù hợp',
};

export const isNonconformity = (f: Data) => f.grade === 'major' || f.grade === 'minor';

function leadOf(audit: Data): string {
  const auditors = list(audit.auditors).map(obj);
  return str((auditors.find((a) => a.lead === true) ?? auditors[0])?.name);
}

function sign(title: string, name: string): AdminSigner {
  return { authority: '', title, name };
}

export function auditReport(file: AuditFile, issuer: Issuer, titles: Map<string, string>, formCode: string): Issued {
  const a = file.data;
  const id = str(a.id);
  const what = `Báo cáo đánh giá nội bộ ${id}`;
  const report = obj(a.report);
  const lacks = ['date', 'conclusion'].filter((f) => !str(report[f])).map((f) => `report.${f}`);
  const lead = leadOf(a);
  if (!lead) lacks.push('auditors');
  if (lacks.length > 0) return missing(what, file.relPath, lacks);
  const findings = list(a.findings).map(obj);
  const scope = obj(a.scope);
  const procedures = list(scope.procedures).map(str).filter(Boolean);
  const clauses = list(scope.clauses).map(str).filter(Boolean);
  const when = [formatDate(str(a.date)), formatDate(str(a.endDate))].filter(Boolean).join(' – ');
  const counts = Object.entries(GRADES)
    .map(([g, label]) => [label, findings.filter((f) => f.grade === g).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${twoDigits(n)}`);
  const auditors = list(a.auditors).map(obj);
  const body: AdminBlock[] = [
    { heading: '1. THỜI GIAN VÀ PHẠM VI ĐÁNH GIÁ' },
    { list: [`Thời gian: ${when}.`, ...(str(a.title) ? [`Cuộc đánh giá: ${str(a.title)}.`] : [])] },
    {
      text: `Quy trình được đánh giá (${twoDigits(procedures.length)}): ${procedures
        .map((c) => (titles.get(c) ? `${c} ${titles.get(c)}` : c))
        .join('; ')}.`,
    },
    { text: `Điều khoản TCVN ISO 9001:2008 được đánh giá: ${clauses.join(', ')}.` },
    { heading: '2. ĐOÀN ĐÁNH GIÁ' },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Họ và tên', 36],
          ['Vai trò trong đơn vị', 36],
          ['Nhiệm vụ', 20, true],
        ],
        auditors.map((x, i) => [
          String(i + 1),
          str(x.name),
          issuer.titles.get(str(x.role)) ?? str(x.role),
          x.lead === true || str(x.name) === lead ? 'Trưởng đoàn' : 'Thành viên',
        ]),
      ),
    },
    { heading: '3. KẾT QUẢ ĐÁNH GIÁ' },
    {
      text:
        findings.length === 0
          ? 'Không có phát hiện.'
          : `Tổng số ${twoDigits(findings.length)} phát hiện — ${counts.join('; ')}.`,
    },
    ...(findings.length > 0
      ? [
          {
            table: table(
              [
                ['STT', 8, true],
                ['Mã', 10, true],
                ['Điều khoản', 11, true],
                ['Quy trình', 13, true],
                ['Phân loại', 16],
                ['Nội dung phát hiện', 42],
              ],
              findings.map((f, i) => [
                String(i + 1),
                str(f.id),
                str(f.clause),
                str(f.procedure),
                GRADES[str(f.grade)] ?? str(f.grade),
                str(f.description),
              ]),
            ),
          },
        ]
      : []),
    { heading: '4. KẾT LUẬN' },
    { text: str(report.conclusion) },
  ];
  const head = issuer.titles.get('lanh-dao');
  return {
    doc: issuedDoc('audit-report', `BC-${id}`, file.relPath, what, issuer, {
      number: '',
      date: str(report.date),
      formCode,
      docType: 'Báo cáo',
      summary: `Kết quả đánh giá nội bộ hệ thống quản lý chất lượng`,
      authority: '',
      bases: [],
      body,
      recipients: [
        ...(head ? [`${head} (để báo cáo);`] : []),
        'Đại diện lãnh đạo về chất lượng;',
        'Các bộ phận được đánh giá;',
        'Lưu: hồ sơ đánh giá nội bộ.',
      ],
      signers: [sign('TRƯỞNG ĐOÀN ĐÁNH GIÁ', lead)],
    }),
  };
}

const CAR_FIELDS = ['rootCause', 'correctiveAction', 'owner', 'due'];

/** Số phiếu: the audit and the finding ("DGNB-2014-01/NC-01"). */
const carNumber = (audit: Data, finding: Data) => `${str(audit.id)}/${str(finding.id)}`;

export function correctiveActions(file: AuditFile, issuer: Issuer, formCode: string): Issued[] {
  const a = file.data;
  const lead = leadOf(a);
  const rep = personOf(issuer, 'dai-dien-lanh-dao');
  return list(a.findings)
    .map(obj)
    .filter(isNonconformity)
    .map((f): Issued => {
      const index = list(a.findings).map(obj).indexOf(f);
      const what = `Phiếu yêu cầu hành động khắc phục ${carNumber(a, f)}`;
      const lacks = CAR_FIELDS.filter((k) => !str(f[k])).map((k) => `findings[${index}].${k}`);
      if (!rep) lacks.push('qms.yaml roles: dai-dien-lanh-dao.people');
      if (lacks.length > 0) return missing(what, file.relPath, lacks);
      const v = obj(f.verification);
      const verified = str(v.date)
        ? [
            `Ngày kiểm tra: ${formatDate(str(v.date))}; người kiểm tra: ${str(v.by)}.`,
            `Kết quả: ${str(v.result)}`,
            ...(v.effective === true
              ? ['Hành động khắc phục có hiệu lực.']
              : v.effective === false
                ? ['Hành động khắc phục chưa có hiệu lực.']
                : []),
            ...(str(f.closed) ? [`Ngày đóng phiếu: ${formatDate(str(f.closed))}.`] : []),
          ]
        : [`Chưa kiểm tra xác nhận (thời hạn hoàn thành ${formatDate(str(f.due))}).`];
      const body: AdminBlock[] = [
        { text: `Số phiếu: ${carNumber(a, f)}`, bold: true },
        { heading: '1. MÔ TẢ SỰ KHÔNG PHÙ HỢP' },
        {
          list: [
            `Nguồn: đánh giá nội bộ ${str(a.id)} ngày ${formatDate(str(a.date))}.`,
            `Điều khoản TCVN ISO 9001:2008: ${str(f.clause)}${str(f.procedure) ? `; quy trình: ${str(f.procedure)}` : ''}.`,
            `Phân loại: ${GRADES[str(f.grade)]}.`,
          ],
        },
        { text: str(f.description) },
        ...(str(f.evidence) ? [{ text: `Bằng chứng: ${str(f.evidence)}` }] : []),
        { heading: '2. NGUYÊN NHÂN' },
        { text: str(f.rootCause) },
        { heading: '3. HÀNH ĐỘNG KHẮC PHỤC' },
        ...(str(f.correction) ? [{ text: `Sửa chữa: ${str(f.correction)}` }] : []),
        { text: `Hành động khắc phục: ${str(f.correctiveAction)}` },
        { list: [`Người thực hiện: ${str(f.owner)}.`, `Thời hạn hoàn thành: ${formatDate(str(f.due))}.`] },
        { heading: '4. KIỂM TRA XÁC NHẬN HIỆU LỰC' },
        { list: verified },
      ];
      return {
        doc: issuedDoc('corrective-action', `PYC-${str(a.id)}-${str(f.id)}`, file.relPath, what, issuer, {
          number: '',
          date: str(obj(a.report).date) || str(a.endDate) || str(a.date),
          formCode,
          docType: 'Phiếu yêu cầu hành động khắc phục',
          summary: '',
          authority: '',
          bases: [],
          body,
          recipients: [],
          signers: [sign('ĐÁNH GIÁ VIÊN', lead), sign('ĐẠI DIỆN LÃNH ĐẠO', rep)],
        }),
      };
    });
}

/** Sổ theo dõi hành động khắc phục: every nonconformity of every audit, oldest first. */
export function correctiveLog(files: AuditFile[], issuer: Issuer, formCode: string): Issued | undefined {
  const entries = files
    .flatMap((file) =>
      list(file.data.findings)
        .map(obj)
        .filter(isNonconformity)
        .map((f) => ({ a: file.data, f })),
    )
    .sort((x, y) => (str(x.a.date) < str(y.a.date) ? -1 : str(x.a.date) > str(y.a.date) ? 1 : 0));
  if (entries.length === 0) return undefined;
  const rows = entries.map(({ a, f }, i) => {
    const v = obj(f.verification);
    return [
      String(i + 1),
      carNumber(a, f),
      formatDate(str(a.date)),
      `${str(f.clause)}${str(f.procedure) ? ` / ${str(f.procedure)}` : ''}`,
      str(f.description),
      str(f.correctiveAction),
      str(f.owner),
      formatDate(str(f.due)),
      formatDate(str(f.closed)),
      str(v.date) ? `${formatDate(str(v.date))}: ${str(v.result)}` : '',
    ];
  });
  const last = entries
    .flatMap(({ a, f }) => [str(a.date), str(f.closed), str(obj(f.verification).date)])
    .filter(Boolean)
    .sort()
    .pop()!;
  const doc = issuedDoc('corrective-log', 'SO-HDKP', 'audits/', 'Sổ theo dõi hành động khắc phục', issuer, {
    number: '',
    date: last,
    formCode,
    docType: 'Sổ theo dõi hành động khắc phục',
    summary: `Cập nhật đến ngày ${formatDate(last)}`,
    authority: '',
    bases: [],
    body: [
      {
        table: table(
          [
            ['STT', 4, true],
            ['Số phiếu', 10],
            ['Ngày phát hiện', 8.5, true],
            ['Điều khoản / Quy trình', 8, true],
            ['Sự không phù hợp', 17],
            ['Hành động khắc phục', 16],
            ['Người thực hiện', 9],
            ['Thời hạn', 8.5, true],
            ['Ngày hoàn thành', 8.5, true],
            ['Kiểm tra xác nhận', 10.5],
          ],
          rows,
          // A register with ten columns on landscape A4: 11 pt keeps dates on one line.
          22,
        ),
      },
    ],
    recipients: [],
    signers: [],
  });
  return { doc: { ...doc, landscape: true } };
}
