import { text } from '../../text.js';
import { within } from '../clauses.js';
import { check, gapOf, listCut, type Gap, type StageRule } from '../check.js';
import { vnDate } from '../../dates/dates.js';
import { applicationStart, auditDone, inWindow, type Evidence } from '../evidence.js';

/** The audits that count now: done by asOf, in the last 12 months, after the application started. */
export function currentAudits(ev: Evidence) {
  return ev.audits.filter((a) => auditDone(a.data, ev.asOf) && inWindow(ev, a.data.date));
}

/** A name for the next audit file: audits/DGNB-<year>-<nn>.yaml, not yet taken. */
export function nextAuditFile(ev: Evidence): string {
  const year = ev.asOf.slice(0, 4);
  const taken = new Set(ev.audits.map((a) => a.data.id));
  let n = 1;
  while (taken.has(`DGNB-${year}-${String(n).padStart(2, '0')}`)) n++;
  return `audits/DGNB-${year}-${String(n).padStart(2, '0')}.yaml`;
}

/** Stage 5: internal audits of the last 12 months cover every procedure and every applicable clause. */
export const audit: StageRule = {
  id: 'audit',
  evaluate(ev) {
    const audits = currentAudits(ev);
    const procedures = new Set(audits.flatMap((a) => a.data.scope.procedures));
    const clauses = audits.flatMap((a) => a.data.scope.clauses);
    const codes = ev.procedures.map((p) => p.code);
    const missingProcedures = codes.filter((c) => !procedures.has(c));
    const missingClauses = ev.applicable.filter((c) => !clauses.some((s) => within(c, s)));
    const newFile = nextAuditFile(ev);
    const uncounted = audits.length === 0 ? notCounted(ev) : undefined;
    const names = audits.map((a) => a.data.id).join(', ');
    const file = audits.length > 0 ? audits[audits.length - 1].file : newFile;
    const c1 = check({
      id: 'audit-procedures',
      clause: '8.2.2',
      max: 8,
      passed: audits.length > 0 && missingProcedures.length === 0,
      points: audits.length === 0 || codes.length === 0 ? 0 : 8 * (1 - missingProcedures.length / codes.length),
      file,
      evidence:
        audits.length === 0
          ? (uncounted?.message ?? noAudit(ev))
          : text(
              `${names}: ${codes.length - missingProcedures.length}/${codes.length} quy trình được đánh giá`,
              `${names}: ${codes.length - missingProcedures.length} of ${codes.length} procedures audited`,
            ),
    });
    const c2 = check({
      id: 'audit-clauses',
      clause: '8.2.2',
      max: 7,
      passed: audits.length > 0 && missingClauses.length === 0,
      points: audits.length === 0 ? 0 : 7 * (1 - missingClauses.length / Math.max(1, ev.applicable.length)),
      file,
      // With no audit the first check already says so; this one gives the clause count (0/N).
      evidence: text(
        `${ev.applicable.length - missingClauses.length}/${ev.applicable.length} điều khoản áp dụng được đánh giá`,
        `${ev.applicable.length - missingClauses.length} of ${ev.applicable.length} applicable clauses audited`,
      ),
    });
    const gaps: Gap[] = [];
    const plan = text(
      `Lập kế hoạch (qms audit plan), đánh giá và ghi kết quả vào ${newFile}.`,
      `Plan it (qms audit plan), audit, and record the result in ${newFile}.`,
    );
    if (uncounted) {
      gaps.push(gapOf(c1, uncounted.message, uncounted.action, uncounted.extra));
    } else if (audits.length === 0) {
      gaps.push(
        gapOf(
          c1,
          c1.evidence,
          text(
            `Tổ chức đánh giá nội bộ toàn bộ các quy trình và điều khoản áp dụng; ghi kết quả vào ${newFile}.`,
            `Hold an internal audit of every procedure and applicable clause; record it in ${newFile}.`,
          ),
          { file: newFile, newFile: true, pointsLost: c1.max + c2.max },
        ),
      );
    } else {
      if (missingProcedures.length > 0) {
        const list = listCut(missingProcedures);
        gaps.push(
          gapOf(
            c1,
            text(
              `${missingProcedures.length} quy trình chưa được đánh giá trong 12 tháng: ${list.vi}`,
              `${missingProcedures.length} procedure(s) not audited in 12 months: ${list.en}`,
            ),
            plan,
            { file: newFile, newFile: true },
          ),
        );
      }
      if (missingClauses.length > 0) {
        const list = listCut(missingClauses, 8);
        gaps.push(
          gapOf(
            c2,
            text(
              `${missingClauses.length} điều khoản chưa được đánh giá: ${list.vi}`,
              `${missingClauses.length} clause(s) not audited: ${list.en}`,
            ),
            plan,
            { file: newFile, newFile: true },
          ),
        );
      }
    }
    for (const file of ev.ignored.filter((f) => f.startsWith('audits/'))) {
      gaps.push({
        code: 'audit-file-invalid',
        severity: 'advice',
        file,
        pointsLost: 0,
        message: text(
          `${file} không hợp lệ nên không được tính là bằng chứng`,
          `${file} is not valid, so it does not count as evidence`,
        ),
        action: text(`Sửa lỗi theo qms validate ${ev.dir}.`, `Fix it as qms validate ${ev.dir} says.`),
      });
    }
    const last = audits[audits.length - 1];
    return { checks: [c1, c2], gaps, date: c1.passed && c2.passed ? (last.data.endDate ?? last.data.date) : undefined };
  },
};

