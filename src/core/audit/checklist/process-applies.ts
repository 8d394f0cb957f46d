import type { ProcessApplicability, Question } from '../../standard/catalogue.js';
import type { AuditProcedure, AuditUnit } from '../unit-scope.js';

/**
 * Which bank questions a TTHC procedure's own checklist asks: the bank says when (questions.yaml
 * `process`), the procedure says what it is (field, linked, same-day). A question without `process`
 * is about the whole system and stays in clause audits.
 */
export function askedOfProcedure(question: Question, p: AuditProcedure, unit: AuditUnit): boolean {
  return applies(question.process, p, unit);
}

function applies(rule: ProcessApplicability | undefined, p: AuditProcedure, unit: AuditUnit): boolean {
  if (rule === undefined) return false;
  if (rule === 'all') return true;
  if (rule.fields && !rule.fields.includes(p.field)) return false;
  if (rule.linked && !isLinked(p, unit)) return false;
  // The bank's same-day question is about the cut-off hour: not asked of "trong buổi làm việc" (same_session).
  if (rule.sameDay && p.processingTime?.unit !== 'same_day') return false;
  return true;
}

/** Authorities above each unit type: a procedure decided there is handled in liên thông with it. */
const HIGHER: Record<string, RegExp> = {
  xa: /cấp huyện|UBND (quận|huyện|thị xã)|thành phố|Sở /u,
  huyen: /thành phố|cấp tỉnh|Sở /u,
  so: /UBND thành phố|Chủ tịch UBND thành phố|Bộ /u,
};

/**
 * Linked (liên thông): the result is decided by a higher level than the unit (tthc.authority), or a
 * step hands the dossier to the tax office or another coordinating agency — the two cases the bank's
 * liên thông question is about.
 */
export function isLinked(p: AuditProcedure, unit: AuditUnit): boolean {
  const higher = unit.type ? HIGHER[unit.type] : undefined;
  if (higher && higher.test(p.authority)) return true;
  if (p.steps.some((s) => s.agency !== '')) return true;
  return p.steps.some((s) => /cơ quan thuế|Chi cục Thuế/iu.test(`${s.action} ${s.output}`));
}
