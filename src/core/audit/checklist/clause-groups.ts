import {
  clauseLevel,
  correspondence,
  isWithin,
  questionsFor,
  type Catalogue,
  type Clause,
} from '../../standard/catalogue.js';
import { LABELS, pick, type Lang } from '../labels.js';
import { exclusionOf, type AuditUnit } from '../unit-scope.js';
import type { ChecklistGroup, ChecklistRow } from './types.js';

/**
 * The clause part of a checklist: a level-1 group for each section (4 … 8), a level-2 group for each
 * clause under it holding the questions of that clause and its sub-clauses. A clause the unit excludes
 * is listed too, marked with the unit's reason, with the questions that check the exclusion instead of
 * the conformity questions. `selected` limits the rows to some clauses (with their sub-clauses).
 */
export function clauseGroups(catalogue: Catalogue, unit: AuditUnit, lang: Lang, selected?: string[]): ChecklistGroup[] {
  const wanted = (clause: string) => !selected || selected.some((s) => isWithin(clause, s));
  const groups: ChecklistGroup[] = [];
  for (const top of catalogue.clauses.filter((c) => clauseLevel(c.number) === 1)) {
    const children: ChecklistGroup[] = [];
    for (const second of catalogue.clauses.filter((c) => c.parent === top.number)) {
      // Every sub-clause at any depth: ISO 9001:2015 nests to four levels (7.1.5.1).
      const clauses = catalogue.clauses.filter((c) => isWithin(c.number, second.number) && wanted(c.number));
      if (clauses.length === 0) continue;
      children.push({
        level: 2,
        key: second.number,
        heading: `${second.number} ${second.title[lang]}`,
        notes: [
          ...exclusionNotes(unit, second.number, lang),
          `${otherStandard(catalogue)}: ${correspondence(second).join(', ') || LABELS[lang].newClause}`,
        ],
        facts: [],
        rows: clauses.filter((c) => c.auditable).flatMap((c) => clauseRows(catalogue, unit, c, lang)),
      });
    }
    if (children.length === 0 && !wanted(top.number)) continue;
    groups.push(
      { level: 1, key: top.number, heading: `${top.number}. ${top.title[lang]}`, notes: [], facts: [], rows: [] },
      ...children,
    );
  }
  return groups;
}

/** "The unit excludes 7.3: <reason>" for exclusions that cover the clause or one of its sub-clauses. */
function exclusionNotes(unit: AuditUnit, clause: string, lang: Lang): string[] {
  return unit.exclusions
    .filter((e) => isWithin(clause, e.clause) || isWithin(e.clause, clause))
    .map((e) =>
      pick(
        lang,
        `${LABELS.vi.excluded}: đơn vị loại trừ ${e.clause} — ${e.reason}`,
        `${LABELS.en.excluded}: the unit excludes ${e.clause} — ${e.reason}`,
      ),
    );
}

/** The questions of one auditable clause: conformity questions, or the exclusion checks when excluded. */
export function clauseRows(
  catalogue: Catalogue,
  unit: AuditUnit,
  clause: Clause,
  lang: Lang,
  procedure?: string,
): ChecklistRow[] {
  const excluded = exclusionOf(unit, clause.number);
  const prefix = procedure ? `${procedure}/` : '';
  const bank = questionsFor(catalogue, clause.number, excluded ? 'exclusion' : 'conformity', unit.type);
  const rows: ChecklistRow[] = bank.map((q) => ({
    no: 0,
    id: `${prefix}${q.id}`,
    clause: clause.number,
    ...(procedure ? { procedure } : {}),
    question: q.question[lang],
    evidence: q.evidence[lang],
    ...(excluded ? { exclusion: true } : {}),
  }));
  if (excluded && rows.length === 0) {
    rows.push({
      no: 0,
      id: `${prefix}X-${clause.number}`,
      clause: clause.number,
      ...(procedure ? { procedure } : {}),
      exclusion: true,
      question: pick(
        lang,
        `Đơn vị loại trừ ${excluded.clause} (${clause.number} ${clause.title.vi}): lý do loại trừ có được nêu trong sổ tay chất lượng và còn đúng với thực tế công việc không?`,
        `The unit excludes ${excluded.clause} (${clause.number} ${clause.title.en}): is the reason stated in the quality manual and still true of the work?`,
      ),
      evidence: pick(
        lang,
        'Sổ tay chất lượng (phạm vi, ngoại lệ), qms.yaml (exclusions), quan sát công việc thực tế.',
        'Quality manual (scope, exclusions), qms.yaml (exclusions), observation of the actual work.',
      ),
    });
  }
  return rows;
}

/** "ISO 9001:2015" on a 2008 checklist, "ISO 9001:2008" on a 2015 one: the standard the correspondence names. */
export function otherStandard(catalogue: Catalogue): string {
  return `ISO 9001:${catalogue.standard.correspondsTo}`;
}
