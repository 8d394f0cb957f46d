import { loadCatalogue } from '../../standard/catalogue.js';
import { checklistCsv, checklistJson } from './checklist-csv.js';
import { checklistView } from './checklist-view.js';
import type { CsvSeparator } from '../csv/write-csv.js';
import type { Checklist } from './types.js';

export type ChecklistFormat = 'docx' | 'md' | 'csv' | 'json';
export const CHECKLIST_FORMATS: ChecklistFormat[] = ['docx', 'md', 'csv', 'json'];

/** The checklist in one format: text for md/csv/json, bytes for docx (reproducible: same input, same bytes). */
export async function renderChecklist(
  checklist: Checklist,
  format: ChecklistFormat,
  sourceDateEpoch?: string,
  separator: CsvSeparator = ',',
): Promise<string | Uint8Array> {
  if (format === 'csv') return checklistCsv(checklist, separator);
  if (format === 'json') return checklistJson(checklist);
  const view = checklistView(checklist, loadCatalogue(checklist.standard));
  if (format === 'md') return (await import('../../render/templates.js')).renderViewWith('checklist', view, 'md');
  return (await import('../../render/docx/build-docx.js')).buildDocx(view, { sourceDateEpoch });
}
