import { formatDate, formatDuration, formatMedium, formatMoney, formatRetention, twoDigits } from '../format.js';
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
import type { Block, DocView, Field } from './types.js';
import { parseInstrumentNumber } from '../../law/legal.js';
import { isUnverified } from '../../law/time.js';
import type { UncheckedSection } from '../../unit/types.js';

/** A procedure (quy trình) as a document: cover, then sections 1–7 (domain.md §2.5). */
export function procedureView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const operational = data.kind === 'operational' || obj(data.tthc).id !== undefined || list(data.dossier).length > 0;
  const drafts: SectionDraft[] = [
    { title: 'Mục đích', blocks: paragraphs(str(data.purpose)) },
    {
      title: 'Phạm vi áp dụng',
      blocks: [...paragraphs(str(data.scope)), ...tthcFields(obj(data.tthc)), ...unchecked(data, 'result')],
    },
    { title: 'Tài liệu viện dẫn', blocks: orNone(bullets(strings(data.references)), 'Không có.') },
    { title: 'Định nghĩa và chữ viết tắt', blocks: orNone(definitions(data), 'Không có.') },
    {
      title: 'Nội dung quy trình',
      blocks: operational ? [] : [...steps(data, ctx), ...unchecked(data, 'steps')],
      sections: operational ? operationalContent(data, ctx) : [],
    },
    { title: 'Biểu mẫu', blocks: orNone(forms(data), 'Không sử dụng biểu mẫu.') },
    { title: 'Hồ sơ cần lưu', blocks: orNone(records(data, ctx), 'Không có.') },
  ];
  return controlledDoc('procedure', data, code, source, ctx, numberSections(drafts));
}

function orNone(blocks: Block[], none: string): Block[] {
  return blocks.length > 0 ? blocks : [{ paragraph: none }];
}

function tthcFields(tthc: Data): Block[] {
  const fields: Field[] = [
    { label: 'Lĩnh vực', value: str(tthc.field) },
    { label: 'Mã số TTHC', value: str(tthc.nationalCode) },
    { label: 'Đối tượng thực hiện', value: str(tthc.applicants) },
    { label: 'Cơ quan có thẩm quyền quyết định', value: str(tthc.authority) },
    { label: 'Cơ quan phối hợp', value: coordinatingAgencies(tthc) },
    { label: 'Kết quả thực hiện', value: str(tthc.result) },
  ].filter((f) => f.value !== '');
  return fields.length > 0 ? [{ fields }] : [];
}

/** "Chi cục Thuế huyện Thanh Trì (xác định nghĩa vụ tài chính); Văn phòng đăng ký đất đai …". */
function coordinatingAgencies(tthc: Data): string {
  return list(tthc.coordinatingAgencies)
    .map(obj)
    .map((a) => {
      const task = printable(str(a.task));
      return task ? `${str(a.name)} (${task})` : str(a.name);
    })
    .filter(Boolean)
    .join('; ');
}

/** Who does a step: the title of the unit's role, or the name of the coordinating agency it names. */
function stepOwner(step: Data, data: Data, ctx: UnitContext): string {
  const agency = str(step.agency);
  if (!agency) return roleTitle(ctx, step.role);
  const listed = list(obj(data.tthc).coordinatingAgencies)
    .map(obj)
    .find((a) => str(a.id) === agency);
  return listed ? str(listed.name) : agency;
}

function definitions(data: Data): Block[] {
  const rows = list(data.definitions)
    .map(obj)
    .map((d) => [str(d.term), str(d.meaning)]);
  return rows.length > 0
    ? [
        {
          table: table(
            [
              ['Thuật ngữ, chữ viết tắt', 30],
              ['Giải thích', 70],
            ],
            rows,
          ),
        },
      ]
    : [];
}

