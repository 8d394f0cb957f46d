import type { LegalInstrument } from '../../model/types.js';
import { formatDate, formatDuration, formatMoney, formatRetention, twoDigits } from '../../render/format.js';
import { numberKey, statusOn, type LegalStatus } from '../../law/legal.js';
import { describeLegal, isUnverified } from '../../law/time.js';
import { uncheckedNames } from '../../unit/unchecked.js';
import { instrumentName, printable } from '../../render/view/procedure.js';
import { pick, type Lang } from '../labels.js';
import { peopleOf, roleTitleOf, type AuditProcedure, type AuditUnit } from '../unit-scope.js';
import type { ChecklistRow } from './types.js';

/**
 * Questions derived from a procedure itself (issue 5): each dossier item checked at reception, the
 * legal time against the tracking book, each step by its role and the people in it, each form in its
 * current issue, each record with its keeper and retention, each legal basis in force on the audit
 * date (by the model's legal register), each fee. Ids: <code>/<letter>-<nn>, stable while the
 * procedure keeps its items in the same order.
 */

export interface DeriveContext {
  unit: AuditUnit;
  lang: Lang;
  /** YYYY-MM-DD. */
  date: string;
  /** The model's legal register by number key (empty when the model cannot be loaded). */
  register: Map<string, LegalInstrument>;
  /** The unit's records procedure (4.2.4), named in record questions. */
  recordsProcedure?: string;
}

/** The clause each kind of derived question is asked against. */
export const DERIVED_CLAUSE = {
  D: '7.2.2',
  T: '8.2.3',
  S: '7.5.1',
  F: '4.2.3',
  R: '4.2.4',
  L: '7.2.1',
  P: '7.2.1',
} as const;
export type DerivedKind = keyof typeof DERIVED_CLAUSE;

export interface DerivedPart {
  kind: DerivedKind;
  rows: ChecklistRow[];
}

export function deriveQuestions(p: AuditProcedure, ctx: DeriveContext): DerivedPart[] {
  return [
    { kind: 'D' as const, rows: dossierRows(p, ctx) },
    { kind: 'T' as const, rows: timeRows(p, ctx) },
    { kind: 'S' as const, rows: stepRows(p, ctx) },
    { kind: 'F' as const, rows: formRows(p, ctx) },
    { kind: 'R' as const, rows: recordRows(p, ctx) },
    { kind: 'L' as const, rows: legalRows(p, ctx) },
    { kind: 'P' as const, rows: feeRows(p, ctx) },
  ].filter((part) => part.rows.length > 0);
}

function row(
  p: AuditProcedure,
  kind: DerivedKind,
  i: number,
  question: string,
  evidence: string,
  sample?: string,
): ChecklistRow {
  return {
    no: 0,
    id: `${p.code}/${kind}-${twoDigits(i + 1)}`,
    clause: DERIVED_CLAUSE[kind],
    procedure: p.code,
    question,
    evidence,
    ...(sample ? { sample } : {}),
  };
}

const quote = (lang: Lang, s: string) => (lang === 'vi' ? `«${s}»` : `“${s}”`);

function dossierRows(p: AuditProcedure, { lang }: DeriveContext): ChecklistRow[] {
  return p.dossier.map((item, i) => {
    const form = item.form ? pick(lang, `; mẫu ${item.form}`, `; form ${item.form}`) : '';
    if (item.presentOnly) {
      return row(
        p,
        'D',
        i,
        pick(
          lang,
          `Giấy tờ xuất trình ${quote(lang, item.name)}: công chức tiếp nhận có đối chiếu và ghi nhận việc xuất trình, không thu thêm bản sao mà quy trình không yêu cầu không?`,
          `Document shown ${quote(lang, item.name)}: did the receiving officer check it and note that it was shown, without taking copies the procedure does not ask for?`,
        ),
        pick(lang, `Giấy biên nhận, hồ sơ lưu trong mẫu${form}.`, `Receipts, the sampled dossiers${form}.`),
      );
    }
    const counts = [
      item.originals ? pick(lang, `${twoDigits(item.originals)} bản chính`, `${item.originals} original(s)`) : '',
      item.copies ? pick(lang, `${twoDigits(item.copies)} bản sao`, `${item.copies} copy(ies)`) : '',
    ]
      .filter(Boolean)
      .join(', ');
    const qty = counts ? ` (${counts})` : '';
    return row(
      p,
      'D',
      i,
      pick(
        lang,
        `Thành phần hồ sơ ${quote(lang, item.name)}${qty}: hồ sơ trong mẫu có đủ thành phần này khi tiếp nhận, và thành phần này có được ghi trên giấy biên nhận không?`,
        `Dossier item ${quote(lang, item.name)}${qty}: do the sampled dossiers contain it from reception, and is it listed on the receipt?`,
      ),
      pick(
        lang,
        `Hồ sơ lưu, giấy biên nhận${form}; đối chiếu mục Thành phần hồ sơ của ${p.code}.`,
        `Filed dossiers, receipts${form}; compare with the dossier section of ${p.code}.`,
      ),
    );
  });
}

