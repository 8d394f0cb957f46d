import { workingDayAfter, type WorkCalendar } from '../../dates/holidays.js';
import { addDays, weekday } from '../../dates/dates.js';

/**
 * When the rounds happen: spread over March–November (after Tết, before the year-end reports), each
 * starting on the second Monday of its month (or the next working day); audits fill working days from
 * there, at most `perDay` a day per auditor. Working days come from the shared calendar (weekends,
 * solar and lunar holidays, compensating working days, the unit's own days off).
 */

export const AUDITS_PER_DAY = 3;

export function roundMonth(round: number, rounds: number): number {
  return Math.round(3 + ((round + 0.5) * 9) / rounds - 0.5);
}

/** The second Monday of a month (days 8–14, clear of the holidays at month starts and ends). */
export function roundStart(year: number, month: number, calendar: WorkCalendar): string {
  let date = `${year}-${String(month).padStart(2, '0')}-08`;
  while (weekday(date) !== 1) date = addDays(date, 1);
  while (!calendar.isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

export { workingDayAfter };
