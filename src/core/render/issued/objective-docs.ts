import { formatDate, formatNumber, twoDigits } from '../format.js';
import { table } from '../view/common.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock, AdminSigner } from '../view/types.js';
import { leaderSigner, personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';

/**
 * The yearly documents on the quality objectives (TCVN ISO 9001:2008, 5.4.1 and 8.2.3), from
 * objectives/<year>.yaml: the Kế hoạch thực hiện mục tiêu chất lượng (what each objective needs done, by
 * whom, how it is measured) under `plan`, and the report of results under `report`, from each objective's
 * `result`. No law prescribes their form: both follow the administrative frame (TT 01/2011/TT-BNV).
 */

export interface ObjectivesFile {
  relPath: string;
  data: Data;
}

const COMPARISON: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** "≥ 98 %", "≤ 0 hồ sơ": the target as an officer reads it. */
export function targetText(o: Data): string {
  const unit = str(o.unit);
  const value = num(o.target);
  const amount = value === undefined ? '' : formatNumber(value);
  return [COMPARISON[str(o.comparison)] ?? '', unit === '%' ? `${amount} %` : [amount, unit].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' ');
}

/** Whether a measured value meets the objective's target; undefined when either is missing. */
export function meets(o: Data, value: number | undefined): boolean | undefined {
  const target = num(o.target);
  if (value === undefined || target === undefined) return undefined;
  const c = str(o.comparison);
  return c === '<=' ? value <= target : c === '=' ? value === target : value >= target;
}

function valueText(o: Data, value: number): string {
  const unit = str(o.unit);
  return unit === '%' ? `${formatNumber(value)} %` : [formatNumber(value), unit].filter(Boolean).join(' ');
}

/** The number, date and signer of `plan` or `report`, the signer's block, or the fields still to fill. */
function header(
  file: ObjectivesFile,
  key: 'plan' | 'report',
  issuer: Issuer,
): { number: string; date: string; signer: AdminSigner } | string[] {
  const d = obj(file.data[key]);
  const lacks = ['number', 'date'].filter((f) => !str(d[f])).map((f) => `${key}.${f}`);
  const name = str(d.signer) || personOf(issuer, 'lanh-dao');
  const signer = name ? leaderSigner(issuer, name, true) : undefined;
  if (!signer) lacks.push(`${key}.signer${name ? ` (${name}: không thuộc vai trò lanh-dao hoặc pho-lanh-dao)` : ''}`);
  if (lacks.length > 0 || !signer) return lacks;
  return { number: str(d.number), date: str(d.date), signer };
}

const objectivesOf = (file: ObjectivesFile) => list(file.data.objectives).map(obj);

const who = (issuer: Issuer, role: string) => {
  const title = issuer.titles.get(role) ?? role;
  const person = personOf(issuer, role);
  return person ? `${title} (${person})` : title;
};

export function objectivesPlan(file: ObjectivesFile, issuer: Issuer): Issued {
  const year = String(num(file.data.year) ?? '');
  const what = `Kế hoạch thực hiện mục tiêu chất lượng năm ${year}`;
  const h = header(file, 'plan', issuer);
  if (Array.isArray(h)) return missing(what, file.relPath, h);
  const objectives = objectivesOf(file);
  const code = str(file.data.code);
  const issue = str(file.data.issue);
  const body: AdminBlock[] = [
    {
      text: `Thực hiện Mục tiêu chất lượng năm ${year} (${code}, ban hành lần ${issue}, hiệu lực từ ngày ${formatDate(str(file.data.effectiveDate))}), ${issuer.name} ban hành Kế hoạch thực hiện mục tiêu chất lượng năm ${year} như sau:`,
    },
    { heading: 'I. MỤC TIÊU, CHỈ TIÊU VÀ BIỆN PHÁP THỰC HIỆN' },
    {
      table: table(
        [
          ['STT', 5, true],
          ['Mục tiêu, chỉ số đo', 27],
          ['Chỉ tiêu', 9, true],
          ['Biện pháp thực hiện', 35],
          ['Người chịu trách nhiệm', 13],
          ['Tần suất theo dõi', 11],
        ],
        objectives.map((o, i) => [
          String(i + 1),
          `${str(o.objective)} Chỉ số: ${str(o.indicator)}.`,
          targetText(o),
          list(o.actions)
            .map(str)
            .filter(Boolean)
            .map((a) => `- ${a}`)
            .join('\n'),
          who(issuer, str(o.responsible)),
          str(o.frequency),
        ]),
        // Six columns of sentences: landscape A4 at 11 pt (like the corrective-action log).
        22,
      ),
    },
    { heading: 'II. THEO DÕI, ĐO LƯỜNG' },
    {
      list: objectives.map((o, i) => `Mục tiêu ${i + 1}: ${str(o.method)}`),
    },
    { heading: 'III. TỔ CHỨC THỰC HIỆN' },
    {
      list: [
        'Người chịu trách nhiệm từng mục tiêu tổ chức thực hiện các biện pháp tại Mục I và báo cáo kết quả theo tần suất tại Mục I.',
        ...(personOf(issuer, 'dai-dien-lanh-dao')
          ? [
              `Đại diện lãnh đạo về chất lượng (đồng chí ${personOf(issuer, 'dai-dien-lanh-dao')}) theo dõi, tổng hợp kết quả thực hiện, báo cáo tại cuộc họp xem xét của lãnh đạo.`,
            ]
          : []),
      ],
    },
  ];
  const doc = issuedDoc('objectives-plan', `KH-MTCL-${year}`, file.relPath, what, issuer, {
    number: h.number,
    date: h.date,
    docType: 'Kế hoạch',
    summary: `Thực hiện mục tiêu chất lượng năm ${year}`,
    authority: '',
    bases: [],
    body,
    recipients: [`Lãnh đạo ${issuer.name};`, 'Các bộ phận, công chức;', 'Lưu: VT.'],
    signers: [h.signer],
  });
  return { doc: { ...doc, landscape: true } };
}

export function objectivesReport(file: ObjectivesFile, issuer: Issuer): Issued {
  const year = String(num(file.data.year) ?? '');
  const what = `Báo cáo kết quả thực hiện mục tiêu chất lượng năm ${year}`;
  const objectives = objectivesOf(file);
  const h = header(file, 'report', issuer);
  const lacks = [
    ...(Array.isArray(h) ? h : []),
    ...objectives.flatMap((o, i) => (num(obj(o.result).value) === undefined ? [`objectives[${i}].result`] : [])),
  ];
  if (lacks.length > 0 || Array.isArray(h)) return missing(what, file.relPath, lacks);
  const rows = objectives.map((o) => {
    const r = obj(o.result);
    const value = num(r.value)!;
    return { o, r, value, met: meets(o, value) };
  });
  const met = rows.filter((x) => x.met === true).length;
  const notMet = rows.filter((x) => x.met === false);
  const body: AdminBlock[] = [
    { heading: 'I. KẾT QUẢ THỰC HIỆN' },
    {
      table: table(
        [
          ['STT', 5, true],
          ['Mục tiêu, chỉ số đo', 36],
          ['Chỉ tiêu', 11, true],
          ['Kết quả', 10, true],
          ['Ngày đo', 10, true],
          ['Đánh giá', 9, true],
          ['Ghi chú', 19],
        ],
        rows.map(({ o, r, value, met: ok }, i) => [
          String(i + 1),
          `${str(o.objective)} Chỉ số: ${str(o.indicator)}.`,
          targetText(o),
          valueText(o, value),
          formatDate(str(r.measuredOn)),
          ok ? 'Đạt' : 'Không đạt',
          str(r.note),
        ]),
        22,
      ),
    },
    { heading: 'II. ĐÁNH GIÁ CHUNG' },
    {
      text: `Năm ${year}, ${issuer.name} đạt ${twoDigits(met)}/${twoDigits(rows.length)} mục tiêu chất lượng đã đề ra.${
        notMet.length > 0
          ? ` Mục tiêu chưa đạt: ${notMet.map((x) => `mục tiêu ${rows.indexOf(x) + 1} (${valueText(x.o, x.value)}, chỉ tiêu ${targetText(x.o)})`).join('; ')}; đề nghị xem xét nguyên nhân và hành động khắc phục tại cuộc họp xem xét của lãnh đạo.`
          : ''
      }`,
    },
  ];
  const doc = issuedDoc('objectives-report', `BC-MTCL-${year}`, file.relPath, what, issuer, {
    number: h.number,
    date: h.date,
    docType: 'Báo cáo',
    summary: `Kết quả thực hiện mục tiêu chất lượng năm ${year}`,
    authority: '',
    bases: [],
    body,
    recipients: [`Lãnh đạo ${issuer.name};`, 'Đại diện lãnh đạo về chất lượng;', 'Lưu: VT.'],
    signers: [h.signer],
  });
  return { doc: { ...doc, landscape: true } };
}
