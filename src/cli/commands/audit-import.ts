import { relative, resolve } from 'node:path';
import { loadCatalogue } from '../../core/standard/catalogue.js';
import { dateOption } from '../../core/dates/dates.js';
import { buildAudit } from '../../core/audit/findings/build-audit.js';
import { contentHash, findImported, planImport } from '../../core/audit/findings/plan-import.js';
import { readFilledChecklist } from '../../core/audit/findings/read-filled.js';
import { loadAuditUnit } from '../../core/audit/unit-scope.js';
import { QmsError } from '../../core/errors.js';
import { readTextFile } from '../../core/fs/read-text-file.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { applyPlan } from '../../core/write-files.js';
import type { Io } from '../io.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';
import { personNameOption } from './person-option.js';

export interface AuditImportOptions {
  unit: string;
  csv: string;
  id?: string;
  date?: string;
  auditor?: string[];
  dryRun?: boolean;
  force?: boolean;
}

/** `qms audit import`: a filled-in checklist CSV → audits/<id>.yaml, never replacing a file silently. */
export async function runAuditImport(options: AuditImportOptions, io: Io): Promise<number> {
  const date = dateOption(options.date);
  const auditors = (options.auditor ?? []).map((a) => personNameOption(a, '--auditor'));
  // The procedures the unit applied on the audit's date: those the checklist's rows may name.
  const unit = loadAuditUnit(options.unit, io.cwd, date);
  const read = readTextFile(resolve(io.cwd, options.csv), undefined, true);
  if (!read.ok) {
    const p = read.problem;
    throw new QmsError(
      p.code,
      p.message,
      p.code === 'E_ENCODING' || p.code === 'E_LINE_ENDINGS'
        ? text(
            'Trong Excel: Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)"; trong LibreOffice: bộ ký tự Unicode (UTF-8).',
            'In Excel: Save As → "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set Unicode (UTF-8).',
          )
        : p.hint,
      2,
      { file: options.csv, line: p.line, col: p.col },
    );
  }
  const sha256 = contentHash(read.text);
  // The same checklist twice would be a second audit with the same findings, counted twice by
  // readiness: refused unless the user names the audit (--id) or insists (--force).
  const already = options.id || options.force ? undefined : findImported(unit.dir, sha256);
  if (already) {
    throw new QmsError(
      'E_REIMPORT',
      text(
        `phiếu ${escapeForDisplay(options.csv)} đã được nhập thành ${already} (cùng nội dung); không tạo cuộc đánh giá thứ hai`,
        `${escapeForDisplay(options.csv)} was already imported as ${already} (same content); no second audit created`,
      ),
      text(
        `Không cần làm gì nếu đó là cùng cuộc đánh giá. Để thay tệp đó: --id ${already.replace(/^audits\/|\.ya?ml$/g, '')} --force; để ghi thành cuộc đánh giá khác: --id <mã mới>.`,
        `Nothing to do if it is the same audit. To replace that file: --id ${already.replace(/^audits\/|\.ya?ml$/g, '')} --force; to record it as another audit: --id <new id>.`,
      ),
    );
  }
  const catalogue = loadCatalogue(unit.standard);
  const filled = readFilledChecklist(read.text, escapeForDisplay(options.csv), unit, catalogue, io.lang);
  const imported = buildAudit(filled.rows, unit, {
    id: options.id,
    date,
    auditors,
    lang: io.lang,
    source: escapeForDisplay(options.csv.replace(/^.*[\\/]/, ''), 60),
    sha256,
  });
  const { plan, content } = planImport(unit, imported, Boolean(options.force));
  const shownUnit = relative(io.cwd, unit.dir) || '.';
  for (const w of [...filled.warnings, ...imported.warnings])
    io.err(`  ${io.color.yellow(io.lang === 'vi' ? 'lưu ý' : 'note')}: ${io.t(w)}`);
  if (options.dryRun) {
    io.out(content.replace(/\n$/, ''));
    printPlan({ ...plan, conflicts: [] }, io, shownUnit);
    return 0;
  }
  if (plan.conflicts.length > 0) {
    throw new QmsError(
      'E_EXISTS',
      text(
        `${imported.relPath} đã có trong đơn vị, nội dung khác; không ghi đè`,
        `${imported.relPath} already exists in the unit with other content; nothing was written`,
      ),
      text(
        'Dùng --id cho cuộc đánh giá khác, hoặc --force để thay tệp đó (xem trước: --dry-run).',
        'Use --id for another audit, or --force to replace that file (preview: --dry-run).',
      ),
    );
  }
  printWriteNotes(applyPlan(plan), io);
  const c = imported.counts;
  const same = plan.entries[0].action === 'unchanged' ? io.t(text(' (không đổi)', ' (unchanged)')) : '';
  io.err(
    `${io.color.green('✓')} ${io.t(
      text(
        `${imported.audit.id}: ${c.assessed}/${c.rows} câu hỏi đã đánh giá (${c.conforming} phù hợp, ${c.major} NC nặng, ${c.minor} NC nhẹ, ${c.observation} lưu ý) → ${shownUnit}/${imported.relPath}${same}`,
        `${imported.audit.id}: ${c.assessed}/${c.rows} question(s) assessed (${c.conforming} conforming, ${c.major} major, ${c.minor} minor, ${c.observation} observation(s)) → ${shownUnit}/${imported.relPath}${same}`,
      ),
    )}`,
  );
  io.err(io.t(text(`Bước tiếp theo: qms validate ${shownUnit}`, `Next: qms validate ${shownUnit}`)));
  return 0;
}
