import { toCsv, type CsvSeparator } from '../csv/write-csv.js';
import { LABELS } from '../labels.js';
import { checklistRows, type Checklist } from './types.js';

/**
 * The checklist as a CSV to fill in on a computer: one line per question. `id` is the stable question
 * id `qms audit import` maps back; the auditor writes in `notes` and `result`. Import finds the
 * columns by their header (Vietnamese or English), so they may be moved or others added.
 */
export const CSV_COLUMNS = ['no', 'id', 'clause', 'question', 'lookFor', 'notes', 'result'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function csvHeader(lang: 'vi' | 'en'): string[] {
  return CSV_COLUMNS.map((c) => LABELS[lang][c]);
}

export function checklistCsv(checklist: Checklist, separator: CsvSeparator = ','): string {
  const L = LABELS[checklist.lang];
  const rows = checklistRows(checklist).map((r) => [
    String(r.no),
    r.id,
    r.clause,
    r.question,
    [r.evidence, ...(r.sample ? [`${L.sample}: ${r.sample}`] : [])].join('\n'),
    '',
    '',
  ]);
  return toCsv([csvHeader(checklist.lang), ...rows], separator);
}

export function checklistJson(checklist: Checklist): string {
  return `${JSON.stringify({ format: 'qms-checklist', version: 1, ...checklist }, null, 2)}\n`;
}
