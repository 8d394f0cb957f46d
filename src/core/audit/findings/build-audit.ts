import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QmsError } from '../../errors.js';
import { formatDate } from '../../render/format.js';
import { escapeForDisplay, text, type Text } from '../../text.js';
import { compareClauses } from '../../standard/catalogue.js';
import { pick, type Lang } from '../labels.js';
import { exclusionOf, type AuditUnit } from '../unit-scope.js';
import type { FilledRow } from './read-filled.js';
import { isNonconformity, type Audit, type Finding } from '../../unit/audit-types.js';

export interface ImportOptions {
  /** DGNB-2014-01; default: DGNB-<year of date>-<next free number>. */
  id?: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The auditors; the first leads. */
  auditors: string[];
  lang: Lang;
  /** The CSV's file name, for the title. */
  source: string;
  /** SHA-256 of the CSV's content (see contentHash), recorded to recognise a re-import. */
  sha256?: string;
}

export interface ImportedAudit {
  audit: Audit;
  /** audits/<id>.yaml, relative to the unit. */
  relPath: string;
  warnings: Text[];
  counts: { rows: number; assessed: number; conforming: number; major: number; minor: number; observation: number };
}

const AUDIT_ID = /^[A-Z][A-Z0-9]{1,9}(-[0-9A-Z]{1,8}){1,3}$/;

/**
 * The findings file of one audit from the answered rows: the scope is what was assessed (clauses and
 * procedures of the rows with a result), the findings are the rows graded major, minor or observation
 * (NC-01…, OBS-01…, in row order), each tied to its clause, procedure and checklist question.
 */
export function buildAudit(rows: FilledRow[], unit: AuditUnit, options: ImportOptions): ImportedAudit {
  const id = options.id ?? nextAuditId(unit.dir, options.date.slice(0, 4));
  if (!AUDIT_ID.test(id)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `--id "${escapeForDisplay(id)}" không đúng dạng mã cuộc đánh giá`,
        `--id "${escapeForDisplay(id)}" is not a valid audit id`,
      ),
      text(
        'Ví dụ: --id DGNB-2014-01 (chữ in hoa, số, nối bằng dấu gạch ngang).',
        'For example: --id DGNB-2014-01 (capitals and digits joined by hyphens).',
      ),
    );
  }
  const auditors = [...new Set(options.auditors.map((a) => a.normalize('NFC').trim()).filter(Boolean))];
  const tooLong = auditors.find((a) => a.length > 100);
  if (auditors.length === 0 || tooLong) {
    throw new QmsError(
      'E_USAGE',
      text(
        tooLong
          ? 'tên đánh giá viên dài quá 100 ký tự'
          : 'cần ghi đánh giá viên: --auditor "Họ tên" (lặp lại cho từng người, người đầu là trưởng đoàn)',
        tooLong
          ? 'an auditor name is longer than 100 characters'
          : 'name the auditors: --auditor "Name" (repeat for each; the first leads)',
      ),
    );
  }
  const assessed = rows.filter((r) => r.grade !== 'none');
  const serial = { NC: 0, OBS: 0 };
  const findings: Finding[] = assessed
    .filter((r) => r.grade !== 'conforming')
    .map((r) => {
      const prefix = r.grade === 'observation' ? 'OBS' : 'NC';
      serial[prefix]++;
      return {
        id: `${prefix}-${String(serial[prefix]).padStart(2, '0')}`,
        clause: r.clause,
        ...(r.procedure ? { procedure: r.procedure } : {}),
        question: r.id,
        grade: r.grade as Finding['grade'],
        description: r.notes,
      };
    });
  const warnings: Text[] = findings
    .filter((f) => exclusionOf(unit, f.clause))
    .map((f) =>
      text(
        `${f.id} thuộc điều khoản ${f.clause} mà đơn vị loại trừ: xem lại ngoại lệ trong sổ tay chất lượng, hoặc chuyển phát hiện sang điều khoản khác`,
        `${f.id} is on clause ${f.clause}, which the unit excludes: review the exclusion in the quality manual, or move the finding to another clause`,
      ),
    );
  const open = findings.filter(isNonconformity).length;
  if (open > 0) {
    warnings.push(
      text(
        // Named as on the corrective-action request form the auditor knows; the YAML key in brackets
        // only so they can find the line in the file (issue 17).
        `${open} điểm không phù hợp: ghi cho từng điểm hành động sửa chữa, nguyên nhân gốc, hành động khắc phục, người thực hiện và thời hạn (trong tệp kết quả: correction, rootCause, correctiveAction, owner, due), theo quy trình hành động khắc phục`,
        `${open} nonconformit(y/ies): for each, write the correction, root cause, corrective action, owner and due date (in the findings file: correction, rootCause, correctiveAction, owner, due), as the corrective action procedure says`,
      ),
    );
  }
  const audit: Audit = {
    id,
    title: pick(
      options.lang,
      `Đánh giá nội bộ ngày ${formatDate(options.date)} (nhập từ phiếu ghi chép ${options.source})`,
      `Internal audit of ${options.date} (imported from the checklist ${options.source})`,
    ),
    date: options.date,
    auditors: auditors.map((name, i) => {
      const role = unit.roles.find((r) => r.people.includes(name))?.id;
      return { name, ...(role ? { role } : {}), ...(i === 0 ? { lead: true } : {}) };
    }),
    scope: {
      procedures: [...new Set(assessed.flatMap((r) => (r.procedure ? [r.procedure] : [])))].sort(),
      clauses: [...new Set(assessed.map((r) => r.clause))].sort(compareClauses),
    },
    findings,
    ...(options.sha256 ? { imported: { file: options.source, sha256: options.sha256 } } : {}),
  };
  const count = (g: string) => assessed.filter((r) => r.grade === g).length;
  return {
    audit,
    relPath: `audits/${id}.yaml`,
    warnings,
    counts: {
      rows: rows.length,
      assessed: assessed.length,
      conforming: count('conforming'),
      major: count('major'),
      minor: count('minor'),
      observation: count('observation'),
    },
  };
}

/** DGNB-<year>-NN with NN one past the highest number used by a file in audits/. */
export function nextAuditId(unitDir: string, year: string): string {
  let names: string[];
  try {
    names = readdirSync(join(unitDir, 'audits'));
  } catch {
    names = [];
  }
  const prefix = `DGNB-${year}-`;
  const used = names
    .filter((n) => n.startsWith(prefix))
    .map((n) => Number.parseInt(n.slice(prefix.length), 10))
    .filter(Number.isFinite);
  return `${prefix}${String(Math.max(0, ...used) + 1).padStart(2, '0')}`;
}
