import { join } from 'node:path';
import { text } from '../../text.js';
import { dataDir } from '../../paths.js';
import { readYamlOrThrow } from '../../yaml/read-yaml.js';
import { formatDuration, formatMoney, upper } from '../format.js';
import { table } from '../view/common.js';
import { printable } from '../view/procedure.js';
import { isUnverified } from '../../law/time.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock, AdminSigner, DocView, IssuedKind } from '../view/types.js';
import type { Issuer } from './frame.js';
import { issuedDoc, type Issued } from './issued-doc.js';
import { LazyDoc, type DocMaker, type DocNames } from '../planned-doc.js';

/**
 * The one-stop shop (một cửa) forms of each TTHC procedure: Giấy tiếp nhận (biên nhận) hồ sơ và hẹn trả kết
 * quả, Phiếu kiểm soát quá trình giải quyết hồ sơ (one row per step, with its role and time limit), Phiếu
 * hướng dẫn bổ sung hồ sơ, Phiếu xin lỗi và hẹn lại ngày trả kết quả and the Sổ theo dõi hồ sơ — blank forms
 * pre-filled with what the procedure fixes (the TTHC, the dossier, the legal time, the fee, the steps). The
 * regime in force on the procedure's effective date gives the titles (data/issued/one-stop.yaml, with what
 * could and could not be checked); no form claims to be an annex form of the law.
 */

type FormKey = 'receipt' | 'control' | 'supplement' | 'apology' | 'register';

interface Regime {
  id: string;
  instrument: string;
  from?: string;
  until?: string;
  unsupported?: boolean;
  titles?: Record<FormKey, string>;
}

interface OneStopData {
  regimes: Regime[];
  match: Record<FormKey, string[]>;
  registerRows: number;
}

let cached: OneStopData | undefined;
function oneStopData(): OneStopData {
  cached ??= readYamlOrThrow<OneStopData>(join(dataDir, 'issued', 'one-stop.yaml'));
  return cached;
}

export function regimeOn(date: string): Regime | undefined {
  return oneStopData().regimes.find((r) => (!r.from || r.from <= date) && (!r.until || date <= r.until));
}

/** Blanks an officer fills by hand on a form (the form itself, not missing data). */
const DOTS = '…………………………';
const WHEN = '…… giờ …… phút, ngày …… / …… / ………';

export interface ProcedureFile {
  relPath: string;
  /** The procedure's data: whole, or (qms build) a summary that names the forms (oneStopForms' `whole` reads the rest). */
  data: Data;
}

/** Each form's code prefix (GTN-QT-HT-01 …), in the order a procedure's forms are built. */
const PREFIX: Record<FormKey, string> = {
  receipt: 'GTN',
  control: 'PKS',
  supplement: 'PHD',
  apology: 'PXL',
  register: 'STD',
};

/** Each form's kind: one string for every procedure's form (a large unit plans tens of thousands). */
const KIND = Object.fromEntries(Object.keys(PREFIX).map((k) => [k, `one-stop-${k}`])) as Record<FormKey, IssuedKind>;

/** A form's names, from the procedure's code and the regime's title: the plan names it before making it. */
function formNames(p: ProcedureFile, key: FormKey, title: string): DocNames {
  return { kind: KIND[key], code: formCodeOf(p, key), title: formTitle(p, title), source: p.relPath };
}

const formCodeOf = (p: ProcedureFile, key: FormKey) => `${PREFIX[key]}-${str(p.data.code)}`;
const formTitle = (p: ProcedureFile, title: string) => `${title} – ${str(p.data.code)}`;

/** "Quy trình đăng ký khai sinh" → "Đăng ký khai sinh": the TTHC as the form names it. */
function tthcName(p: Data): string {
  const title = str(p.title).replace(/^Quy trình\s+/iu, '');
  return title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
}

/** The procedure's own form of that kind (its code is printed top right), by the title's beginning. */
function formCode(p: Data, key: FormKey): string {
  const starts = oneStopData().match[key];
  const form = list(p.forms)
    .map(obj)
    .find((f) => starts.some((s) => str(f.title).toLocaleLowerCase('vi').startsWith(s)));
  return form ? str(form.code) : '';
}

const blank = (title: string): AdminSigner => ({ authority: '', title, name: '' });

/**
 * The forms of every TTHC procedure of the unit, in code order; a procedure under a regime not checked is named.
 * `whole` gives a procedure's whole data when its forms are made (the data planned from may be a summary).
 */