/** 5.1–5.8 of an operational (TTHC) procedure. */
function operationalContent(data: Data, ctx: UnitContext): SectionDraft[] {
  const drafts: SectionDraft[] = [
    {
      title: 'Cơ sở pháp lý',
      blocks: [
        ...orNone(bullets(list(data.legalBasis).map(obj).map(citation).filter(Boolean)), 'Không có.'),
        ...unchecked(data, 'legalBasis'),
      ],
    },
    {
      title: 'Thành phần hồ sơ',
      blocks: [...orNone(dossier(data), 'Không yêu cầu hồ sơ.'), ...unchecked(data, 'dossier')],
    },
    {
      title: 'Số lượng hồ sơ',
      blocks: paragraphs(
        num(data.dossierSets) !== undefined ? `${twoDigits(num(data.dossierSets)!)} bộ` : 'Không quy định.',
      ),
    },
    { title: 'Thời gian xử lý', blocks: processingTime(obj(data.processingTime)) },
    { title: 'Nơi tiếp nhận và trả kết quả', blocks: paragraphs(str(data.receiveReturn) || 'Không quy định.') },
    { title: 'Lệ phí', blocks: [...fees(data), ...unchecked(data, 'fees')] },
    { title: 'Quy trình xử lý công việc', blocks: [...steps(data, ctx), ...unchecked(data, 'steps')] },
  ];
  const requirements = strings(data.requirements).map(printable).filter(Boolean);
  if (requirements.length > 0)
    drafts.push({
      title: 'Yêu cầu, điều kiện thực hiện',
      blocks: [...bullets(requirements), ...unchecked(data, 'requirements')],
    });
  return drafts;
}

/** "Nghị định số 158/2005/NĐ-CP ngày 27/12/2005 của Chính phủ về đăng ký và quản lý hộ tịch (Điều 13)". */
export function citation(instrument: Data): string {
  const type = str(instrument.type);
  const number = str(instrument.number);
  const titleText = str(instrument.title);
  const articles = str(instrument.articles);
  const tail = articles ? ` (${articles})` : '';
  if (type === 'Tiêu chuẩn') return `${number}${titleText ? ` – ${titleText}` : ''}${tail}`;
  const date = str(instrument.date);
  const issuer = str(instrument.issuer);
  // A title that names the instrument ("Luật Đất đai") goes first: "Luật Đất đai số 13/2003/QH11 ngày …".
  const named = type !== '' && titleText.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'));
  const parts = [
    named ? titleText : type,
    number ? `số ${number}` : '',
    date ? `ngày ${formatDate(date)}` : '',
    issuer ? `của ${issuer}` : '',
    named ? '' : titleText,
  ];
  return `${parts.filter(Boolean).join(' ')}${tail}`;
}

/**
 * Model authors' caveats ("⚠ chưa kiểm chứng …") are for reviewers of the model, never for a document
 * an officer signs: everything from the first ⚠ on is left out.
 */