/** How many dossiers to pull: √N + 1 of the period's N, at least 5 (all of them when fewer), at most 15. */
export function samplingHint(field: string, lang: Lang): string {
  const where = field ? pick(lang, ` lĩnh vực ${field}`, ` of the ${field} field`) : '';
  return pick(
    lang,
    `rút ngẫu nhiên trong Sổ theo dõi hồ sơ${where} của 3 tháng gần nhất: √N + 1 hồ sơ (N = số hồ sơ trong kỳ, làm tròn lên), ít nhất 05, nhiều nhất 15; ít hơn 05 hồ sơ thì xem hết; ưu tiên hồ sơ trả muộn, bị trả lại hoặc có phản ánh.`,
    `draw at random from the dossier register${where} for the last 3 months: √N + 1 dossiers (N = dossiers in the period, rounded up), at least 5, at most 15; all of them when fewer than 5; favour late, returned or complained-about dossiers.`,
  );
}

function timeRows(p: AuditProcedure, { lang }: DeriveContext): ChecklistRow[] {
  const t = p.processingTime;
  if (!t) return [];
  const when = t.extension ? extensionCondition(t.extension.reason) : '';
  const extension = t.extension
    ? pick(
        lang,
        ` (được kéo dài thêm ${formatDuration(t.extension.value, t.extension.unit)}${when ? ` khi ${when}` : ''})`,
        ` (extendable by ${t.extension.value} ${t.extension.unit === 'working_day' ? 'working day(s)' : 'day(s)'}${when ? ` when ${when}` : ''})`,
      )
    : '';
  // A time the model could not check against the law is the procedure's, not the law's: the auditor
  // establishes the legal time first instead of measuring dossiers against an unchecked figure.
  const time = isUnverified(t)
    ? pick(
        lang,
        `Thời hạn giải quyết ghi trong quy trình ${describeLegal(t, 'vi')}${extension}, chưa được đối chiếu với văn bản quy phạm pháp luật: trước hết xác định thời hạn luật định của thủ tục trong văn bản tại mục Cơ sở pháp lý; sau đó`,
        `Processing time written in the procedure ${describeLegal(t, 'en')}${extension}, not checked against the law: first establish the procedure's legal time from the instruments in its legal basis; then`,
      )
    : pick(
        lang,
        `Thời hạn giải quyết ${describeLegal(t, 'vi')}${extension}:`,
        `Legal time ${describeLegal(t, 'en')}${extension}:`,
      );
  return [
    row(
      p,
      'T',
      0,
      pick(
        lang,
        `${time} đối chiếu ngày nhận, ngày hẹn trả và ngày trả thực tế trong Sổ theo dõi hồ sơ; có hồ sơ nào trả muộn so với giấy hẹn không, và hồ sơ trễ hạn có văn bản xin lỗi, hẹn lại ngày trả không?`,
        `${time} compare the receipt date, the promised date and the actual return date in the dossier register; was any dossier returned after the promised date, and do late dossiers have an apology letter with a new date?`,
      ),
      pick(
        lang,
        'Sổ theo dõi hồ sơ (ngày nhận, ngày hẹn, ngày trả), giấy biên nhận, phiếu kiểm soát quá trình, phần mềm một cửa (nếu có).',
        'Dossier register (received, promised, returned), receipts, process control slips, the one-stop software (if any).',
      ),
      samplingHint(p.field, lang),
    ),
  ];
}