export function oneStopForms<P extends ProcedureFile>(
  procedures: P[],
  issuer: Issuer,
  whole: (p: P) => Data = (p) => p.data,
): Issued[] {
  // One maker per regime and form: each form of the plan holds its code, its procedure and its maker.
  const makers = new Map<Regime, Map<FormKey, DocMaker<P>>>();
  const makerOf = (regime: Regime, key: FormKey) => {
    const ofRegime = makers.get(regime) ?? new Map<FormKey, DocMaker<P>>();
    makers.set(regime, ofRegime);
    let maker = ofRegime.get(key);
    if (!maker) ofRegime.set(key, (maker = formMaker(key, regime.titles!, issuer, whole)));
    return maker;
  };
  return procedures
    .filter((p) => Object.keys(obj(p.data.tthc)).length > 0)
    .flatMap((p): Issued[] => {
      const date = str(p.data.effectiveDate);
      const regime = regimeOn(date);
      if (!regime?.titles || regime.unsupported) {
        const code = str(p.data.code);
        return [
          {
            missing: text(
              `chưa xuất biểu mẫu một cửa của ${code}: mẫu theo ${regime?.instrument ?? 'quy định ngày ' + date} chưa được kiểm chứng (data/issued/one-stop.yaml)`,
              `one-stop forms of ${code} not built: the forms of ${regime?.instrument ?? 'the rules of ' + date} are not verified (data/issued/one-stop.yaml)`,
            ),
          },
        ];
      }
      // Five forms per procedure: made again when each is rendered rather than held (a large unit has thousands),
      // from the procedure's whole data.
      return FORM_KEYS.map((key) => ({ planned: new LazyDoc(formCodeOf(p, key), p, makerOf(regime, key)) }));
    });
}

const FORM_KEYS = Object.keys(PREFIX) as FormKey[];
const MADE = { receipt, control, supplement, apology, register };

/** How one form of every procedure under a regime is named, and made from the procedure's whole data. */
function formMaker<P extends ProcedureFile>(
  key: FormKey,
  t: Record<FormKey, string>,
  issuer: Issuer,
  whole: (p: P) => Data,
): DocMaker<P> {
  return {
    kind: KIND[key],
    source: (p) => p.relPath,
    title: (p) => formTitle(p, t[key]),
    make: (p) => viewOf(MADE[key]({ relPath: p.relPath, data: whole(p) }, issuer, t)),
  };
}

function viewOf(issued: Issued): DocView {
  if (!('doc' in issued)) throw new Error('a one-stop form is always a document');
  return issued.doc;
}

function formDoc(
  p: ProcedureFile,
  issuer: Issuer,
  key: FormKey,
  title: string,
  body: AdminBlock[],
  signers: AdminSigner[],
  extra: { recipients?: string[]; landscape?: boolean; summary?: string } = {},
): Issued {
  const names = formNames(p, key, title);
  const doc: DocView = issuedDoc(KIND[key], names.code, names.source, names.title, issuer, {
    number: '',
    date: str(p.data.effectiveDate),
    docType: title,
    summary: extra.summary ?? '',
    formCode: formCode(p.data, key),
    authority: '',
    bases: [],
    body,
    recipients: extra.recipients ?? [],
    signers,
  });
  // A blank form: the date is written when it is used, not the procedure's date.
  const admin = { ...doc.admin!, placeDate: `${issuer.place}, ngày …… tháng …… năm ………` };
  return { doc: { ...doc, admin, landscape: extra.landscape ?? false } };
}

function dossierRows(p: Data): string[][] {
  return list(p.dossier)
    .map(obj)
    .map((d, i) => [
      String(i + 1),
      str(d.name) + (str(d.form) ? ` (mẫu ${str(d.form)})` : ''),
      num(d.originals) ? String(num(d.originals)) : '',
      num(d.copies) ? String(num(d.copies)) : '',
    ]);
}

/**
 * "theo quy định: 03 ngày làm việc …" — or, for a time not checked against the law (`verified: false`),
 * the time without "theo quy định" and a note to check it before the form is used: a form handed to a
 * citizen never presents an unchecked figure as the law's.
 */
function processingTime(p: Data): string {
  const t = obj(p.processingTime);
  const time = printable(str(t.note)) || formatDuration(t.value, t.unit);
  return isUnverified(t)
    ? `: ${time.replace(/\.$/u, '')} (thời hạn chưa đối chiếu với văn bản quy định; đơn vị đối chiếu trước khi sử dụng mẫu).`
    : ` theo quy định: ${time}`;
}

