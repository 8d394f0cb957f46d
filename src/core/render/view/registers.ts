import type { LegalInstrument } from '../../model/types.js';
import { statusOn, type OpenWindow } from '../../law/legal.js';
import { formatDate, twoDigits } from '../format.js';
import { numberSections, table, type UnitContext } from './common.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { DocView, Signer } from './types.js';
import { withdrawnOn } from '../../unit/withdrawal.js';

/** An entry of the model's legal register. */
export type KnownInstrument = LegalInstrument;

/** A controlled document as the register lists it. */
export interface RegisterEntry {
  code: string;
  title: string;
  data: Data;
}

export const DOCUMENT_REGISTER_TITLE = 'Danh mục tài liệu nội bộ';
export const LEGAL_REGISTER_TITLE = 'Danh mục văn bản pháp luật áp dụng';

/** The form code QT-01 gives a register (BM-01-01, BM-01-03 in the city model), or a fallback code. */
export function registerCode(procedures: Data[], kind: 'documents' | 'legal'): string {
  const wanted = kind === 'documents' ? /danh mục tài liệu nội bộ/iu : /danh mục.*(bên ngoài|văn bản pháp luật)/iu;
  for (const procedure of procedures) {
    for (const form of list(procedure.forms).map(obj)) {
      if (wanted.test(str(form.title)) && /^[A-Z0-9-]{2,20}$/.test(str(form.code))) return str(form.code);
    }
  }
  return kind === 'documents' ? 'DM-TLNB' : 'DM-VBPL';
}

function registerDoc(
  kind: DocView['kind'],
  code: string,
  title: string,
  asOf: string,
  ctx: UnitContext,
  landscape: boolean,
): DocView {
  return {
    kind,
    code,
    source: '',
    title,
    coverTitle: [title.toLocaleUpperCase('vi')],
    superior: ctx.superior,
    unitName: ctx.name,
    control: [
      { label: 'Mã hiệu', value: code },
      { label: 'Cập nhật đến ngày', value: formatDate(asOf) },
    ],
    approval: [],
    toc: [],
    subtitle: `Cập nhật đến ngày ${formatDate(asOf)}`,
    sections: [],
    closing: registerSigners(ctx),
    landscape,
    date: asOf,
  };
}

function registerSigners(ctx: UnitContext): Signer[] {
  const signer = (role: string, id: string): Signer => ({
    role,
    title: ctx.roleTitles.get(id) ?? '',
    name: ctx.rolePeople.get(id)?.[0] ?? '',
  });
  return [signer('Người lập', 'thu-ky-iso'), signer('Phê duyệt', 'dai-dien-lanh-dao')];
}

/**
 * Danh mục tài liệu nội bộ: code, title, issue, effective date of every controlled document in force; then the
 * documents the unit withdrew (bãi bỏ), with the date and reason, so that no one takes them for current
 * (ISO 9001:2008 4.2.3 g, 2015 7.5.3.2: obsolete documents identified).
 */
export function documentRegisterView(entries: RegisterEntry[], code: string, asOf: string, ctx: UnitContext): DocView {
  const row = (e: RegisterEntry, i: number, title: string, date: string) => {
    const issue = num(e.data.issue);
    return [String(i + 1), e.code, title, issue === undefined ? str(e.data.issue) : twoDigits(issue), formatDate(date)];
  };
  const rows = entries
    .filter((e) => !withdrawnOn(e.data, asOf))
    .map((e, i) => row(e, i, e.title, str(e.data.effectiveDate)));
  const obsolete = entries.flatMap((e) => {
    const w = withdrawnOn(e.data, asOf);
    return w ? [{ e, w }] : [];
  });
  const obsoleteRows = obsolete.map(({ e, w }, i) =>
    row(e, i, w.reason ? `${e.title}\nLý do: ${w.reason}` : e.title, w.date),
  );
  const view = registerDoc('document-register', code, DOCUMENT_REGISTER_TITLE, asOf, ctx, false);
  const withdrawnSection = {
    title: 'Tài liệu đã bãi bỏ (lưu để nhận biết, không áp dụng)',
    blocks: [
      {
        table: table(
          [
            ['TT', 7, true],
            ['Mã hiệu', 18],
            ['Tên tài liệu, lý do bãi bỏ', 47],
            ['Lần ban hành cuối', 13, true],
            ['Ngày bãi bỏ', 15, true],
          ],
          obsoleteRows,
        ),
      },
    ],
  };
  view.sections = numberSections(
    [
      {
        title: 'Tài liệu nội bộ đang áp dụng',
        blocks: [
          {
            table: table(
              [
                ['TT', 7, true],
                ['Mã hiệu', 18],
                ['Tên tài liệu', 47],
                ['Lần ban hành', 13, true],
                ['Ngày hiệu lực', 15, true],
              ],
              rows,
            ),
          },
        ],
      },
      ...(obsoleteRows.length > 0 ? [withdrawnSection] : []),
    ],
    false,
  );
  return view;
}