/** The first sentence of a step (system procedures write a title sentence, then the detail). */
function firstSentence(action: string): string {
  const m = /^(.{10,}?[.!?])\s+(?=\p{Lu})/u.exec(action);
  return m ? m[1] : action;
}

function stepRows(p: AuditProcedure, { lang, unit }: DeriveContext): ChecklistRow[] {
  return p.steps.map((s, i) => {
    const people = peopleOf(unit, s.role);
    // A coordinating agency's step is asked about at the hand-over: the unit holds no people there.
    const who = s.agency
      ? pick(
          lang,
          `${s.agency} (cơ quan phối hợp; đối chiếu ngày giờ chuyển và nhận lại hồ sơ)`,
          `${s.agency} (coordinating agency; compare the dates the dossier was sent and returned)`,
        )
      : `${roleTitleOf(unit, s.role)} (${people.length > 0 ? people.join(', ') : pick(lang, 'chưa có người đảm nhiệm', 'nobody assigned')})`;
    const time = s.time
      ? pick(
          lang,
          ` trong ${formatDuration(s.time.value, s.time.unit)}`,
          ` within ${s.time.value} ${s.time.unit === 'hour' ? 'h' : s.time.unit === 'working_day' ? 'working day(s)' : 'day(s)'}`,
        )
      : '';
    const forms =
      s.forms.length > 0 ? pick(lang, `; biểu mẫu ${s.forms.join(', ')}`, `; forms ${s.forms.join(', ')}`) : '';
    const output = s.output ? `${s.output}; ` : '';
    return row(
      p,
      'S',
      i,
      pick(
        lang,
        `Bước ${i + 1} – ${firstSentence(s.action)} Bước này có do ${who} thực hiện${time} không?`,
        `Step ${i + 1} – ${firstSentence(s.action)} Is this step done by ${who}${time}?`,
      ),
      pick(
        lang,
        `${output}chữ ký, ngày giờ trên phiếu kiểm soát quá trình${forms}; phỏng vấn người thực hiện.`,
        `${output}signature, date and time on the process control slip${forms}; interview the person.`,
      ),
    );
  });
}

/** One question for all the procedure's forms (issue 17: one row per form filled pages with the same question). */
function formRows(p: AuditProcedure, { lang }: DeriveContext): ChecklistRow[] {
  if (p.forms.length === 0) return [];
  const issue = p.issue !== undefined ? twoDigits(p.issue) : '?';
  const since = p.effectiveDate ? formatDate(p.effectiveDate) : '?';
  const list = p.forms.map((f) => `${f.code} ${quote(lang, f.title)}`).join('; ');
  // A form's source may carry the model authors' caveat ("⚠ số hiệu … chưa đối chiếu"): never printed.
  const sources = p.forms
    .map((f) => ({ ...f, source: printable(f.source) }))
    .filter((f) => f.source)
    .map((f) => `${f.code}: ${f.source}`);
  const several = p.forms.length > 1;
  return [
    row(
      p,
      'F',
      0,
      pick(
        lang,
        `Biểu mẫu ${list}: ${several ? 'các biểu mẫu' : 'biểu mẫu'} đang dùng tại nơi làm việc có đúng bản ban hành kèm ${p.code} lần ${issue} (hiệu lực ${since}) không; còn bản cũ hoặc bản tự sửa không?`,
        `Form${several ? 's' : ''} ${list}: ${several ? 'are those' : 'is the one'} in use at the desk the one${several ? 's' : ''} issued with ${p.code} issue ${issue} (effective ${p.effectiveDate || '?'}), with no old or home-made versions around?`,
      ),
      pick(
        lang,
        `Biểu mẫu thực tế tại Bộ phận một cửa và bộ phận chuyên môn, danh mục tài liệu nội bộ${sources.length ? `; nguồn mẫu: ${sources.join('; ')}` : ''}.`,
        `Forms actually used at the one-stop desk and in the office, the internal document register${sources.length ? `; sources: ${sources.join('; ')}` : ''}.`,
      ),
    ),
  ];
}

