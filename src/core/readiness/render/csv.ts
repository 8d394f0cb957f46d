import { toCsv } from '../../audit/csv/write-csv.js';
import { STAGE_LABELS, STATUS_LABELS } from '../labels.js';
import type { ReadinessReport } from '../report.js';
import { CLAUSE_GROUPS } from '../types.js';
import { pick, type Lang } from './common.js';

/** Column names are stable (ids, not translated); status and stage labels follow --lang. */
export const CSV_COLUMNS = [
  'dir',
  'id',
  'name',
  'type',
  'parent_id',
  'status',
  'status_label',
  'stage',
  'stage_label',
  'score',
  ...CLAUSE_GROUPS.map((g) => `part_${g}`),
  'target_achieved',
  'validation_errors',
  'tthc_covered',
  'tthc_required',
  'blockers',
  'next',
  'next_file',
];

/** One row per unit, for a spreadsheet: UTF-8 with BOM, CRLF, RFC 4180 quoting (Excel opens it as is). */
export function renderCsv(report: ReadinessReport, lang: Lang): string {
  const t = pick(lang);
  const rows = report.units.map((u) => {
    const first = u.blockers[0];
    return [
      u.dir,
      u.id ?? '',
      u.name ?? '',
      u.type ?? '',
      u.parent?.id ?? '',
      u.status,
      t(STATUS_LABELS[u.status]),
      u.stage,
      t(STAGE_LABELS[u.stage]),
      String(u.score),
      // A group the unit's standard does not have (9, 10 on TCVN ISO 9001:2008) stays empty.
      ...CLAUSE_GROUPS.map((g) => {
        const part = u.parts.find((p) => p.group === g);
        return part ? String(part.points) : '';
      }),
      u.targetAchieved ? 'yes' : 'no',
      String(u.validation.errors),
      String(u.tthc.covered),
      String(u.tthc.required),
      String(u.blockers.filter((b) => b.severity === 'blocker').length),
      first ? t(first.message) : '',
      first?.file ?? '',
    ];
  });
  return toCsv([CSV_COLUMNS, ...rows]);
}
