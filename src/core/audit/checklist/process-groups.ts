import { describeLegal } from '../../law/time.js';
import { firstFromIso2008, fromIso2008, procedureClauses, isWithin, type Catalogue } from '../../standard/catalogue.js';
import { pick, type Lang } from '../labels.js';
import { roleTitleOf, peopleOf, type AuditProcedure, type AuditUnit } from '../unit-scope.js';
import { clauseRows } from './clause-groups.js';
import { deriveQuestions, DERIVED_CLAUSE, type DeriveContext, type DerivedKind } from './derive.js';
import type { ChecklistGroup, ChecklistRow } from './types.js';

/** Clauses asked of every operational procedure, after its own questions (issue 5), in TCVN ISO 9001:2008 terms (mapped to the unit's standard through the correlation). */
export const PROCESS_CLAUSES = ['7.2', '7.5', '4.2.3', '4.2.4', '8.2.3', '8.3'];

const PART_TITLES: Record<DerivedKind, [vi: string, en: string]> = {
  D: ['Thành phần hồ sơ', 'Dossier'],
  T: ['Thời hạn giải quyết', 'Processing time'],
  S: ['Trình tự và trách nhiệm', 'Steps and responsibilities'],
  F: ['Biểu mẫu', 'Forms'],
  R: ['Hồ sơ cần lưu', 'Records'],
  L: ['Căn cứ pháp lý', 'Legal basis'],
  P: ['Phí, lệ phí', 'Fees'],
};

/**
 * The process part of a checklist: for each procedure its own questions, part by part, then the
 * clause questions that apply — under the procedure when there is one, once at the end when several.
 */
export function processGroups(
  catalogue: Catalogue,
  procedures: AuditProcedure[],
  ctx: DeriveContext,
): ChecklistGroup[] {
  const { lang, unit } = ctx;
  const single = procedures.length === 1;
  const groups: ChecklistGroup[] = [];
  for (const p of procedures) {
    groups.push({
      level: 1,
      key: p.code,
      heading: `${p.code} ${p.title}`,
      notes: [],
      facts: procedureFacts(p, unit, lang),
      rows: [],
    });
    for (const part of deriveQuestions(p, ctx)) {
      const [vi, en] = PART_TITLES[part.kind];
      groups.push({
        level: 2,
        key: p.code,
        heading: `${pick(lang, vi, en)} (${firstFromIso2008(catalogue, DERIVED_CLAUSE[part.kind])})`,
        notes: [],
        facts: [],
        rows: part.rows.map((r) => ({ ...r, clause: firstFromIso2008(catalogue, r.clause) })),
      });
    }
    if (single) {
      groups.push({
        level: 2,
        key: p.code,
        heading: pick(
          lang,
          `Các điều khoản ${catalogue.standard.name} liên quan`,
          `Related ${catalogue.standard.shortName} clauses`,
        ),
        notes: [],
        facts: [],
        rows: clauseQuestions(catalogue, unit, clausesOf(catalogue, unit, [p]), lang, p.code),
      });
    }
  }
  if (!single) {
    groups.push({
      level: 1,
      key: '',
      heading: pick(
        lang,
        `Các điều khoản ${catalogue.standard.name} liên quan`,
        `Related ${catalogue.standard.shortName} clauses`,
      ),
      notes: [],
      facts: [],
      rows: clauseQuestions(catalogue, unit, clausesOf(catalogue, unit, procedures), lang),
    });
  }
  return groups;
}

/** 7.2, 7.5, 4.2.3, 4.2.4, 8.2.3, 8.3 for operational procedures; its own clause and 4.2.3, 4.2.4 for a system one. */
function clausesOf(catalogue: Catalogue, unit: AuditUnit, procedures: AuditProcedure[]): string[] {
  const out: string[] = [];
  const mapped = (list: string[]) => list.flatMap((c) => fromIso2008(catalogue, c));
  for (const p of procedures) {
    const own =
      p.kind === 'system'
        ? [
            ...(p.clause
              ? procedureClauses(catalogue, p.clause, {
                  effectiveDate: p.effectiveDate,
                  transitionDate: unit.transitionDate,
                })
              : []),
            ...mapped(['4.2.3', '4.2.4']),
          ]
        : mapped(PROCESS_CLAUSES);
    for (const c of own) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function clauseQuestions(
  catalogue: Catalogue,
  unit: AuditUnit,
  clauses: string[],
  lang: Lang,
  procedure?: string,
): ChecklistRow[] {
  return clauses.flatMap((wanted) =>
    catalogue.clauses
      .filter((c) => c.auditable && isWithin(c.number, wanted))
      .flatMap((c) => clauseRows(catalogue, unit, c, lang, procedure)),
  );
}

function procedureFacts(p: AuditProcedure, unit: AuditUnit, lang: Lang): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [];
  if (p.field) facts.push({ label: pick(lang, 'Lĩnh vực', 'Field'), value: p.field });
  if (p.processingTime)
    facts.push({
      label: pick(lang, 'Thời hạn giải quyết', 'Legal time'),
      value: describeLegal(p.processingTime, lang),
    });
  const roles = [...new Set(p.steps.map((s) => s.role).filter(Boolean))];
  if (roles.length > 0) {
    facts.push({
      label: pick(lang, 'Người thực hiện', 'People'),
      value: roles
        .map((r) => `${roleTitleOf(unit, r)}: ${peopleOf(unit, r).join(', ') || pick(lang, 'chưa có người', 'nobody')}`)
        .join('; '),
    });
  }
  return facts;
}