/** One question for all the procedure's records, each with its keeper and retention (issue 17: fewer pages). */
function recordRows(p: AuditProcedure, { lang, unit, recordsProcedure }: DeriveContext): ChecklistRow[] {
  if (p.records.length === 0) return [];
  const each = p.records.map((r) => {
    const people = peopleOf(unit, r.keeper);
    const keeper = r.keeper
      ? `${roleTitleOf(unit, r.keeper)}${people.length > 0 ? ` (${people.join(', ')})` : ''}`
      : pick(lang, '(chưa ghi nơi lưu)', '(no keeper given)');
    const retention =
      r.retention === undefined
        ? pick(lang, 'thời hạn chưa ghi', 'for an unstated time')
        : lang === 'vi'
          ? formatRetention(r.retention).toLowerCase()
          : r.retention === 'permanent'
            ? 'permanently'
            : `for ${r.retention} year(s)`;
    return pick(
      lang,
      `${quote(lang, r.name)} do ${keeper} lưu giữ ${retention}`,
      `${quote(lang, r.name)} kept by ${keeper} ${retention}`,
    );
  });
  const disposal = recordsProcedure
    ? pick(
        lang,
        ` Hồ sơ hết hạn lưu có được xử lý theo ${recordsProcedure} không?`,
        ` Are records past retention handled under ${recordsProcedure}?`,
      )
    : '';
  return [
    row(
      p,
      'R',
      0,
      pick(
        lang,
        `Hồ sơ cần lưu: ${each.join('; ')} — có được lưu đúng nơi, đúng thời hạn, sắp xếp để tìm được nhanh không?${disposal}`,
        `Records: ${each.join('; ')} — are they kept where and as long as stated, filed so they can be found quickly?${disposal}`,
      ),
      pick(
        lang,
        'Nơi lưu, danh mục hồ sơ của bộ phận; rút thử hồ sơ của các hồ sơ trong mẫu.',
        "The storage place, the section's list of records; pull the records of the sampled dossiers.",
      ),
    ),
  ];
}

/**
 * The legal bases: one question for those in force on the audit date, one for those whose status the
 * model's register does not know, one for those it does not list, and one for each that is superseded
 * or not yet in force — those are where findings come from. Grouping keeps a TTHC with many
 * instruments to a few rows (issue 17: one TTHC's checklist fits in 6 pages).
 */
