import type { GradeId } from '../catalogue.js';

/** An internal audit and its findings: audits/<id>.yaml (schemas/audit.schema.json). */

export interface Verification {
  date: string;
  by: string;
  result: string;
  effective?: boolean;
}

export interface Finding {
  id: string;
  clause: string;
  procedure?: string;
  /** The checklist question the finding answers (qms checklist ids). */
  question?: string;
  grade: GradeId;
  description: string;
  evidence?: string;
  correction?: string;
  rootCause?: string;
  correctiveAction?: string;
  owner?: string;
  due?: string;
  closed?: string;
  verification?: Verification;
}

export interface Audit {
  id: string;
  title?: string;
  date: string;
  endDate?: string;
  auditors: Array<{ name: string; role?: string; lead?: boolean }>;
  scope: { procedures: string[]; clauses: string[] };
  report?: { date?: string; conclusion?: string };
  findings: Finding[];
  /** Set by `qms audit import`: the checklist file and the SHA-256 of its content, to recognise a re-import. */
  imported?: { file: string; sha256: string };
}

/** Major and minor findings are nonconformities: they need corrective action, a due date, closing and verification. */
export function isNonconformity(f: Pick<Finding, 'grade'>): boolean {
  return f.grade === 'major' || f.grade === 'minor';
}
