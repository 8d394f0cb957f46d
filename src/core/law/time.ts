import type { Duration, Procedure } from '../unit/types.js';

/** One working day is 8 working hours (8:00–12:00, 13:00–17:00); a half day is 4 hours. */
export const HOURS_PER_WORKING_DAY = 8;
/** The one-stop desk closes at 17:00; a same-day procedure has from the cut-off hour until then. */
export const CLOSING_HOUR = 17;
export const DEFAULT_CUTOFF_HOUR = 15;

/**
 * A step time in working hours. A calendar day inside a step counts as a working day: steps are
 * budgets of working time, and the model never gives a step more than a few days.
 */
export function durationHours(d: Duration): number {
  return d.unit === 'hour' ? d.value : d.value * HOURS_PER_WORKING_DAY;
}

/** The legal processing time in working hours (calendar days counted as working days, see above). */
export function legalHours(t: NonNullable<Procedure['processingTime']>): number {
  if (t.unit === 'same_day') return CLOSING_HOUR - (t.cutoffHour ?? DEFAULT_CUTOFF_HOUR);
  return t.value * HOURS_PER_WORKING_DAY;
}

/**
 * "3,5 ngày làm việc (28 giờ)" / "3.5 working days (28 h)"; with `unit: 'day'` (a limit in calendar days,
 * counted like working days here) "3,5 ngày (28 giờ)", never calling calendar days working days.
 */
export function describeHours(hours: number, lang: 'vi' | 'en', unit: 'working_day' | 'day' = 'working_day'): string {
  const days = hours / HOURS_PER_WORKING_DAY;
  const num = (n: number) => {
    const s = String(Math.round(n * 100) / 100);
    return lang === 'vi' ? s.replace('.', ',') : s;
  };
  if (hours < HOURS_PER_WORKING_DAY) return lang === 'vi' ? `${num(hours)} giờ` : `${num(hours)} h`;
  const [vi, en] = unit === 'day' ? ['ngày', 'day(s)'] : ['ngày làm việc', 'working day(s)'];
  return lang === 'vi' ? `${num(days)} ${vi} (${num(hours)} giờ)` : `${num(days)} ${en} (${num(hours)} h)`;
}

export function describeLegal(t: NonNullable<Procedure['processingTime']>, lang: 'vi' | 'en'): string {
  if (t.unit === 'same_day') {
    const cutoff = t.cutoffHour ?? DEFAULT_CUTOFF_HOUR;
    const hours = CLOSING_HOUR - cutoff;
    return lang === 'vi'
      ? `trong ngày (tiếp nhận đến ${cutoff} giờ, còn ${hours} giờ đến ${CLOSING_HOUR} giờ)`
      : `same day (received until ${cutoff}:00, ${hours} h until ${CLOSING_HOUR}:00)`;
  }
  const unitVi = t.unit === 'working_day' ? 'ngày làm việc' : 'ngày';
  const unitEn = t.unit === 'working_day' ? 'working day(s)' : 'day(s)';
  const v = lang === 'vi' ? String(t.value).replace('.', ',') : String(t.value);
  return lang === 'vi'
    ? `${v} ${unitVi} (${t.value * HOURS_PER_WORKING_DAY} giờ)`
    : `${v} ${unitEn} (${t.value * HOURS_PER_WORKING_DAY} h)`;
}