interface Cited {
  instrument: Data;
  procedures: string[];
}

const keyOf = (number: string) => number.normalize('NFC').toUpperCase().replace(/\s+/g, '');

/**
 * Danh mục văn bản pháp luật áp dụng: every instrument any procedure cites, once, with the procedures
 * citing it and its in-force status on `asOf` from the model's legal register.
 */
export function legalRegisterView(
  procedures: Array<{ code: string; data: Data }>,
  known: KnownInstrument[],
  code: string,
  asOf: string,
  ctx: UnitContext,
): DocView {
  const cited = new Map<string, Cited>();
  for (const { code: procedureCode, data } of procedures) {
    for (const instrument of list(data.legalBasis).map(obj)) {
      const number = str(instrument.number);
      if (!number) continue;
      const entry = cited.get(keyOf(number)) ?? { instrument, procedures: [] };
      if (!entry.procedures.includes(procedureCode)) entry.procedures.push(procedureCode);
      cited.set(keyOf(number), entry);
    }
  }
  const registry = new Map(known.map((k) => [keyOf(k.number), k]));
  const sorted = [...cited.values()].sort(
    (a, b) =>
      str(a.instrument.date).localeCompare(str(b.instrument.date)) ||
      str(a.instrument.number).localeCompare(str(b.instrument.number)),
  );
  const rows = sorted.map((c, i) => {
    const summary = summaryOf(c.instrument);
    return [
      String(i + 1),
      str(c.instrument.number),
      formatDate(str(c.instrument.date)),
      str(c.instrument.issuer),
      summary,
      status(registry.get(keyOf(str(c.instrument.number))), asOf),
      compactCodes(c.procedures),
    ];
  });
  const view = registerDoc('legal-register', code, LEGAL_REGISTER_TITLE, asOf, ctx, true);
  view.sections = numberSections(
    [
      {
        title: 'Văn bản pháp luật là căn cứ của các quy trình',
        blocks:
          rows.length > 0
            ? [
                {
                  table: table(
                    [
                      ['TT', 4, true],
                      ['Số, ký hiệu', 13],
                      ['Ngày ban hành', 9, true],
                      ['Cơ quan ban hành', 11],
                      ['Trích yếu', 29],
                      ['Tình trạng hiệu lực', 19],
                      ['Quy trình áp dụng', 15],
                    ],
                    rows,
                    // 11 pt: seven columns on landscape A4 without one procedure code per line.
                    22,
                  ),
                },
              ]
            : [{ paragraph: 'Các quy trình chưa viện dẫn văn bản pháp luật nào.' }],
      },
    ],
    false,
  );
  return view;
}

function status(known: KnownInstrument | undefined, asOf: string): string {
  if (!known) return 'Chưa có thông tin trong mô hình';
  const by = (numbers?: string[]) => (numbers && numbers.length > 0 ? numbers.join(', ') : '');
  const now = statusOn(known, asOf);
  if (now.state === 'superseded')
    return `Hết hiệu lực ${since(now.from, now.approximate)}${by(now.by) ? `; thay thế bởi ${by(now.by)}` : ''}`;
  if (now.state === 'not-yet') return `Chưa có hiệu lực (từ ${formatDate(now.from)})`;
  // Unknown is said as unknown: a signed register never claims an instrument is in force unchecked.
  const parts = [
    now.state === 'unknown' ? 'Chưa xác định được tình trạng hiệu lực, cần đối chiếu văn bản gốc' : 'Còn hiệu lực',
  ];
  if (now.state === 'unknown' && now.window && !now.part) parts.push(windowText(now.window));
  if (by(known.amendedBy)) parts.push(`được sửa đổi, bổ sung bởi ${by(known.amendedBy)}`);
  for (const part of known.parts ?? []) {
    // A part the register knows nothing of is said so, even when the rest of the instrument is in force.
    if (part.status === 'unknown' && !(part.supersededFrom && part.supersededFrom <= asOf))
      parts.push(`phần ${part.title} chưa xác định được tình trạng hiệu lực`);
    else if (part.supersededFrom)
      parts.push(
        `phần ${part.title} ${part.supersededFrom <= asOf ? 'hết' : 'sẽ hết'} hiệu lực từ ${formatDate(part.supersededFrom)}${by(part.supersededBy) ? ` (thay thế bởi ${by(part.supersededBy)})` : ''}`,
      );
    else if (part.supersededBetween) parts.push(`phần ${part.title} ${windowNote(part, asOf)}`);
  }
  if (known.supersededFrom)
    parts.push(
      `hết hiệu lực từ ${formatDate(known.supersededFrom)}${by(known.supersededBy) ? ` (thay thế bởi ${by(known.supersededBy)})` : ''}`,
    );
  else if (known.supersededBetween && known.supersededBetween[0] > asOf) parts.push(windowNote(known, asOf));
  return parts.join('; ');
}