export function printable(value: string): string {
  const at = value.indexOf('⚠');
  return (at < 0 ? value : value.slice(0, at)).replace(/[\s;,(–-]+$/u, '').trim();
}

/** "Quyết định số 34/2014/QĐ-UBND" from a bare number, when its symbol says what it is. */
export function instrumentName(number: string): string {
  const kind = parseInstrumentNumber(number)?.types[0];
  return kind && kind !== 'Tiêu chuẩn' ? `${kind} số ${number}` : number;
}

function dossier(data: Data): Block[] {
  const rows = list(data.dossier)
    .map(obj)
    .map((item, i) => {
      const presentOnly = item.presentOnly === true;
      const count = (v: unknown) =>
        presentOnly ? '' : num(v) === 0 ? '–' : num(v) !== undefined ? twoDigits(num(v)!) : '';
      const notes = [
        presentOnly ? 'Xuất trình bản chính để đối chiếu' : '',
        str(item.form) ? `Mẫu ${str(item.form)}` : '',
        printable(str(item.note)),
      ];
      return [
        String(i + 1),
        str(item.name),
        count(item.originals),
        count(item.copies),
        notes.filter(Boolean).join('\n'),
      ];
    });
  if (rows.length === 0) return [];
  return [
    {
      table: table(
        [
          ['TT', 6, true],
          ['Thành phần hồ sơ', 47],
          ['Bản chính', 10, true],
          ['Bản sao', 10, true],
          ['Ghi chú', 27],
        ],
        rows,
      ),
    },
  ];
}

function processingTime(time: Data): Block[] {
  const value = num(time.value);
  const unit = str(time.unit);
  let main: string;
  if (unit === 'same_session') {
    main = 'Ngay trong buổi làm việc tiếp nhận hồ sơ.';
  } else if (unit === 'same_day') {
    const cutoff = num(time.cutoffHour);
    main =
      cutoff !== undefined
        ? `Trong ngày làm việc (hồ sơ nhận sau ${cutoff} giờ được trả trong ngày làm việc tiếp theo).`
        : 'Trong ngày làm việc.';
  } else if (value !== undefined) {
    main = `${twoDigits(value)} ${unit === 'working_day' ? 'ngày làm việc' : 'ngày'} kể từ ngày nhận đủ hồ sơ hợp lệ.`;
  } else {
    main = 'Không quy định.';
  }
  const extension = obj(time.extension);
  const reason = printable(str(extension.reason)) || 'cần xác minh';
  // "Trường hợp hợp đồng phức tạp", never "Trường hợp Trường hợp …" nor "Trường hợp Cùng lúc …".
  const when = /^(trường hợp|khi|nếu)\s/iu.test(reason)
    ? reason.charAt(0).toLocaleUpperCase('vi') + reason.slice(1)
    : `Trường hợp ${lowerFirst(reason)}`;
  const extra =
    num(extension.value) !== undefined
      ? `${when}: kéo dài thêm không quá ${formatDuration(extension.value, extension.unit)}.`
      : '';
  const note = printable(str(time.note));
  // An authored note that already states the limit replaces the generated sentence (5.4 says it once),
  // and one that already speaks of the extension replaces the generated extension sentence.
  const noteExtends = /kéo dài|gia hạn|xác minh/iu.test(note);
  const caution = isUnverified(time) ? UNVERIFIED_TIME : '';
  if (note && statesLimit(note, unit, value, num(time.cutoffHour)))
    return paragraphs(note, noteExtends ? '' : extra, caution);
  return paragraphs(main, noteExtends ? '' : extra, note, caution);
}

/**
 * Printed under a time the model could not check against the law's text (`verified: false`). The
 * officer signs this document: it says plainly that the time is not yet the law's, what to check it
 * against, and how the caution goes away once checked, instead of passing the figure off as certain.
 */
export const UNVERIFIED_TIME =
  'Lưu ý trước khi ký ban hành: thời hạn trên chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật. Người ký đối chiếu với văn bản nêu tại mục Cơ sở pháp lý và sửa nếu khác; sau khi đối chiếu, xóa dòng «verified: false» ở mục processingTime của tệp quy trình để tài liệu in lại không còn lưu ý này.';

/** What the signer reads under a section the model could not check against the law's text (`unchecked`). */
export const UNCHECKED_SECTION =
  'Lưu ý trước khi ký ban hành: nội dung mục này chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật. Người ký đối chiếu với văn bản nêu tại mục Cơ sở pháp lý (hoặc bộ TTHC đã công bố) và sửa nếu khác; sau khi đối chiếu, xóa «{key}» khỏi mục unchecked của tệp quy trình để tài liệu in lại không còn lưu ý này.';

function unchecked(data: Data, key: UncheckedSection): Block[] {
  return strings(data.unchecked).includes(key) ? paragraphs(UNCHECKED_SECTION.replace('{key}', key)) : [];
}

/** Whether an authored note on the time says the limit itself ("03 ngày", "sau 15 giờ", "trong buổi"). */
function statesLimit(note: string, unit: string, value: number | undefined, cutoff: number | undefined): boolean {
  if (unit === 'same_session') return /buổi/iu.test(note);
  if (unit === 'same_day') return cutoff !== undefined ? note.includes(`${cutoff} giờ`) : /trong ngày/iu.test(note);
  return value !== undefined && (note.includes(`${twoDigits(value)} ngày`) || note.includes(` ${value} ngày`));
}

/** "Cùng lúc nhiều loại bản chính" → "cùng lúc …" after "Trường hợp"; an acronym ("UBND …") stays. */
function lowerFirst(phrase: string): string {
  const [first = ''] = phrase.split(/\s/u, 1);
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return phrase;
  return phrase.charAt(0).toLocaleLowerCase('vi') + phrase.slice(1);
}

function fees(data: Data): Block[] {
  if (!Array.isArray(data.fees)) return paragraphs('Không quy định.');
  const cited = list(data.legalBasis).map(obj);
  const items = list(data.fees)
    .map(obj)
    .map((fee) => feeLine(fee, cited));
  return items.length > 0 ? bullets(items) : paragraphs('Không thu phí, lệ phí.');
}

/**
 * One line of 5.6. A basis the procedure also cites in 5.1 is named in full, as Vietnamese documents cite
 * ("theo Nghị quyết số …/…/NQ-HĐND ngày … của HĐND thành phố Hà Nội"); else by its kind and number.
 */
export function feeLine(fee: Data, legalBasis: Data[] = []): string {
  const amount = num(fee.amount);
  const per = str(fee.per);
  const basis = str(fee.basis);
  const same = legalBasis.find((l) => str(l.number) === basis);
  const named = same ? citation({ type: same.type, number: basis, date: same.date, issuer: same.issuer }) : '';
  const theo = basis ? ` (theo ${named || instrumentName(basis)})` : '';
  const note = printable(str(fee.note));
  // No amount: the model could not verify the figure; the note says who sets it and no number is printed.
  if (amount === undefined)
    return `${str(fee.name)}${theo}${note ? `: ${note.charAt(0).toLocaleLowerCase('vi')}${note.slice(1)}` : ''}`;
  const head = `${str(fee.name)}: ${formatMoney(amount)}${per && amount ? `/${per}` : ''}`;
  return `${head}${theo}${note ? `. ${note}` : ''}`;
}

/** The step table: TT | Trình tự công việc | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả. */
function steps(data: Data, ctx: UnitContext): Block[] {
  const rows = list(data.steps)
    .map(obj)
    .map((step, i) => {
      const time = obj(step.time);
      const forms = strings(step.forms).join('; ');
      return [
        `B${i + 1}`,
        str(step.action),
        stepOwner(step, data, ctx),
        formatDuration(time.value, time.unit),
        [forms, str(step.output)].filter(Boolean).join('\n'),
      ];
    });
  if (rows.length === 0) return paragraphs('Không có bước nào.');
  const total = totalTime(list(data.steps).map(obj));
  const blocks: Block[] = [
    {
      table: table(
        [
          ['TT', 7, true],
          ['Trình tự công việc', 41],
          ['Trách nhiệm', 20],
          ['Thời gian', 12, true],
          ['Biểu mẫu/Kết quả', 20],
        ],
        rows,
      ),
    },
  ];
  if (total) blocks.push({ paragraph: `Tổng thời gian các bước: ${total}.` });
  return blocks;
}

/** The sum of step times when they share one unit ("2 giờ"), else ''. */
function totalTime(stepList: Data[]): string {
  const times = stepList.map((s) => obj(s.time)).filter((t) => num(t.value) !== undefined);
  if (times.length === 0 || times.length !== stepList.length) return '';
  const unit = times[0].unit;
  if (!times.every((t) => t.unit === unit)) return '';
  const sum = Math.round(times.reduce((acc, t) => acc + (num(t.value) ?? 0), 0) * 100) / 100;
  return formatDuration(sum, unit);
}

function forms(data: Data): Block[] {
  const rows = list(data.forms)
    .map(obj)
    .map((form, i) => [String(i + 1), str(form.code), str(form.title), printable(str(form.source))]);
  return rows.length > 0
    ? [
        {
          table: table(
            [
              ['TT', 7, true],
              ['Mã hiệu', 22],
              ['Tên biểu mẫu', 41],
              ['Ghi chú', 30],
            ],
            rows,
          ),
        },
      ]
    : [];
}

/** Hồ sơ cần lưu: TT | Tên hồ sơ | Nơi lưu | Thời gian lưu | Hình thức lưu. */
function records(data: Data, ctx: UnitContext): Block[] {
  const rows = list(data.records)
    .map(obj)
    .map((record, i) => [
      String(i + 1),
      str(record.name),
      roleTitle(ctx, record.keeper),
      formatRetention(record.retention),
      formatMedium(record.medium),
    ]);
  return rows.length > 0
    ? [
        {
          table: table(
            [
              ['TT', 7, true],
              ['Tên hồ sơ', 39],
              ['Nơi lưu', 24],
              ['Thời gian lưu', 13, true],
              ['Hình thức lưu', 17, true],
            ],
            rows,
          ),
        },
      ]
    : [];
}
