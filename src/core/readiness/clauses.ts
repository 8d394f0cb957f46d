import { isWithin, loadCatalogue } from '../standard/catalogue.js';

/** `a` is `b` or inside it: 7.3.2 is within 7.3, 7.5 within 7. */
export const within = isWithin;

/** The auditable clauses of the unit's standard (data/iso9001-<year>/clauses.yaml), in order. */
export function auditableClauses(standard?: string): string[] {
  return loadCatalogue(standard)
    .clauses.filter((c) => c.auditable)
    .map((c) => c.number);
}

/** Applicable clauses: the auditable ones less the unit's exclusions (an exclusion of 7.3 takes 7.3.1–7.3.7). */
export function applicableClauses(exclusions: string[], standard?: string): string[] {
  return auditableClauses(standard).filter((c) => !exclusions.some((e) => isWithin(c, e)));
}
