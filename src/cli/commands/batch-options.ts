import { availableParallelism } from 'node:os';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text } from '../../core/text.js';

/** Options that `validate` and `readiness` share: `--as-of` and `--jobs`. */

/** `--as-of YYYY-MM-DD`: a real calendar date, or a usage error. */
export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new QmsError('E_USAGE', text(`--as-of "${escapeForDisplay(value)}" không phải ngày hợp lệ`, `--as-of "${escapeForDisplay(value)}" is not a valid date`),
      text('Viết ngày dạng YYYY-MM-DD, ví dụ 2013-12-31.', 'Write the date as YYYY-MM-DD, e.g. 2013-12-31.'));
  }
  return value;
}

/** `--jobs N` (1–256); by default one thread for one or two units, else one per core. */
export function jobsFrom(value: string | undefined, units: number): number {
  if (value === undefined) return units <= 2 ? 1 : availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new QmsError('E_USAGE', text(`--jobs "${escapeForDisplay(value)}" không hợp lệ`, `invalid --jobs "${escapeForDisplay(value)}"`), text('Ghi một số nguyên từ 1 đến 256.', 'Give a whole number from 1 to 256.'));
  }
  return n;
}
