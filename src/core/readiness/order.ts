import { text, type Text } from '../text.js';
import { vnDate } from '../dates/dates.js';
import type { Dated, Evidence } from './evidence.js';
import type { Audit, Review } from './types.js';

/**
 * The order QĐ 19/2014 sets (and the certification regime set before it): documents → application →
 * internal audit and management review → announcement (or the certification audit). A step's evidence
 * counts only when the evidence it depends on is dated before it. What is out of order is told with
 * both dates and both files.
 */
export interface OrderProblem {
  code: string;
  message: Text;
  action: Text;
  file: string;
  path?: string;
  files: string[];
}

/** The audits done by `date`, and the reviews held by `date` after the last of those audits. */
export function evidenceBefore(ev: Evidence, date: string): { audit?: Dated<Audit>; review?: Dated<Review> } {
  const audits = ev.audits.filter((a) => (a.data.endDate ?? a.data.date) <= date);
  const audit = audits[audits.length - 1];
  const review = audit
    ? ev.reviews.filter((r) => r.data.date <= date && r.data.date >= (audit.data.endDate ?? audit.data.date)).pop()
    : undefined;
  return { audit, review };
}

/**
 * A record of the target (an announcement, or a certificate's certification audit) dated `date` in
 * `file`/`path`: the problems with what came before it, none when the order holds.
 */
export function targetOrder(
  ev: Evidence,
  what: { date: string; label: Text; file: string; path: string; redo: Text },
): OrderProblem | undefined {
  const { audit, review } = evidenceBefore(ev, what.date);
  const where = `${what.file} ${what.path}`;
  if (!audit) {
    const next = ev.audits.find((a) => (a.data.endDate ?? a.data.date) > what.date);
    return {
      code: 'target-order',
      file: what.file,
      path: what.path,
      files: [what.file, ...(next ? [next.file] : [])],
      message: next
        ? text(
            `${what.label.vi} ngày ${vnDate(what.date)} (${where}) có trước cuộc đánh giá nội bộ ${next.data.id} ngày ${vnDate(next.data.date)} (${next.file})`,
            `${what.label.en} of ${what.date} (${where}) came before internal audit ${next.data.id} of ${next.data.date} (${next.file})`,
          )
        : text(
            `${what.label.vi} ngày ${vnDate(what.date)} (${where}) không có cuộc đánh giá nội bộ nào trước đó`,
            `${what.label.en} of ${what.date} (${where}) has no internal audit before it`,
          ),
      action: what.redo,
    };
  }
  if (!review) {
    const auditEnd = audit.data.endDate ?? audit.data.date;
    const next = ev.reviews.find((r) => r.data.date >= auditEnd && r.data.date > what.date);
    return {
      code: 'target-order',
      file: what.file,
      path: what.path,
      files: [what.file, next?.file ?? audit.file],
      message: next
        ? text(
            `${what.label.vi} ngày ${vnDate(what.date)} (${where}) có trước cuộc họp xem xét của lãnh đạo ngày ${vnDate(next.data.date)} (${next.file})`,
            `${what.label.en} of ${what.date} (${where}) came before the management review of ${next.data.date} (${next.file})`,
          )
        : text(
            `${what.label.vi} ngày ${vnDate(what.date)} (${where}) không có cuộc họp xem xét của lãnh đạo nào sau đánh giá nội bộ ${audit.data.id} ngày ${vnDate(audit.data.date)} (${audit.file})`,
            `${what.label.en} of ${what.date} (${where}) has no management review after internal audit ${audit.data.id} of ${audit.data.date} (${audit.file})`,
          ),
      action: what.redo,
    };
  }
  return undefined;
}
