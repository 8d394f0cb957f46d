import { isWithin, loadCatalogue } from '../standard/catalogue.js';

/** `a` is `b` or inside it: 7.3.2 is within 7.3, 7.5 within 7. */
export const within = isWithin;

let auditable: string[] | undefined;

/** The auditable clauses of the ISO 9001:2008 catalogue (data/iso9001-2008/clauses.yaml), in order. */
export function auditableClauses(): string[] {
  auditable ??= loadCatalogue()
    .clauses.filter((c) => c.auditable)
    .map((c) => c.number);
  return auditable;
}

/** Applicable clauses: the auditable ones less the unit's exclusions (an exclusion of 7.3 takes 7.3.1–7.3.7). */
export function applicableClauses(exclusions: string[]): string[] {
  return auditableClauses().filter((c) => !exclusions.some((e) => isWithin(c, e)));
}
