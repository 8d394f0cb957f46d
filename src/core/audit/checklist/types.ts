import type { Lang } from '../labels.js';

/** One question of a checklist: a row of the table, and of the CSV an auditor fills in. */
export interface ChecklistRow {
  /** TT: 1, 2, 3 … across the whole checklist. */
  no: number;
  /**
   * Stable id that `qms audit import` maps back: a bank question (Q-7.5.1-02), or a question derived
   * from a procedure, prefixed by its code (QT-HT-01/D-02: dossier item 2; /T time, /S step, /F form,
   * /R record, /L legal basis, /P fee), or a bank question asked of one procedure (QT-HT-01/Q-7.2.2-01),
   * or the check of an exclusion with no bank question.
   */
  id: string;
  clause: string;
  /** The procedure the question is asked of, when there is one. */
  procedure?: string;
  question: string;
  /** What to look at (sổ theo dõi, giấy biên nhận, phiếu kiểm soát…). */
  evidence: string;
  /** How many dossiers to pull, on the questions that sample dossiers. */
  sample?: string;
  /** The question checks that an exclusion is justified. */
  exclusion?: boolean;
}

/** A heading with its rows: a clause (4, 4.2 …), a procedure, or a part of a procedure. */
export interface ChecklistGroup {
  level: 1 | 2;
  /** The clause or procedure code the heading is about ('' for a plain heading). */
  key: string;
  heading: string;
  /** Lines under the heading: exclusions with the unit's reason, the ISO 9001:2015 equivalent… */
  notes: string[];
  /** Label–value facts shown under the heading (a procedure's field, legal time, people…). */
  facts: Array<{ label: string; value: string }>;
  rows: ChecklistRow[];
}

export type ChecklistScope =
  { kind: 'all' } | { kind: 'clauses'; clauses: string[] } | { kind: 'processes'; codes: string[] };

export interface Checklist {
  lang: Lang;
  title: string;
  unit: { id: string; name: string; superior: string };
  /** The standard audited against, e.g. TCVN ISO 9001:2015 (the unit's). */
  standard: string;
  /** The audit date (YYYY-MM-DD): legal bases are judged in force on it. */
  date: string;
  auditor: string;
  scope: ChecklistScope;
  /** The scope in words, for the header. */
  scopeText: string;
  /** The unit's form code for the checklist (from its internal-audit procedure), when it has one. */
  formCode: string;
  /** For process checklists: how many dossiers to pull, per TTHC field, and for which procedures. */
  sampling: Array<{ field: string; procedures: string[]; hint: string }>;
  groups: ChecklistGroup[];
}

export function checklistRows(checklist: Checklist): ChecklistRow[] {
  return checklist.groups.flatMap((g) => g.rows);
}