function legalRows(p: AuditProcedure, ctx: DeriveContext): ChecklistRow[] {
  const { lang, date, register } = ctx;
  const evidence = pick(
    lang,
    `Danh mục văn bản pháp luật áp dụng (tài liệu bên ngoài), văn bản tại nơi làm việc; mục Cơ sở pháp lý của ${p.code}.`,
    `The register of applicable legal documents (external documents), the copies at the desk; the legal basis section of ${p.code}.`,
  );
  const groups = { 'in-force': [] as number[], unknown: [] as number[], unlisted: [] as number[] };
  const rows: ChecklistRow[] = [];
  p.legalBasis.forEach((l, i) => {
    const entry = register.get(numberKey(l.number));
    // Only what the register knows to be in force (by part where the citation names one) is called in
    // force; an instrument of unknown status is asked about, never asserted.
    const status = entry ? statusOn(entry, date, l.part) : undefined;
    if (!status) groups.unlisted.push(i);
    else if (status.state === 'in-force' || status.state === 'unknown') groups[status.state].push(i);
    else rows.push(changedRow(p, ctx, i, status, evidence));
  });
  const nameOf = (i: number) => shortCitation(p.legalBasis[i]);
  const ask = (members: number[], vi: (several: boolean) => string, en: (several: boolean) => string) => {
    if (members.length === 0) return;
    const names = members.map(nameOf).join('; ');
    const several = members.length > 1;
    rows.push(row(p, 'L', members[0], `${names}: ${pick(lang, vi(several), en(several))}`, evidence));
  };
  const day = formatDate(date);
  ask(
    groups['in-force'],
    (n) =>
      `${n ? 'các văn bản' : 'văn bản'} còn hiệu lực ngày ${day} (sổ đăng ký văn bản pháp luật của mô hình); bản đang dùng tại nơi làm việc có đúng ${n ? 'các văn bản này' : 'văn bản này'} (kể cả văn bản sửa đổi, bổ sung) và việc giải quyết có theo đúng quy định không?`,
    (n) =>
      `in force on ${date} (the model's legal register); ${n ? 'are the copies at the desk these instruments' : 'is the copy at the desk this instrument'} (with their amendments), and is the work done as ${n ? 'they require' : 'it requires'}?`,
  );
  ask(
    groups.unknown,
    (n) =>
      `sổ đăng ký văn bản pháp luật của mô hình chưa xác định được văn bản còn hiệu lực ngày ${day} hay không — đối chiếu ${n ? 'từng văn bản với ' : ''}văn bản gốc (vbpl.vn) và kiểm tra bản đang dùng tại nơi làm việc có đúng văn bản đang có hiệu lực, việc giải quyết có theo đúng quy định không?`,
    (n) =>
      `the model's legal register does not know whether ${n ? 'they are' : 'it is'} in force on ${date} — check ${n ? 'each against ' : ''}the official text (vbpl.vn), that the copy at the desk is the instrument in force, and that the work is done as it requires.`,
  );
  ask(
    groups.unlisted,
    (n) =>
      `${n ? 'các văn bản' : 'văn bản'} không có trong sổ đăng ký văn bản pháp luật của mô hình — còn hiệu lực ngày ${day} không; bản đang dùng tại nơi làm việc có đúng ${n ? 'các văn bản này' : 'văn bản này'} và việc giải quyết có theo đúng quy định không?`,
    (n) =>
      `not in the model's legal register — ${n ? 'are they' : 'is it'} in force on ${date}; ${n ? 'are the copies at the desk these instruments' : 'is the copy at the desk this instrument'}, and is the work done as ${n ? 'they require' : 'it requires'}?`,
  );
  if (p.unchecked.length > 0) rows.push(uncheckedRow(p, ctx, evidence));
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

/** Sections the model left unchecked: the auditor asks whether the unit checked them before issuing. */
function uncheckedRow(p: AuditProcedure, { lang }: DeriveContext, evidence: string): ChecklistRow {
  const names = uncheckedNames(p.unchecked, lang);
  return row(
    p,
    'L',
    p.legalBasis.length,
    pick(
      lang,
      `Các mục ${names} của quy trình chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật khi soạn (tài liệu in lưu ý «Lưu ý trước khi ký ban hành»): đơn vị đã đối chiếu các mục này với văn bản tại mục Cơ sở pháp lý hoặc bộ TTHC đã công bố, sửa chỗ khác và ban hành lại chưa; việc giải quyết thực tế có theo đúng văn bản không?`,
      `Sections ${names} of the procedure were not checked against the text of the law when written (the document prints a caution to the signer): has the unit checked them against the instruments in the legal basis or the published TTHC set, corrected what differs and re-issued it; is the work actually done as the law requires?`,
    ),
    evidence,
  );
}

/**
 * "Nghị định 181/2004/NĐ-CP về thi hành Luật Đất đai"; a title that names the instrument goes first:
 * "Luật Đất đai số 13/2003/QH11", never "Luật 13/2003/QH11 Luật Đất đai".
 */
function shortCitation(l: { type: string; number: string; title: string }): string {
  const named = l.type !== '' && l.title.toLocaleLowerCase('vi').startsWith(l.type.toLocaleLowerCase('vi'));
  if (named) return `${l.title} số ${l.number}`;
  return `${l.type ? `${l.type} ` : ''}${l.number}${l.title ? ` ${l.title}` : ''}`;
}

/** The question for one instrument superseded, or not yet in force, on the audit date. */
function changedRow(
  p: AuditProcedure,
  { lang }: DeriveContext,
  i: number,
  status: Extract<LegalStatus, { state: 'superseded' | 'not-yet' }>,
  evidence: string,
): ChecklistRow {
  const name = shortCitation(p.legalBasis[i]);
  if (status.state === 'superseded') {
    const by = status.by.length
      ? pick(lang, `, thay bằng ${status.by.join(', ')}`, `, replaced by ${status.by.join(', ')}`)
      : '';
    const part = status.part ? pick(lang, ` (phần ${status.part.title})`, ` (part: ${status.part.title})`) : '';
    return row(
      p,
      'L',
      i,
      pick(
        lang,
        `${name}${part} đã hết hiệu lực ${status.approximate ? `chậm nhất từ ${formatDate(status.from)} (ngày chính xác chưa kiểm chứng)` : `từ ${formatDate(status.from)}`}${by} (sổ đăng ký văn bản pháp luật của mô hình): quy trình đã được sửa đổi, và công chức có giải quyết theo văn bản mới không?`,
        `${name}${part} was superseded ${status.approximate ? `no later than ${status.from} (exact date not verified)` : `on ${status.from}`}${by} (the model's legal register): has the procedure been revised, and do officers apply the new instrument?`,
      ),
      evidence,
    );
  }
  const { from } = status;
  return row(
    p,
    'L',
    i,
    pick(
      lang,
      `${name} chỉ có hiệu lực từ ${formatDate(from)}: đơn vị có áp dụng trước ngày có hiệu lực không?`,
      `${name} takes effect only on ${from}: is the unit applying it early?`,
    ),
    evidence,
  );
}

function feeRows(p: AuditProcedure, { lang }: DeriveContext): ChecklistRow[] {
  return p.fees.map((f, i) => {
    const per = f.per ? `/${f.per}` : '';
    // "theo Thông tư liên tịch số 174/2011/TTLT-BTC-BTP", as the procedure's 5.6 says it, never "theo 174/2011/…".
    const basis = f.basis ? pick(lang, ` theo ${instrumentName(f.basis)}`, ` under ${f.basis}`) : '';
    // No amount: the model could not verify the figure; its note says who sets it (never a guessed number).
    const setBy = printable(f.note);
    const amount =
      f.amount === undefined
        ? pick(
            lang,
            setBy ? ` (${lowerFirst(setBy)})` : ': mức thu chưa ghi',
            setBy ? ` (${setBy.replace(/\.$/u, '')})` : ': amount not stated',
          )
        : `: ${lang === 'vi' ? formatMoney(f.amount) : f.amount === 0 ? 'none' : `${f.amount} VND`}${per}`;
    return row(
      p,
      'P',
      i,
      pick(
        lang,
        `${f.name}${amount}${basis} — có thu đúng mức, đúng đối tượng miễn, giảm, có biên lai và ghi sổ không?`,
        `${f.name}${amount}${basis} — is the right amount charged, are exemptions applied, receipts given and entries made?`,
      ),
      pick(
        lang,
        'Biên lai thu phí, lệ phí, sổ thu, bảng niêm yết tại Bộ phận một cửa.',
        'Fee receipts, the takings book, the price list posted at the one-stop desk.',
      ),
    );
  });
}

/**
 * The extension's reason after "khi": "khi cần xác minh", never "khi Trường hợp cần xác minh" (the
 * procedure's own 5.4 says "Trường hợp cần xác minh: …"); "Cùng lúc …" becomes "cùng lúc …", a name
 * after "Trường hợp" keeps its capital ("khi Sở Tư pháp yêu cầu …"); an author's ⚠ caveat is left out.
 */
export function extensionCondition(reason: string): string {
  const text = printable(reason);
  const lead = /^(trường hợp|khi|nếu)\s+/iu.exec(text);
  if (lead) return text.slice(lead[0].length).replace(/\.$/u, '');
  const [first = ''] = text.split(/\s/u, 1);
  const acronym = first.length > 1 && first === first.toLocaleUpperCase('vi');
  return acronym ? text.replace(/\.$/u, '') : lowerFirst(text);
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('vi') + sentence.slice(1).replace(/\.$/u, '');
}