function fees(p: Data): string {
  const all = list(p.fees).map(obj);
  if (all.length === 0) return 'Không';
  const unchecked = list(p.unchecked).includes('fees')
    ? ' (mức thu chưa đối chiếu với văn bản quy định; đơn vị đối chiếu trước khi sử dụng mẫu)'
    : '';
  return `${all.map(feeText).join('; ')}${unchecked}`;
}

/** A fee without an amount is one the model could not verify (or the city sets): never printed as free. */
function feeText(f: Data): string {
  const amount = num(f.amount);
  if (amount === undefined) {
    const note = printable(str(f.note)).replace(/\.$/u, '');
    return `${str(f.name)}: ${note ? note.charAt(0).toLocaleLowerCase('vi') + note.slice(1) : 'theo mức thu do cơ quan có thẩm quyền quy định'}`;
  }
  return `${str(f.name)}: ${amount > 0 ? formatMoney(amount) : 'miễn'}${amount > 0 && str(f.per) ? `/${str(f.per)}` : ''}`;
}

function receipt(p: ProcedureFile, issuer: Issuer, t: Record<FormKey, string>): Issued {
  const d = p.data;
  const body: AdminBlock[] = [
    { text: `Mã hồ sơ: ${DOTS}`, center: true },
    { text: `${str(d.receiveReturn) || issuer.name} tiếp nhận hồ sơ của: ${DOTS}` },
    { text: `Địa chỉ: ${DOTS} Số điện thoại: ${DOTS}` },
    { text: `Nội dung yêu cầu giải quyết: ${tthcName(d)}.` },
    { text: '1. Thành phần hồ sơ nộp gồm:' },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Tên giấy tờ', 62],
          ['Bản chính', 15, true],
          ['Bản sao', 15, true],
        ],
        dossierRows(d),
        22,
      ),
    },
    { text: `2. Số lượng hồ sơ: ${String(num(d.dossierSets) ?? 1).padStart(2, '0')} (bộ).` },
    { text: `3. Thời gian giải quyết hồ sơ${processingTime(d)}` },
    { text: `4. Thời gian nhận hồ sơ: ${WHEN}` },
    { text: `5. Thời gian trả kết quả giải quyết hồ sơ: ${WHEN}` },
    { text: `6. Nhận kết quả tại: ${str(d.receiveReturn) || issuer.name}.` },
    { text: `7. Phí, lệ phí: ${fees(d)}.` },
    { text: 'Vào Sổ theo dõi hồ sơ, Quyển số: ……… Số thứ tự: ………' },
  ];
  return formDoc(p, issuer, 'receipt', t.receipt, body, [blank('NGƯỜI NỘP HỒ SƠ'), blank('NGƯỜI TIẾP NHẬN HỒ SƠ')]);
}

function control(p: ProcedureFile, issuer: Issuer, t: Record<FormKey, string>): Issued {
  const d = p.data;
  const steps = list(d.steps).map(obj);
  // A step of a coordinating agency (một cửa liên thông) is done by that agency, not by a role of the unit.
  const agencies = new Map(
    list(obj(d.tthc).coordinatingAgencies)
      .map(obj)
      .map((a) => [str(a.id), str(a.name)] as const),
  );
  const rows = steps.map((s, i) => {
    const role = str(s.role);
    const time = obj(s.time);
    const who = str(s.agency) ? (agencies.get(str(s.agency)) ?? str(s.agency)) : (issuer.titles.get(role) ?? role);
    return [
      String(i + 1),
      `${who}\n${str(s.action)}`,
      formatDuration(time.value, time.unit),
      `Giao: ${WHEN}\nNhận: ${WHEN}\nNgười giao: ……………  Người nhận: ……………`,
      '',
      '',
    ];
  });
  const body: AdminBlock[] = [
    { text: `Mã hồ sơ: ${DOTS}`, center: true },
    { text: `(Kèm theo ${t.receipt} số: ${DOTS})`, center: true, italic: true },
    { text: `Thủ tục: ${tthcName(d)}. Thời gian giải quyết${processingTime(d)}` },
    { text: `Thời gian nhận hồ sơ: ${WHEN}` },
    { text: `Thời gian trả kết quả giải quyết hồ sơ: ${WHEN}` },
    { text: `Cơ quan (bộ phận) giải quyết hồ sơ: ${issuer.name}.` },
    {
      table: table(
        [
          ['Bước', 6, true],
          ['Tên cơ quan, bộ phận – công việc', 34],
          ['Thời hạn', 10, true],
          ['Thời gian giao, nhận hồ sơ', 28],
          ['Kết quả giải quyết hồ sơ (trước hạn / đúng hạn / quá hạn)', 12, true],
          ['Ghi chú', 10],
        ],
        rows,
        22,
      ),
    },
  ];
  return formDoc(p, issuer, 'control', t.control, body, [], { landscape: true });
}

