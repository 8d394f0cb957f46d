import { text } from '../../text.js';
import { check, round1, type Gap, type StageRule } from '../check.js';
import { maxDate, vnDate } from '../../dates/dates.js';
import { auditDone } from '../evidence.js';
import type { Evidence } from '../evidence.js';
import type { Audit } from '../types.js';
import { currentAudits } from './audit.js';

type Finding = Audit['findings'][number];

/** Closed by asOf, and its corrective action verified effective by asOf. */
export function resolved(f: Finding, asOf: string): boolean {
  return Boolean(
    f.closed && f.closed <= asOf && f.verification && f.verification.date <= asOf && f.verification.effective !== false,
  );
}

const GRADE: Record<string, [string, string]> = { major: ['nặng', 'major'], minor: ['nhẹ', 'minor'] };

/**
 * Stage 7: every nonconformity found by an internal audit up to asOf is closed, with its corrective
 * action verified effective (8.5.2). Observations need no action.
 */
export const corrective: StageRule = {
  id: 'corrective',
  evaluate(ev) {
    const audits = ev.audits.filter((a) => auditDone(a.data, ev.asOf));
    const ncs = audits
      .flatMap((a) => a.data.findings.map((f, i) => ({ audit: a, f, i })))
      .filter(({ f }) => f.grade === 'major' || f.grade === 'minor');
    // Major nonconformities first: they are listed (and so ranked) before minor ones.
    const open = ncs
      .filter(({ f }) => !resolved(f, ev.asOf))
      .sort((a, b) => (a.f.grade === b.f.grade ? 0 : a.f.grade === 'major' ? -1 : 1));
    const hasAudit = currentAudits(ev).length > 0;
    const c = check({
      id: 'nc-closed',
      clause: '8.5.2',
      max: 10,
      passed: hasAudit && open.length === 0,
      points: !hasAudit ? 0 : ncs.length === 0 ? 10 : 10 * (1 - open.length / ncs.length),
      evidence:
        !hasAudit && ncs.length === 0
          ? text('chờ cuộc đánh giá nội bộ (bước 5)', 'waiting for the internal audit (stage 5)')
          : text(
              `${ncs.length - open.length}/${ncs.length} điểm không phù hợp đã đóng và được xác nhận hiệu lực`,
              `${ncs.length - open.length} of ${ncs.length} nonconformities closed and verified effective`,
            ),
    });
    const gaps: Gap[] = open.map(({ audit, f, i }) => {
      const overdue = f.due !== undefined && f.due < ev.asOf;
      const grade = GRADE[f.grade];
      const where = [f.clause, f.procedure].filter(Boolean).join(', ');
      const state =
        !f.closed || f.closed > ev.asOf
          ? text(
              `chưa đóng${f.due ? `, hạn ${vnDate(f.due)}${overdue ? ' (quá hạn)' : ''}` : ''}`,
              `open${f.due ? `, due ${f.due}${overdue ? ' (overdue)' : ''}` : ''}`,
            )
          : f.verification?.effective === false
            ? text(
                'hành động khắc phục được xác nhận là không hiệu lực',
                'the corrective action was found not effective',
              )
            : text(
                `đã đóng ngày ${vnDate(f.closed)} nhưng chưa kiểm tra xác nhận hiệu lực`,
                `closed on ${f.closed} but not verified`,
              );
      const action =
        !f.closed || f.closed > ev.asOf
          ? text(
              'Thực hiện sửa chữa và hành động khắc phục, rồi ghi closed và verification (người, ngày, kết quả kiểm tra hiệu lực).',
              'Carry out the correction and corrective action, then record closed and verification (who, when, result).',
            )
          : f.verification?.effective === false
            ? text(
                'Xác định lại nguyên nhân gốc, thực hiện hành động khắc phục mới và kiểm tra lại hiệu lực.',
                'Find the root cause again, take a new corrective action and verify it again.',
              )
            : text(
                'Kiểm tra xác nhận hiệu lực của hành động khắc phục; ghi verification (date, by, result, effective).',
                'Verify the corrective action is effective; record verification (date, by, result, effective).',
              );
      return {
        code: 'nc-closed',
        severity: 'blocker' as const,
        file: audit.file,
        path: `/findings/${i}`,
        pointsLost: round1(10 / ncs.length),
        message: text(
          `${audit.data.id} ${f.id} (lỗi ${grade[0]}, ${where}) ${state.vi}`,
          `${audit.data.id} ${f.id} (${grade[1]}, ${where}) ${state.en}`,
        ),
        action,
      };
    });
    const inspection = inspectionFindings(ev, gaps);
    const closedDates = ncs.map(({ f }) => f.verification?.date);
    return {
      checks: inspection ? [c, inspection] : [c],
      gaps,
      date:
        c.passed && (!inspection || inspection.passed)
          ? maxDate([...closedDates, ...currentAudits(ev).map((a) => a.data.endDate ?? a.data.date)])
          : undefined,
    };
  },
};

/** Findings of inspections by the competent body (milestones.inspections) close like internal ones. */
function inspectionFindings(ev: Evidence, gaps: Gap[]) {
  const inspections = ev.milestones.inspections ?? [];
  const all = inspections.flatMap((ins, i) => ins.findings.map((f, j) => ({ ins, i, f, j })));
  if (all.length === 0) return undefined;
  const open = all.filter(({ f }) => !f.closed);
  const c = check({
    id: 'inspection-findings',
    clause: '8.5.2',
    max: 0,
    passed: open.length === 0,
    file: 'qms.yaml',
    path: '/milestones/inspections',
    evidence: text(
      `${all.length - open.length}/${all.length} tồn tại của các đoàn kiểm tra đã khắc phục`,
      `${all.length - open.length} of ${all.length} inspection findings closed`,
    ),
  });
  for (const { ins, i, f, j } of open) {
    const overdue = f.due !== undefined && f.due < ev.asOf;
    gaps.push({
      code: 'inspection-findings',
      severity: 'blocker',
      file: 'qms.yaml',
      path: `/milestones/inspections/${i}/findings/${j}`,
      pointsLost: 0,
      message: text(
        `kiểm tra của ${ins.body} ngày ${vnDate(ins.date)}: ${f.id} chưa khắc phục${f.due ? `, hạn ${vnDate(f.due)}${overdue ? ' (quá hạn)' : ''}` : ''}`,
        `inspection by ${ins.body} of ${ins.date}: ${f.id} open${f.due ? `, due ${f.due}${overdue ? ' (overdue)' : ''}` : ''}`,
      ),
      action: text(
        'Khắc phục tồn tại theo kết luận kiểm tra, báo cáo cơ quan kiểm tra; ghi closed và action của phát hiện.',
        "Correct the finding as the inspection's conclusion asks and report back; record the finding's closed and action.",
      ),
    });
  }
  return c;
}
