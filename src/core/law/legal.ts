import { addMonths } from '../dates/dates.js';
import type { LegalInstrument, LegalPart, Model } from '../model/types.js';

/** What kind of instrument a number's suffix says it is, and the `type` values that fit it. */
export interface ParsedNumber {
  /** Year in the number (158/2005/NĐ-CP → 2005), if it has one. */
  year?: number;
  types: string[];
}

const KINDS: Array<[RegExp, string[]]> = [
  [/^NĐ-CP$/u, ['Nghị định']],
  [/^QĐ-[A-ZĐ][A-Za-zĐ]*$/u, ['Quyết định']],
  [/^TTLT-[A-ZĐ]+(?:-[A-ZĐ]+)+$/u, ['Thông tư liên tịch']],
  [/^TT-[A-ZĐ]+$/u, ['Thông tư']],
  [/^NQ-[A-ZĐ]+[0-9]{0,2}$/u, ['Nghị quyết']],
  [/^CT-[A-ZĐ][A-Za-zĐ]*$/u, ['Chỉ thị']],
  [/^QH[0-9]{2}$/u, ['Luật', 'Bộ luật', 'Nghị quyết']],
  [/^(?:PL-)?UBTVQH[0-9]{2}$/u, ['Pháp lệnh', 'Nghị quyết']],
];

const WITH_YEAR = /^([0-9]{1,4}(?:\.?[a-z])?)\/((?:19|20)[0-9]{2})\/(.+)$/u;
const WITHOUT_YEAR = /^[0-9]{1,5}\/((?:QĐ|CT)-[A-ZĐ][A-Za-zĐ]*)$/u;
const STANDARD = /^TCVN(?: ISO(?:\/IEC)?)? [0-9]+(?:[-.][0-9]+)*:(?:19|20)[0-9]{2}$/u;

/**
 * Read a Vietnamese instrument number: `158/2005/NĐ-CP`, `19/2014/QĐ-TTg`, `08.a/2010/TT-BTP`,
 * `92/2008/TTLT-BTC-BTP`, `60/2014/QH13`, an individual decision `2968/QĐ-BKHCN`, or a standard
 * `TCVN ISO 9001:2008`. `undefined` when it is none of these.
 */
export function parseInstrumentNumber(number: string): ParsedNumber | undefined {
  const n = number.normalize('NFC');
  if (STANDARD.test(n)) return { types: ['Tiêu chuẩn'] };
  const individual = WITHOUT_YEAR.exec(n);
  if (individual) return { types: individual[1].startsWith('QĐ') ? ['Quyết định'] : ['Chỉ thị'] };
  const m = WITH_YEAR.exec(n);
  if (!m) return undefined;
  const kind = KINDS.find(([re]) => re.test(m[3]));
  return kind ? { year: Number(m[2]), types: kind[1] } : undefined;
}

/** Why a number is not recognisable, when a common slip explains it. */
export function numberSlip(number: string): { vi: string; en: string } | undefined {
  if (number.includes('\u00d0'))
    return {
      vi: 'dùng chữ "Ð" (Eth, U+00D0) thay cho "Đ" tiếng Việt (U+0110)',
      en: 'uses "Ð" (Eth, U+00D0) instead of Vietnamese "Đ" (U+0110)',
    };
  if (/(?:^|\/)(?:ND|QD)-/u.test(number))
    return { vi: 'dùng chữ "D" thay cho "Đ" (NĐ, QĐ)', en: 'uses "D" instead of "Đ" (NĐ, QĐ)' };
  if (/\s/.test(number)) return { vi: 'có dấu cách trong số, ký hiệu', en: 'has spaces inside the number' };
  if (/[a-zđ]{2,}-[a-zđ]/u.test(number) && number !== number.toUpperCase())
    return { vi: 'ký hiệu phải viết hoa (ví dụ NĐ-CP)', en: 'the symbol must be in capitals (e.g. NĐ-CP)' };
  if (/\.(?:19|20)[0-9]{2}\b/.test(number) || /-(?:19|20)[0-9]{2}-/.test(number))
    return { vi: 'ngăn cách số, năm và ký hiệu bằng dấu "/"', en: 'separate number, year and symbol with "/"' };
  return undefined;
}

/** A key that ignores case and the Đ/Ð slip, for looking numbers up in the register. */
export function numberKey(number: string): string {
  return number
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\s+/g, '')
    .toUpperCase();
}

const registers = new WeakMap<Model, Map<string, LegalInstrument>>();

/** The model's legal register by number key (built once per model). */
export function registerOf(model: Model): Map<string, LegalInstrument> {
  let map = registers.get(model);
  if (!map) {
    map = new Map((model.legalRegister ?? []).map((i) => [numberKey(i.number), i]));
    registers.set(model, map);
  }
  return map;
}

/** Where a supersession known only within bounds stands on a date inside them. */
export interface OpenWindow {
  /** The bounds: not superseded before `earliest`, superseded no later than `latest`. */
  earliest: string;
  latest: string;
  by: string[];
}

/** What the register says of a citation on one date. */
export type LegalStatus =
  | { state: 'in-force' }
  | { state: 'not-yet'; from: string }
  /** `approximate`: `from` is the latest bound of a window ("no later than"), not the exact date. */
  | { state: 'superseded'; from: string; by: string[]; part?: LegalPart; approximate?: true }
  /** `window`: inside the bounds of a supersession whose exact date is not verified. */
  | { state: 'unknown'; part?: LegalPart; window?: OpenWindow };

