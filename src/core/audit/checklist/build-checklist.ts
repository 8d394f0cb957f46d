import { QmsError } from '../../errors.js';
import { loadModel } from '../../model/load-model.js';
import type { LegalInstrument } from '../../model/types.js';
import { registerOf } from '../../law/legal.js';
import { escapeForDisplay, text } from '../../text.js';
import { fromIso2008, loadCatalogue, sectionsOf, type Catalogue } from '../../standard/catalogue.js';
import { LABELS, pick, type Lang } from '../labels.js';
import { pickProcedures, type AuditProcedure, type AuditUnit } from '../unit-scope.js';
import { clauseGroups } from './clause-groups.js';
import { samplingHint } from './derive.js';
import { processGroups } from './process-groups.js';
import type { Checklist, ChecklistScope } from './types.js';

export interface ChecklistOptions {
  scope: ChecklistScope;
  lang: Lang;
  /** YYYY-MM-DD. */
  date: string;
  auditor?: string;
}

/** Build a checklist for a loaded unit. Pure apart from reading the shipped data and the unit's model. */
export function buildChecklist(
  unit: AuditUnit,
  options: ChecklistOptions,
  catalogue: Catalogue = loadCatalogue(unit.standard),
): Checklist {
  const { lang, scope } = options;
  const L = LABELS[lang];
  let groups;
  let scopeText: string;
  let sampling: Checklist['sampling'] = [];
  if (scope.kind === 'processes') {
    const procedures = pickProcedures(unit, scope.codes);
    groups = processGroups(catalogue, procedures, {
      unit,
      lang,
      date: options.date,
      register: legalRegister(unit),
      recordsProcedure: unit.procedures.find(
        (p) => p.kind === 'system' && fromIso2008(catalogue, '4.2.4').includes(p.clause),
      )?.code,
    });
    scopeText = `${L.processes}: ${procedures.map((p) => `${p.code} ${p.title}`).join('; ')}`;
    sampling = samplingByField(procedures, lang);
  } else if (scope.kind === 'clauses') {
    const clauses = checkClauses(catalogue, scope.clauses);
    groups = clauseGroups(catalogue, unit, lang, clauses);
    scopeText = `${L.clauses}: ${clauses.join(', ')}`;
  } else {
    groups = clauseGroups(catalogue, unit, lang);
    scopeText = pick(
      lang,
      `Toàn bộ các điều khoản ${catalogue.standard.name} (mục ${sectionRange(catalogue, ' đến ')})`,
      `Every clause of ${catalogue.standard.shortName} (sections ${sectionRange(catalogue, ' to ')})`,
    );
  }
  let no = 0;
  for (const group of groups) for (const row of group.rows) row.no = ++no;
  return {
    lang,
    title: L.checklistTitle,
    unit: { id: unit.id, name: unit.name, superior: unit.superior },
    standard: catalogue.standard.name,
    date: options.date,
    auditor: options.auditor ?? '',
    scope,
    scopeText,
    formCode: checklistFormCode(unit, catalogue),
    sampling,
    groups,
  };
}

/** Clause numbers as given, each checked against the catalogue; duplicates and nested ones kept once. */
function checkClauses(catalogue: Catalogue, given: string[]): string[] {
  const clauses = given.map((c) => c.trim()).filter(Boolean);
  const unknown = clauses.filter((c) => !catalogue.clause.has(c));
  if (unknown.length > 0 || clauses.length === 0) {
    throw new QmsError(
      'E_USAGE',
      text(
        `không có điều khoản ${unknown.map((c) => escapeForDisplay(c)).join(', ') || '(trống)'} trong ${catalogue.standard.name} (mục ${sectionRange(catalogue)})`,
        `no clause ${unknown.map((c) => escapeForDisplay(c)).join(', ') || '(empty)'} in ${catalogue.standard.shortName} (sections ${sectionRange(catalogue)})`,
      ),
      text(
        'Ví dụ: --clause 4.2.3 --clause 8.2.2, hoặc --clause 7.5 cho cả 7.5.1–7.5.5.',
        'For example: --clause 4.2.3 --clause 8.2.2, or --clause 7.5 for all of 7.5.1–7.5.5.',
      ),
    );
  }
  return [...new Set(clauses)];
}

/** The model's legal register, or an empty one when the model cannot be read. */
function legalRegister(unit: AuditUnit): Map<string, LegalInstrument> {
  if (!unit.model) return new Map();
  try {
    return registerOf(loadModel(unit.model.id, unit.model.version || undefined));
  } catch {
    return new Map();
  }
}

/** The form of the unit's internal-audit procedure that is the checklist (BM-03-03 in the city model). */
function checklistFormCode(unit: AuditUnit, catalogue: Catalogue): string {
  const audit = unit.procedures.find((p) => p.kind === 'system' && fromIso2008(catalogue, '8.2.2').includes(p.clause));
  return audit?.forms.find((f) => /phiếu ghi chép|checklist|danh mục (câu hỏi|kiểm tra)/iu.test(f.title))?.code ?? '';
}

function samplingByField(procedures: AuditProcedure[], lang: Lang): Checklist['sampling'] {
  const fields = new Map<string, string[]>();
  for (const p of procedures.filter((x) => x.processingTime || x.dossier.length > 0)) {
    const list = fields.get(p.field) ?? [];
    list.push(p.code);
    fields.set(p.field, list);
  }
  return [...fields].map(([field, codes]) => ({
    field: field || pick(lang, '(không ghi lĩnh vực)', '(no field)'),
    procedures: codes,
    hint: samplingHint(field, lang),
  }));
}

/** "4–10", or "4 đến 10" with another separator. */
function sectionRange(catalogue: Catalogue, separator = '–'): string {
  const sections = sectionsOf(catalogue);
  return `${sections[0]}${separator}${sections[sections.length - 1]}`;
}
