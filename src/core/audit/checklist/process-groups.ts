import { describeLegal, isUnverified } from '../../law/time.js';
import {
  compareClauses,
  firstFromIso2008,
  fromIso2008,
  isWithin,
  procedureClauses,
  questionsFor,
  type Catalogue,
  type Question,
} from '../../standard/catalogue.js';
import { pick, type Lang } from '../labels.js';
import { roleTitleOf, peopleOf, type AuditProcedure, type AuditUnit } from '../unit-scope.js';
import { askedOfProcedure } from './process-applies.js';
import { deriveQuestions, DERIVED_CLAUSE, type DeriveContext, type DerivedKind } from './derive.js';
import type { ChecklistGroup, ChecklistRow } from './types.js';

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
    const related = single ? clauseQuestions(catalogue, unit, [p], lang, p.code) : [];
    if (related.length > 0) {
      groups.push({
        level: 2,
        key: p.code,
        // Printed in the clause column beside the clause numbers: short, so the row stays a few lines.
        heading: pick(lang, 'Các điều khoản liên quan', 'Related clauses'),
        notes: [],
        facts: [],
        rows: related,
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
      rows: clauseQuestions(catalogue, unit, procedures, lang),
    });
  }
  return groups;
}

/**
 * The bank questions one procedure's checklist asks, by its kind (issue 17): a system procedure gets
 * the questions of its own clause; a TTHC procedure only those the bank marks for it (`process` in
 * questions.yaml: every TTHC, or its field, linked or same-day ones), within the clauses it touches.
 * Whole-system questions and those its own derived questions already cover stay in clause audits.
 */
function procedureQuestions(catalogue: Catalogue, unit: AuditUnit, p: AuditProcedure): Question[] {
  if (p.kind === 'system') {
    if (!p.clause) return [];
    // A procedure issued under TCVN ISO 9001:2008 keeps its clause; the correlation maps it on a 2015 unit.
    const own = procedureClauses(catalogue, p.clause, {
      effectiveDate: p.effectiveDate,
      transitionDate: unit.transitionDate,
    });
    return catalogue.clauses
      .filter((c) => c.auditable && own.some((o) => isWithin(c.number, o)) && !isExcluded(unit, c.number))
      .flatMap((c) => questionsFor(catalogue, c.number, 'conformity', unit.type));
  }
  // The touched clauses are TCVN ISO 9001:2008 numbers, mapped to the unit's standard.
  const touched = touchedClauses(p).flatMap((c) => fromIso2008(catalogue, c));
  return catalogue.clauses
    .filter((c) => c.auditable && touched.some((t) => isWithin(c.number, t)) && !isExcluded(unit, c.number))
    .flatMap((c) => questionsFor(catalogue, c.number, 'conformity', unit.type))
    .filter((q) => askedOfProcedure(q, p, unit));
}

/** The clauses a TTHC procedure's content touches: what it receives, does, keeps and promises. */
function touchedClauses(p: AuditProcedure): string[] {
  return [
    '7.2',
    ...(p.steps.length > 0 ? ['7.5.1', '7.5.3', '7.5.5'] : []),
    ...(p.steps.length > 0 && p.kind === 'operational' ? ['7.5.2'] : []),
    ...(p.dossier.length > 0 ? ['7.5.4'] : []),
    ...(p.forms.length > 0 ? ['4.2.3'] : []),
    ...(p.records.length > 0 ? ['4.2.4'] : []),
    ...(p.processingTime ? ['8.2.3', '8.3'] : []),
  ];
}

function isExcluded(unit: AuditUnit, clause: string): boolean {
  return unit.exclusions.some((e) => isWithin(clause, e.clause));
}

function clauseQuestions(
  catalogue: Catalogue,
  unit: AuditUnit,
  procedures: AuditProcedure[],
  lang: Lang,
  procedure?: string,
): ChecklistRow[] {
  const seen = new Set<string>();
  const questions = procedures
    .flatMap((p) => procedureQuestions(catalogue, unit, p))
    .filter((q) => !seen.has(q.id) && seen.add(q.id));
  questions.sort((a, b) => compareClauses(a.clause, b.clause));
  const prefix = procedure ? `${procedure}/` : '';
  return questions.map((q) => ({
    no: 0,
    id: `${prefix}${q.id}`,
    clause: q.clause,
    ...(procedure ? { procedure } : {}),
    question: q.question[lang],
    evidence: q.evidence[lang],
  }));
}

function procedureFacts(p: AuditProcedure, unit: AuditUnit, lang: Lang): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [];
  if (p.field) facts.push({ label: pick(lang, 'Lĩnh vực', 'Field'), value: p.field });
  if (p.processingTime)
    facts.push(
      isUnverified(p.processingTime)
        ? {
            label: pick(lang, 'Thời hạn giải quyết', 'Processing time'),
            value: `${describeLegal(p.processingTime, lang)} ${pick(lang, '(chưa đối chiếu với văn bản quy phạm pháp luật)', '(not checked against the law)')}`,
          }
        : { label: pick(lang, 'Thời hạn giải quyết', 'Legal time'), value: describeLegal(p.processingTime, lang) },
    );
  const agencies = [...new Set(p.steps.map((s) => s.agency).filter(Boolean))];
  const roles = [...new Set(p.steps.map((s) => s.role).filter(Boolean))];
  if (roles.length > 0) {
    facts.push({
      label: pick(lang, 'Người thực hiện', 'People'),
      value: roles
        .map((r) => `${roleTitleOf(unit, r)}: ${peopleOf(unit, r).join(', ') || pick(lang, 'chưa có người', 'nobody')}`)
        .join('; '),
    });
  }
  if (agencies.length > 0)
    facts.push({ label: pick(lang, 'Cơ quan phối hợp', 'Coordinating agencies'), value: agencies.join('; ') });
  return facts;
}
