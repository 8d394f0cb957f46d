import { obj, str } from './read-data.js';

/**
 * The withdrawal (bãi bỏ) recorded in a procedure's data (`withdrawn`, written by qms transition --apply), read
 * defensively like the rest of a unit's data: undefined when the procedure is in force.
 */
export function withdrawalOf(data: unknown): { date: string; reason: string } | undefined {
  const w = obj(obj(data).withdrawn);
  return Object.keys(w).length > 0 ? { date: str(w.date), reason: str(w.reason) } : undefined;
}