type Supersedable = Pick<LegalInstrument, 'supersededFrom' | 'supersededBetween' | 'supersededBy'>;
type Lapse = { from: string; by: string[]; approximate?: true };

/** Superseded on or before `date`: on its exact date, or (window) from the latest bound on. */
function lapseOn(x: Supersedable, date: string): Lapse | undefined {
  const by = x.supersededBy ?? [];
  if (x.supersededFrom && x.supersededFrom <= date) return { from: x.supersededFrom, by };
  const latest = x.supersededBetween?.[1];
  if (latest && latest <= date) return { from: latest, by, approximate: true };
  return undefined;
}

/** Inside the bounds of a window on `date`: it may or may not have been superseded yet. */
function windowOn(x: Supersedable, date: string): OpenWindow | undefined {
  const w = x.supersededBetween;
  return w && w[0] <= date && date < w[1] ? { earliest: w[0], latest: w[1], by: x.supersededBy ?? [] } : undefined;
}

/**
 * The status on `date` of `entry`, or of its part `partId` when the citation names one. A part lapses
 * on its own date or with the whole instrument, whichever comes first. A citation of the whole of an
 * instrument that has parts is superseded only once every part is (partly in force is in force), and is
 * of unknown status when every part not yet superseded is of unknown status (NĐ 06/2012/NĐ-CP after its
 * hộ tịch and chứng thực parts lapsed). Where the register does not know (`status: unknown`), the answer
 * is `unknown`: never "in force". A supersession known only within bounds (`supersededBetween`) is
 * unknown inside them and superseded, approximately, from the latest bound on (TT 97/2006/TT-BTC).
 */
export function statusOn(entry: LegalInstrument, date: string, partId?: string): LegalStatus {
  if (entry.effectiveFrom && entry.effectiveFrom > date) return { state: 'not-yet', from: entry.effectiveFrom };
  const whole = lapseOn(entry, date);
  const part = partId ? entry.parts?.find((p) => p.id === partId) : undefined;
  if (part) {
    const own = lapseOn(part, date);
    if (own && (!whole || own.from < whole.from)) return { state: 'superseded', ...own, part };
    if (whole) return { state: 'superseded', ...whole };
    const window = windowOn(part, date);
    if (window) return { state: 'unknown', part, window };
    if (part.status === 'unknown') return { state: 'unknown', part };
  } else if (whole) {
    return { state: 'superseded', ...whole };
  } else if (entry.parts?.length) {
    const live = entry.parts.filter((p) => !lapseOn(p, date));
    if (live.length === 0) {
      const lapses = entry.parts.map((p) => lapseOn(p, date)!);
      const last = lapses.reduce((a, b) => (a.from >= b.from ? a : b));
      const by = [...new Set(lapses.flatMap((l) => l.by))];
      return { state: 'superseded', ...last, by };
    }
    if (live.every((p) => p.status === 'unknown' || windowOn(p, date))) return { state: 'unknown' };
  }
  const window = windowOn(entry, date);
  if (window) return { state: 'unknown', window };
  return entry.status === 'unknown' ? { state: 'unknown' } : { state: 'in-force' };
}

/**
 * Months a unit has to re-issue a procedure after its legal basis is superseded, before that counts as
 * overdue (until then it is a warning / advice): the city model is updated first, then the unit
 * re-issues. ⚠ A working figure of this tool, not a legal one.
 */
export const UPDATE_GRACE_MONTHS = 6;

/** A stale citation: superseded on `from` by `by`; the re-issue was due on `due`. */
export interface StaleCitation {
  number: string;
  part?: LegalPart;
  from: string;
  by: string[];
  /** The document already cited a superseded instrument on the day it took effect. */
  atIssue: boolean;
  /** Re-issue due: `from` for a stale-at-issue citation, else `from` + the grace months. */
  due: string;
  /** `on` is past `due` (always true at issue): an error, not a warning. */
  overdue: boolean;
  /** `from` is the latest bound of a window: superseded no later than `from`, exact date not verified. */
  approximate?: true;
}

/**
 * THE answer to "is this citation stale on date `on`, with grace?" for a document in force since
 * `issuedOn` (validate's QMS024 and readiness both ask it). Stale when the instrument (or the part
 * cited) is superseded on or before `on`; stale at issue when it already was on `issuedOn`. Dates are
 * YYYY-MM-DD. Not-yet-in-force and unknown statuses are not staleness (see `statusOn`).
 */
export function staleCitation(
  entry: LegalInstrument,
  issuedOn: string,
  on: string,
  partId?: string,
): StaleCitation | undefined {
  const status = statusOn(entry, on, partId);
  if (status.state !== 'superseded') return undefined;
  const atIssue = status.from <= issuedOn;
  const due = atIssue ? status.from : addMonths(status.from, UPDATE_GRACE_MONTHS);
  return {
    number: entry.number,
    part: status.part,
    from: status.from,
    by: status.by,
    atIssue,
    due,
    overdue: atIssue || due <= on,
    ...(status.approximate ? { approximate: status.approximate } : {}),
  };
}
