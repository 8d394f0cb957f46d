import { QmsError } from '../errors.js';
import { escapeForDisplay, text } from '../text.js';

/** Dates as the audit commands take and write them: YYYY-MM-DD, real calendar dates, local "today". */

export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A --date flag: checked, or today when not given. */
export function dateOption(value: string | undefined, flag = '--date'): string {
  if (value === undefined) return today();
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

/** Shift a YYYY-MM-DD date by whole days (UTC arithmetic: no time-zone surprises). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