/**
 * Audits of the last 12 months that do not count because of the application start: none recorded
 * (milestones.applicationStart missing), or the audit came before it. Said with the field to fill,
 * instead of asking for another audit.
 */
function notCounted(ev: Evidence) {
  const recent = ev.audits.filter(
    (a) => auditDone(a.data, ev.asOf) && a.data.date > ev.windowStart && a.data.date <= ev.asOf,
  );
  const last = recent.at(-1);
  if (!last) return undefined;
  const start = applicationStart(ev);
  const where = { file: 'qms.yaml', path: '/milestones/applicationStart', files: ['qms.yaml', last.file] };
  if (!start) {
    return {
      message: text(
        `cuộc đánh giá nội bộ ${last.data.id} ngày ${vnDate(last.data.date)} (${last.file}) chưa được tính vì qms.yaml chưa ghi ngày bắt đầu áp dụng HTQLCL (milestones.applicationStart)`,
        `internal audit ${last.data.id} of ${last.data.date} (${last.file}) does not count because qms.yaml has no application start (milestones.applicationStart)`,
      ),
      action: text(
        'Ghi ngày bắt đầu áp dụng HTQLCL vào milestones.applicationStart trong qms.yaml (thường là ngày ban hành tài liệu); không cần đánh giá lại.',
        'Record the day the QMS started being applied in milestones.applicationStart of qms.yaml (usually the day the documents were issued); no new audit is needed.',
      ),
      extra: { ...where, pointsLost: 15 },
    };
  }
  return {
    message: text(
      `cuộc đánh giá nội bộ ${last.data.id} ngày ${vnDate(last.data.date)} (${last.file}) có trước ngày bắt đầu áp dụng ${vnDate(start)} (qms.yaml milestones.applicationStart), nên không đánh giá được việc áp dụng`,
      `internal audit ${last.data.id} of ${last.data.date} (${last.file}) came before the application start ${start} (qms.yaml milestones.applicationStart), so it could not audit the application`,
    ),
    action: text(
      `Kiểm tra ngày bắt đầu áp dụng trong qms.yaml; nếu đúng, đánh giá nội bộ lại sau ngày đó và ghi vào ${nextAuditFile(ev)}.`,
      `Check the application start in qms.yaml; if it is right, audit again after it and record it in ${nextAuditFile(ev)}.`,
    ),
    extra: { ...where, pointsLost: 15 },
  };
}

function noAudit(ev: Evidence) {
  const older = ev.audits.filter((a) => auditDone(a.data, ev.asOf));
  const last = older[older.length - 1];
  return last
    ? text(
        `không có cuộc đánh giá nội bộ nào trong 12 tháng đến ${vnDate(ev.asOf)} (lần gần nhất: ${last.data.id} ngày ${vnDate(last.data.date)})`,
        `no internal audit in the 12 months to ${ev.asOf} (last: ${last.data.id} on ${last.data.date})`,
      )
    : text('chưa có cuộc đánh giá nội bộ nào', 'no internal audit yet');
}
