import { addDays, isWorkingDay, weekday, workingDayAfter } from '../../dates/dates.js';

/**
 * When the rounds happen: spread over March–November (after Tết, before the year-end reports), each
 * starting on the second Monday of its month; audits fill working days from there, a few a day per
 * auditor. Working days come from the date module (weekends and fixed public holidays skipped).
 */

export const AUDITS_PER_DAY = 3;
export { isWorkingDay, workingDayAfter };

export function roundMonth(round: number, rounds: number): number {
  return Math.round(3 + ((round + 0.5) * 9) / rounds - 0.5);
}

/** The second Monday of a month (days 8–14, clear of the holidays at month starts and ends). */
export function roundStart(year: number, month: number): string {
  let date = `${year}-${String(month).padStart(2, '0')}-08`;
  while (weekday(date) !== 1) date = addDays(date, 1);
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}
