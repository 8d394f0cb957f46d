import { join } from 'node:path';
import { dataDir } from '../paths.js';
import type { Text } from '../text.js';
import type { UnitType } from '../unit/types.js';
import { readDataFile } from './data-file.js';

/**
 * The ISO 9001:2008 data shipped in data/iso9001-2008/: the clause catalogue, the question bank and
 * the finding grades. Read once per process with the safe YAML loader; never modified.
 */

export interface ClauseRecord {
  id: string;
  ref: string;
  name: Text;
  example: Text;
}

export interface Clause {
  number: string;
  parent?: string;
  title: Text;
  summary: Text;
  /** false for a heading that only groups sub-clauses (4, 4.2, 7.3 …). */
  auditable: boolean;
  commonlyExcluded: boolean;
  exclusionReason?: Text;
  records: ClauseRecord[];
  iso2015: string[];
  iso2015Note?: Text;
  documentedProcedure: boolean;
}

export interface Question {
  id: string;
  clause: string;
  /** exclusion: checks that an exclusion is justified; asked only when the unit excludes the clause. */
  kind?: 'conformity' | 'exclusion';
  question: Text;
  evidence: Text;
  appliesTo?: UnitType[];
  /** When the question is asked of one TTHC procedure (absent: a whole-system question, clause audits only). */
  process?: ProcessApplicability;
}

/** questions.yaml `process`: every TTHC, or only those of some fields, linked ones or same-day ones. */
export type ProcessApplicability = 'all' | { fields?: string[]; linked?: true; sameDay?: true };

export type GradeId = 'conforming' | 'major' | 'minor' | 'observation';

export interface Grade {
  id: GradeId;
  code: string;
  rank: number;
  label: Text;
  aliases: { vi: string[]; en: string[] };
  requiresCorrectiveAction: boolean;
  blocksReadiness: boolean;
}

export interface Catalogue {
  clauses: Clause[];
  clause: Map<string, Clause>;
  questions: Question[];
  question: Map<string, Question>;
  grades: Grade[];
}

let cached: Catalogue | undefined;

/** The catalogue, question bank and grades (loaded on first use). */
export function loadCatalogue(dir = join(dataDir, 'iso9001-2008')): Catalogue {
  if (cached && dir === join(dataDir, 'iso9001-2008')) return cached;
  const clauses = readDataFile<{ clauses: Clause[] }>(join(dir, 'clauses.yaml')).clauses;
  const questions = readDataFile<{ questions: Question[] }>(join(dir, 'questions.yaml')).questions;
  const grades = readDataFile<{ grades: Grade[] }>(join(dir, 'finding-grades.yaml')).grades;
  const catalogue: Catalogue = {
    clauses: [...clauses].sort((a, b) => compareClauses(a.number, b.number)),
    clause: new Map(clauses.map((c) => [c.number, c])),
    questions,
    question: new Map(questions.map((q) => [q.id, q])),
    grades,
  };
  if (dir === join(dataDir, 'iso9001-2008')) cached = catalogue;
  return catalogue;
}

/** Standard order: 4 < 4.1 < 4.2 < 4.2.1 < 5 … < 8.5.3 (numeric, not textual: 7.10 would follow 7.9). */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** `clause` is `ancestor` or one of its sub-clauses (7.3.2 is within 7.3; 7.30 would not be). */
export function isWithin(clause: string, ancestor: string): boolean {
  return clause === ancestor || clause.startsWith(`${ancestor}.`);
}

/** Depth of a clause number: 1 for "7", 2 for "7.5", 3 for "7.5.1". */
export function clauseLevel(clause: string): number {
  return clause.split('.').length;
}

/** Questions of the bank for a clause, in bank order, for a unit type. */
export function questionsFor(
  catalogue: Catalogue,
  clause: string,
  kind: 'conformity' | 'exclusion',
  type?: UnitType,
): Question[] {
  return catalogue.questions.filter(
    (q) =>
      q.clause === clause && (q.kind ?? 'conformity') === kind && (!type || !q.appliesTo || q.appliesTo.includes(type)),
  );
}
