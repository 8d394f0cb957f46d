import { QmsError } from '../errors.js';
import { escapeForDisplay, text } from '../text.js';

/**
 * The one date module. Dates are YYYY-MM-DD strings (they also compare correctly as strings); arithmetic
 * runs on UTC so no time zone or daylight-saving change shifts a day; "today" is the local calendar day,
 * the one the officer's wall calendar shows. No date library: on plain ISO day strings these few
 * functions are the whole of the calendar code, and a library would only add Date objects to convert.
 */

const ISO_DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's date on this machine (local calendar), YYYY-MM-DD. */
export function today(now = new Date()): string {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** YYYY-MM-DD and a day that exists: 2014-02-30 and 2013-13-01 are not dates. */
export function isRealDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A date given on the command line: checked strictly (a usage error naming the flag), or undefined. */
export function parseDateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `${flag} "${escapeForDisplay(value)}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
        `${flag} "${escapeForDisplay(value)}" is not a real date in the form YYYY-MM-DD`,
      ),
      text(`Ví dụ: ${flag} 2014-07-14`, `For example: ${flag} 2014-07-14`),
    );
  }
  return value;
}

/** A --date flag: checked, or today when not given. */
export function dateOption(value: string | undefined, flag = '--date'): string {
  return parseDateOption(value, flag) ?? today();
}

/** The same day `n` months later (or earlier), clamped to the month's last day: 2014-01-31 + 1 → 2014-02-28. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, last));
}

/** Shift a date by whole days. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

// Working days (weekends, solar and lunar holidays, compensating days) are in holidays.ts, from the data.

/** 2014-05-18 → 18/05/2014, as Vietnamese documents write dates. */
export function vnDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function maxDate(dates: Array<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d > best)) best = d;
  return best;
}
