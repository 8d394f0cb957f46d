import { text } from '../../text.js';
import { check, gapOf, listCut, type Gap, type StageRule } from '../check.js';
import { vnDate } from '../../dates/dates.js';
import type { StageId } from '../types.js';
import type { Evidence } from '../evidence.js';
import { unverified } from '../regime.js';
import { targetState } from './target.js';

/** What maintenance asks for, each answered by an earlier stage still being met now. */
const KEPT: Array<[id: string, stage: StageId, clause: string, vi: string, en: string]> = [
  [
    'maintain-documents',
    'documents',
    '4.2.3',
    'tài liệu đủ, hợp lệ, cập nhật khi văn bản pháp luật thay đổi',
    'documents complete, valid, updated when the law changes',
  ],
  [
    'maintain-audit',
    'audit',
    '8.2.2',
    'đánh giá nội bộ hằng năm toàn bộ hệ thống',
    'yearly internal audit of the whole system',
  ],
  ['maintain-review', 'review', '5.6.1', 'xem xét của lãnh đạo hằng năm', 'yearly management review'],
  ['maintain-actions', 'corrective', '8.5.2', 'khắc phục xong các điểm không phù hợp', 'nonconformities closed'],
  [
    'maintain-target',
    'target',
    '4.1',
    'giấy chứng nhận còn hiệu lực / QĐ công bố đã gửi',
    'certificate current / announcement sent',
  ],
];

/**
 * Stage 9, once certified or announced: the yearly audit and review, the certificate or announcement
 * current, documents updated when their legal basis is superseded. Its gaps are those of the stages
 * it refers to; its own is a scope grown since the announcement (re-announce).
 */
export const maintenance: StageRule = {
  id: 'maintenance',
  evaluate(ev, earlier) {
    const state = targetState(ev);
    if (!state.achieved && !state.lapsed) return { checks: [], gaps: [], applicable: false };
    const checks = KEPT.map(([id, stage, clause, vi, en]) => {
      const result = earlier.get(stage)!;
      const n = result.order;
      return check({
        id,
        clause,
        max: 0,
        passed: result.met,
        evidence: text(
          `${vi}: ${result.met ? 'đạt' : 'chưa đạt'} (bước ${n})`,
          `${en}: ${result.met ? 'met' : 'not met'} (stage ${n})`,
        ),
      });
    });
    const gaps: Gap[] = [];
    const a = state.announcement;
    if (a) {
      const added = ev.procedures
        .filter((p) => {
          const first = p.data ? (p.data.revisions.map((r) => r.date).sort()[0] ?? p.data.effectiveDate) : undefined;
          return first !== undefined && first > a.date && first <= ev.asOf;
        })
        .map((p) => p.code);
      if (added.length > 0) {
        const list = listCut(added);
        gaps.push({
          code: 'scope-announced',
          severity: 'advice',
          file: 'qms.yaml',
          path: '/milestones/announcements',
          pointsLost: 0,
          message: text(
            `${added.length} quy trình ban hành sau QĐ công bố ngày ${vnDate(a.date)}: ${list.vi}`,
            `${added.length} procedure(s) issued after the announcement of ${a.date}: ${list.en}`,
          ),
          action: text(
            'Công bố lại HTQLCL khi mở rộng, điều chỉnh phạm vi (QĐ 19/2014); gửi Sở KH&CN và ghi vào milestones.announcements (reason: extended).',
            'Announce again when the scope grows (QĐ 19/2014); send it to Sở KH&CN and record it in milestones.announcements (reason: extended).',
          ),
        });
      }
    }
    const report = yearlyReport(ev, gaps);
    return { checks: report ? [...checks, report] : checks, gaps };
  },
};

/**
 * The yearly report to the Sở KH&CN (regimes.yaml `yearlyReport`: from 01/12/2014, due by the end of
 * November): the report on the last year whose due day has passed. Required once in maintenance.
 */
function yearlyReport(ev: Evidence, gaps: Gap[]) {
  const rule = ev.regime.yearlyReport;
  if (!rule) return undefined;
  let year = Number(ev.asOf.slice(0, 4));
  if (`${year}-${rule.dueMonthDay}` >= ev.asOf) year--;
  const due = `${year}-${rule.dueMonthDay}`;
  if (due < rule.from) return undefined;
  const report = (ev.milestones.reports ?? []).find((r) => r.year === year);
  const warn = unverified(ev.regime, 'yearlyReport.dueMonthDay') ? '⚠ ' : '';
  const c = check({
    id: 'yearly-report',
    clause: '5.6.1',
    max: 0,
    passed: Boolean(report),
    file: 'qms.yaml',
    path: '/milestones/reports',
    evidence: report
      ? text(
          `báo cáo năm ${year} số ${report.number} ngày ${vnDate(report.date)}${report.sentTo ? ` gửi ${report.sentTo}` : ''}`,
          `report for ${year}, ${report.number} of ${report.date}${report.sentTo ? ` to ${report.sentTo}` : ''}`,
        )
      : text(
          `chưa có báo cáo năm ${year} về tình hình áp dụng HTQLCL gửi Sở KH&CN (${warn}hạn ${vnDate(due)})`,
          `no ${year} report on the QMS to the Sở KH&CN (${warn}due ${due})`,
        ),
  });
  if (!report) {
    gaps.push(
      gapOf(
        c,
        c.evidence,
        text(
          `Lập báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến HTQLCL năm ${year} (TT 26/2014/TT-BKHCN), gửi Sở Khoa học và Công nghệ; ghi vào milestones.reports (year, number, date, sentTo).`,
          `Write the ${year} report on building, applying, maintaining and improving the QMS (TT 26/2014/TT-BKHCN) and send it to the Sở KH&CN; record it in milestones.reports (year, number, date, sentTo).`,
        ),
      ),
    );
  }
  return c;
}