function supplement(p: ProcedureFile, issuer: Issuer, t: Record<FormKey, string>): Issued {
  const d = p.data;
  const rows = dossierRows(d).map((r) => [r[0], r[1], '']);
  const body: AdminBlock[] = [
    { text: `Kính gửi: ${DOTS}`, center: true },
    { text: `Mã hồ sơ: ${DOTS} Nội dung yêu cầu giải quyết: ${tthcName(d)}.` },
    {
      text: `Ngày …… / …… / ………, ${str(d.receiveReturn) || issuer.name} nhận hồ sơ của ông (bà). Hồ sơ chưa đầy đủ, hợp lệ; đề nghị ông (bà) bổ sung, hoàn thiện một lần những nội dung được đánh dấu dưới đây:`,
    },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Thành phần hồ sơ theo quy định', 62],
          ['Nội dung cần bổ sung, hoàn thiện', 30],
        ],
        rows,
        22,
      ),
    },
    { text: `Lý do: ${DOTS}` },
    { text: `Mọi vướng mắc xin liên hệ: ${str(d.receiveReturn) || issuer.name}.` },
  ];
  return formDoc(p, issuer, 'supplement', t.supplement, body, [blank('NGƯỜI HƯỚNG DẪN')]);
}

function apology(p: ProcedureFile, issuer: Issuer, t: Record<FormKey, string>): Issued {
  const d = p.data;
  const body: AdminBlock[] = [
    { text: `Kính gửi: ${DOTS}`, center: true },
    {
      text: `Ngày …… / …… / ………, ${issuer.name} tiếp nhận hồ sơ đề nghị giải quyết thủ tục ${tthcName(d)} của ông (bà). Mã hồ sơ: ${DOTS} Thời gian hẹn trả kết quả: ${WHEN}`,
    },
    {
      text: `Tuy nhiên đến nay, ${issuer.name} chưa trả kết quả giải quyết hồ sơ cho ông (bà) đúng hẹn. Lý do: ${DOTS}`,
    },
    {
      text: `Sự chậm trễ này đã gây phiền hà cho ông (bà). ${issuer.name} xin lỗi ông (bà) và hẹn lại thời gian trả kết quả: ${WHEN}`,
    },
    { text: `Thời gian giải quyết${processingTime(d)}` },
  ];
  const head = upper(issuer.rule.head);
  const signer: AdminSigner = {
    authority: issuer.rule.collective ? `TM. ${upper(issuer.rule.collective)}` : '',
    title: head,
    name: '',
  };
  return formDoc(p, issuer, 'apology', t.apology, body, [signer], { recipients: ['Như trên;', 'Lưu: VT.'] });
}

function register(p: ProcedureFile, issuer: Issuer, t: Record<FormKey, string>): Issued {
  const d = p.data;
  const columns: Array<[string, number, boolean?]> = [
    ['STT', 4, true],
    ['Mã hồ sơ', 9],
    ['Tên cá nhân, tổ chức', 13],
    ['Địa chỉ, số điện thoại', 13],
    ['Số lượng hồ sơ (bộ)', 6, true],
    ['Nhận hồ sơ', 8, true],
    ['Hẹn trả kết quả', 8, true],
    ['Chuyển hồ sơ đến bộ phận giải quyết', 9, true],
    ['Có kết quả giải quyết', 8, true],
    ['Trả kết quả', 8, true],
    ['Người nhận kết quả ký', 8, true],
    ['Ghi chú', 6],
  ];
  const rows = Array.from({ length: oneStopData().registerRows }, () => columns.map(() => ''));
  const body: AdminBlock[] = [
    {
      text: `Thủ tục: ${tthcName(d)}${str(obj(d.tthc).field) ? ` – Lĩnh vực: ${str(obj(d.tthc).field)}` : ''}. Thời gian giải quyết${processingTime(d)}`,
      center: true,
    },
    { table: table(columns, rows, 20) },
  ];
  return formDoc(p, issuer, 'register', t.register, body, [], { landscape: true });
}