/** "từ 01/01/2016", or for a window's latest bound "chậm nhất từ 25/07/2014 (ngày chính xác chưa kiểm chứng)". */
function since(date: string, approximate?: true): string {
  return approximate ? `chậm nhất từ ${formatDate(date)} (ngày chính xác chưa kiểm chứng)` : `từ ${formatDate(date)}`;
}

/** Inside a window: neither "còn" nor "hết hiệu lực" is certain, only the bounds. */
function windowText(w: OpenWindow): string {
  const by = w.by.length > 0 ? ` bởi ${w.by.join(', ')}` : '';
  return `bị thay thế${by} trong khoảng từ ${formatDate(w.earliest)} đến chậm nhất ${formatDate(w.latest)} (ngày chính xác chưa kiểm chứng)`;
}

/** A window, said as of the register's date: ahead ("sẽ"), open (bounds only) or passed ("chậm nhất"). */
function windowNote(x: Pick<KnownInstrument, 'supersededBetween' | 'supersededBy'>, asOf: string): string {
  const [earliest, latest] = x.supersededBetween!;
  const by = x.supersededBy?.length ? ` (thay thế bởi ${x.supersededBy.join(', ')})` : '';
  if (latest <= asOf) return `hết hiệu lực ${since(latest, true)}${by}`;
  if (earliest <= asOf) return windowText({ earliest, latest, by: x.supersededBy ?? [] });
  return `sẽ bị thay thế không sớm hơn ${formatDate(earliest)}, chậm nhất từ ${formatDate(latest)} (ngày chính xác chưa kiểm chứng)${by}`;
}

/** Trích yếu: the type, then the title, unless the title already starts with it ("Luật Hôn nhân và gia đình"). */
function summaryOf(instrument: Data): string {
  const type = str(instrument.type);
  const title = str(instrument.title);
  if (!type || title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'))) return title;
  return `${type} ${title}`.trim();
}

/**
 * Procedure codes, short: grouped by prefix, runs of three or more as a range
 * ("QT-HT-01, QT-HT-02, QT-HT-03, QT-CT-02" → "QT-CT-02; QT-HT-01–03").
 */
export function compactCodes(codes: string[]): string {
  const groups = new Map<string, Array<{ code: string; n?: number; digits: string }>>();
  for (const code of [...new Set(codes)].sort()) {
    const m = /^(.*-)(\d+)$/.exec(code);
    const prefix = m ? m[1] : code;
    const list = groups.get(prefix) ?? [];
    list.push(m ? { code, n: Number(m[2]), digits: m[2] } : { code, digits: '' });
    groups.set(prefix, list);
  }
  const parts: string[] = [];
  for (const [prefix, items] of groups) {
    if (items.some((i) => i.n === undefined)) {
      parts.push(items.map((i) => i.code).join(', '));
      continue;
    }
    const runs: string[] = [];
    for (let i = 0; i < items.length;) {
      let j = i;
      while (j + 1 < items.length && items[j + 1].n === items[j].n! + 1) j++;
      if (j - i >= 2) runs.push(`${items[i].digits}–${items[j].digits}`);
      else for (let k = i; k <= j; k++) runs.push(items[k].digits);
      i = j + 1;
    }
    parts.push(`${prefix}${runs.join(', ')}`);
  }
  return parts.join('; ');
}
