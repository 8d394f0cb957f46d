import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { checklistCsv } from '../../../src/core/audit/checklist/checklist-csv.js';
import type { ChecklistScope } from '../../../src/core/audit/checklist/types.js';
import { parseCsv } from '../../../src/core/audit/csv/read-csv.js';
import { toCsv } from '../../../src/core/audit/csv/write-csv.js';
import type { AuditUnit } from '../../../src/core/audit/unit-scope.js';

/** Test helper: what an auditor does in Excel — answer some rows of a checklist CSV. */
export function fillCsv(
  csv: string,
  answers: Record<string, [notes: string, result: string]>,
  fillRest = 'Phù hợp',
  separator: ',' | ';' = ',',
): string {
  const [header, ...records] = parseCsv(csv, 'blank.csv').records.map((r) => r.fields);
  const rows = records.map((f) => {
    const answer = answers[f[1]];
    return answer ? [...f.slice(0, 5), answer[0], answer[1]] : [...f.slice(0, 6), fillRest];
  });
  return toCsv([header, ...rows], separator);
}

export function blankCsv(unit: AuditUnit, scope: ChecklistScope, lang: 'vi' | 'en' = 'vi'): string {
  return checklistCsv(buildChecklist(unit, { scope, lang, date: '2014-07-14' }));
}
