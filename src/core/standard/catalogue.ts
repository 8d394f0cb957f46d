import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Text } from '../text.js';
import type { UnitType } from '../unit/types.js';
import { readYamlOrThrow } from '../yaml/read-yaml.js';
import { DEFAULT_STANDARD, standardProfile, type StandardProfile } from './standards.js';

/**
 * A standard's data shipped in data/iso9001-<year>/: the clause catalogue, the question bank and the
 * finding grades (shared from 2008 when a standard has none of its own). Read once per process per
 * standard; never modified.
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
  /** 2008 catalogue: the ISO 9001:2015 clauses it corresponds to. */
  iso2015?: string[];
  iso2015Note?: Text;
  /** 2015 catalogue: the ISO 9001:2008 clauses it corresponds to (empty when new in 2015). */
  iso2008?: string[];
  newIn2015?: boolean;
  /** 2015 catalogue: documented information to maintain. */
  maintain?: Text[];
  /** 2008 catalogue: one of the six documented procedures. */
  documentedProcedure?: boolean;
}

/** The clauses of the other standard a clause corresponds to (2008 → 2015, 2015 → 2008). */
export function correspondence(clause: Clause): string[] {
  return clause.iso2015 ?? clause.iso2008 ?? [];
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
  standard: StandardProfile;
  clauses: Clause[];
  clause: Map<string, Clause>;
  questions: Question[];
  question: Map<string, Question>;
  grades: Grade[];
}

const cached = new Map<string, Catalogue>();

/**
 * The catalogue, question bank and grades of a standard ("2008", "2015" or its name as a unit writes it
 * in qms.yaml; TCVN ISO 9001:2008 when none), loaded on first use.
 */
export function loadCatalogue(standard: string = DEFAULT_STANDARD): Catalogue {
  const profile = standardProfile(standard);
  const hit = cached.get(profile.id);
  if (hit) return hit;
  const dir = profile.dir;
  const clauses = readYamlOrThrow<{ clauses: Clause[] }>(join(dir, 'clauses.yaml')).clauses;
  const questions = readYamlOrThrow<{ questions: Question[] }>(join(dir, 'questions.yaml')).questions;
  const gradesFile = existsSync(join(dir, 'finding-grades.yaml'))
    ? join(dir, 'finding-grades.yaml')
    : join(standardProfile(DEFAULT_STANDARD).dir, 'finding-grades.yaml');
  const grades = readYamlOrThrow<{ grades: Grade[] }>(gradesFile).grades;
  const catalogue: Catalogue = {
    standard: profile,
    clauses: [...clauses].sort((a, b) => compareClauses(a.number, b.number)),
    clause: new Map(clauses.map((c) => [c.number, c])),
    questions,
    question: new Map(questions.map((q) => [q.id, q])),
    grades,
  };
  cached.set(profile.id, catalogue);
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

/** The sections (level-1 clauses) of the catalogue: 4–8 for 2008, 4–10 for 2015. */
export function sectionsOf(catalogue: Catalogue): string[] {
  return catalogue.clauses.filter((c) => !c.parent).map((c) => c.number);
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

/**
 * The clauses of `catalogue` that a TCVN ISO 9001:2008 clause corresponds to: itself on the 2008
 * catalogue, its 2015 correspondents (from data/iso9001-2008/clauses.yaml) on the 2015 one. Lets code
 * that names a clause of the original toolkit (the dossier questions ask about 7.2.2) follow the unit's
 * standard through the correlation data.
 */
export function fromIso2008(catalogue: Catalogue, clause2008: string): string[] {
  if (catalogue.standard.id === DEFAULT_STANDARD) return [clause2008];
  const source = loadCatalogue(DEFAULT_STANDARD).clause.get(clause2008);
  return (source?.iso2015 ?? []).filter((c) => catalogue.clause.has(c));
}

/** The first clause of `catalogue` a 2008 clause corresponds to (the clause itself when none). */
export function firstFromIso2008(catalogue: Catalogue, clause2008: string): string {
  return fromIso2008(catalogue, clause2008)[0] ?? clause2008;
}

/**
 * The clauses of `catalogue` a system procedure's `clause` stands for. A procedure issued before the unit
 * moved to 2015 names a 2008 clause (QT-03 says 8.2.2, which 2015 calls 9.2; 2015's own 8.2.2 is another
 * requirement), so it goes through the correlation; otherwise the number is the catalogue's own.
 */
export function procedureClauses(
  catalogue: Catalogue,
  clause: string,
  issued: { effectiveDate?: string; transitionDate?: string },
): string[] {
  const before = issued.transitionDate && (!issued.effectiveDate || issued.effectiveDate < issued.transitionDate);
  if (before) return fromIso2008(catalogue, clause);
  return catalogue.clause.has(clause) ? [clause] : fromIso2008(catalogue, clause);
}
