import { addDays, weekday } from '../dates.js';

/**
 * When the rounds happen: spread over March–November (after Tết, before the year-end reports), each
 * starting on the second Monday of its month; audits fill working days from there, a few a day per
 * auditor. Weekends and the fixed public holidays are skipped; lunar holidays (Tết, Giỗ Tổ Hùng Vương)
 * are not known here, so the dates are a proposal the unit adjusts.
 */

const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];
export const AUDITS_PER_DAY = 3;

export function roundMonth(round: number, rounds: number): number {
  return Math.round(3 + ((round + 0.5) * 9) / rounds - 0.5);
}

export function isWorkingDay(date: string): boolean {
  const d = weekday(date);
  return d !== 0 && d !== 6 && !FIXED_HOLIDAYS.includes(date.slice(5));
}

/** The second Monday of a month (days 8–14, clear of the holidays at month starts and ends). */
export function roundStart(year: number, month: number): string {
  let date = `${year}-${String(month).padStart(2, '0')}-08`;
  while (weekday(date) !== 1) date = addDays(date, 1);
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** The n-th working day counting `start` as day 0. */
export function workingDayAfter(start: string, n: number): string {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
