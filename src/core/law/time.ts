import type { Duration, Procedure } from '../unit/types.js';

/** One working day is 8 working hours (8:00–12:00, 13:00–17:00); a half day is 4 hours. */
export const HOURS_PER_WORKING_DAY = 8;
/** The one-stop desk closes at 17:00; a same-day procedure has from the cut-off hour until then. */
export const CLOSING_HOUR = 17;
export const DEFAULT_CUTOFF_HOUR = 15;
/** A working session (buổi làm việc): the morning 8:00–12:00 or the afternoon 13:00–17:00. */
export const HOURS_PER_SESSION = 4;

type LegalTime = NonNullable<Procedure['processingTime']>;

/**
 * Whether a processing time was not checked against the law's text (`verified: false`): such a time
 * is printed as the procedure's own, with a caution to check it before signing, and never used as the
 * legal maximum a procedure is measured against. Absent means checked (the model cites the article).
 */
export function isUnverified(t: { verified?: unknown } | undefined): boolean {
  return t?.verified === false;
}

/**
 * A step time in working hours. A calendar day inside a step counts as a working day: steps are
 * budgets of working time, and the model never gives a step more than a few days.
 */
export function durationHours(d: Duration): number {
  return d.unit === 'hour' ? d.value : d.value * HOURS_PER_WORKING_DAY;
}

/** The legal processing time in working hours (calendar days counted as working days, see above). */
export function legalHours(t: LegalTime): number {
  if (t.unit === 'same_day') return CLOSING_HOUR - (t.cutoffHour ?? DEFAULT_CUTOFF_HOUR);
  if (t.unit === 'same_session') return HOURS_PER_SESSION;
  return t.value * HOURS_PER_WORKING_DAY;
}

/**
 * Whether `time` lets the unit answer later than `law` allows, for some moment a dossier can arrive.
 * Working hours alone cannot say it: "trong buổi làm việc" is stricter than "trong ngày; sau 15 giờ thì
 * ngày làm việc tiếp theo", which is stricter than 01 ngày làm việc, yet their step budgets are 4, 2
 * and 8 hours. So each is read as the deadline for a dossier received at each half hour of the day.
 */
export function longerThan(time: LegalTime, law: LegalTime): boolean {
  return ARRIVALS.some((at) => deadline(time, at) > deadline(law, at) + 1e-9);
}

/** A clock hour as working hours after 8:00, the 12:00–13:00 break left out (15 → 6). */
function workingHoursAfterOpening(hour: number): number {
  return hour <= 12 ? hour - 8 : hour - 9;
}

/** Arrival times in working hours after 8:00 (0 = 8:00, 4 = 13:00, 7.5 = 16:30). */
const ARRIVALS = Array.from({ length: 16 }, (_, i) => i / 2);

/**
 * The latest answer, in working hours after 8:00 of the day of receipt: a session ends at 4 or 8; a
 * day at 8; a limit in days ends with the last day counted after the day of receipt (days are whole
 * days in Vietnamese law; calendar days count as working days here, as in `durationHours`).
 */
function deadline(t: LegalTime, at: number): number {
  if (t.unit === 'same_session') return at < HOURS_PER_SESSION ? HOURS_PER_SESSION : HOURS_PER_WORKING_DAY;
  if (t.unit === 'same_day') {
    const cutoff = t.cutoffHour === undefined ? Infinity : workingHoursAfterOpening(t.cutoffHour);
    return at <= cutoff ? HOURS_PER_WORKING_DAY : 2 * HOURS_PER_WORKING_DAY;
  }
  return HOURS_PER_WORKING_DAY * (1 + t.value);
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

export function describeLegal(t: LegalTime, lang: 'vi' | 'en'): string {
  if (t.unit === 'same_session')
    return lang === 'vi' ? 'trong buổi làm việc (4 giờ)' : 'within the working session (4 h)';
  if (t.unit === 'same_day') {
    if (t.cutoffHour === undefined) {
      const hours = legalHours(t);
      return lang === 'vi' ? `trong ngày (${hours} giờ)` : `same day (${hours} h)`;
    }
    const hours = CLOSING_HOUR - t.cutoffHour;
    return lang === 'vi'
      ? `trong ngày (tiếp nhận đến ${t.cutoffHour} giờ, còn ${hours} giờ đến ${CLOSING_HOUR} giờ)`
      : `same day (received until ${t.cutoffHour}:00, ${hours} h until ${CLOSING_HOUR}:00)`;
  }
  const unitVi = t.unit === 'working_day' ? 'ngày làm việc' : 'ngày';
  const unitEn = t.unit === 'working_day' ? 'working day(s)' : 'day(s)';
  const v = lang === 'vi' ? String(t.value).replace('.', ',') : String(t.value);
  return lang === 'vi'
    ? `${v} ${unitVi} (${t.value * HOURS_PER_WORKING_DAY} giờ)`
    : `${v} ${unitEn} (${t.value * HOURS_PER_WORKING_DAY} h)`;
}
