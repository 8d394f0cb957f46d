import { obj, str } from './read-data.js';

/** A procedure's withdrawal (bãi bỏ): from when (YYYY-MM-DD, '' when unreadable) and why. */
export interface WithdrawalRead {
  date: string;
  reason: string;
}

/**
 * The withdrawal (bãi bỏ) recorded in a procedure's data (`withdrawn`, written by qms transition --apply), read
 * defensively like the rest of a unit's data: undefined when the procedure has none, whatever the date.
 */
export function withdrawalOf(data: unknown): WithdrawalRead | undefined {
  const w = obj(obj(data).withdrawn);
  return Object.keys(w).length > 0 ? { date: str(w.date), reason: str(w.reason) } : undefined;
}

/**
 * The withdrawal in effect on `date` (YYYY-MM-DD): the procedure was withdrawn on or before that day. Every
 * command that asks "is this procedure still applied?" asks it for its own date (the audit's, the programme's,
 * readiness --as-of, the register's) through this function: a procedure withdrawn on 01/01/2016 was in force
 * for an audit in 2015.
 */
export function withdrawnOn(data: unknown, date: string): WithdrawalRead | undefined {
  const w = withdrawalOf(data);
  return w && inEffectOn(w, date) ? w : undefined;
}

/** Whether a withdrawal already read applies on `date`; one whose date cannot be read counts from always. */
export function inEffectOn(w: WithdrawalRead, date: string): boolean {
  return w.date === '' || w.date <= date;
}
