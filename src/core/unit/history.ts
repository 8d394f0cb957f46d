import type { Announcement, Certificate, Milestones } from './types.js';

/**
 * A unit's announcements, oldest first: the list `announcements` plus the former single
 * `announcement` (units written before the lists existed). Every reader of the history goes
 * through these two functions, so the old shape keeps working everywhere.
 */
export function announcementsOf(m: Milestones | undefined): Announcement[] {
  return byDate([...(m?.announcement ? [m.announcement] : []), ...(m?.announcements ?? [])]);
}

/** A unit's certificates, oldest first (`certificates` plus the former single `certification`). */
export function certificatesOf(m: Milestones | undefined): Certificate[] {
  return byDate([...(m?.certification ? [m.certification] : []), ...(m?.certificates ?? [])]);
}

/** The standard a record names, `TCVN ISO 9001:2008` when it names none (every record before 2015). */
export function standardOf(record: { standard?: string }): string {
  return record.standard ?? 'TCVN ISO 9001:2008';
}

function byDate<T extends { date: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
