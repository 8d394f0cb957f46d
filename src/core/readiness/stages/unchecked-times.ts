import { isUnverified } from '../../law/time.js';
import { text } from '../../text.js';
import { listCut, type Gap } from '../check.js';
import type { Evidence } from '../evidence.js';

type Procedures = Evidence['procedures'];

/** One advice gap naming every procedure in `unchecked` (none when it is empty). */
function adviceOn(
  unchecked: Procedures,
  gaps: Gap[],
  gap: {
    code: string;
    path: string;
    message: (codes: { vi: string; en: string }) => Gap['message'];
    action: Gap['action'];
  },
): void {
  if (unchecked.length === 0) return;
  gaps.push({
    code: gap.code,
    severity: 'advice',
    file: unchecked[0].file,
    path: gap.path,
    files: unchecked.map((p) => p.file),
    pointsLost: 0,
    message: gap.message(listCut(unchecked.map((p) => p.code))),
    action: gap.action,
  });
}

/**
 * Advice, never a blocker: procedures whose processing time was not checked against the law
 * (`processingTime.verified: false`). Their documents print a caution instead of the legal time; an
 * auditor will ask for the legal time, so the unit checks it (and clears the mark) before certification.
 */
export function uncheckedTimesAdvice(ev: Evidence, gaps: Gap[]): void {
  const unchecked = ev.procedures.filter((p) => isUnverified(p.data?.processingTime));
  adviceOn(unchecked, gaps, {
    code: 'processing-time-unchecked',
    path: '/processingTime/verified',
    message: (codes) =>
      text(
        `${unchecked.length} quy trình có thời hạn giải quyết chưa được đối chiếu với văn bản quy phạm pháp luật (verified: false): ${codes.vi}`,
        `${unchecked.length} procedure(s) have a processing time not checked against the law (verified: false): ${codes.en}`,
      ),
    action: text(
      'Đối chiếu thời hạn của từng quy trình với văn bản tại mục 5.1, sửa nếu khác, xóa dòng verified: false rồi xuất lại tài liệu (qms build) trước khi ban hành hoặc đánh giá chứng nhận.',
      'Check each procedure’s time against the instruments in 5.1, correct it if it differs, delete the verified: false line and rebuild the documents (qms build) before issuing them or the certification audit.',
    ),
  });
}

/**
 * Advice, never a blocker: procedures with sections the model could not check against the law (`unchecked`).
 * Like unchecked times, their documents print a caution to the signer, which an auditor will read.
 */
export function uncheckedContentAdvice(ev: Evidence, gaps: Gap[]): void {
  // ev.procedures are those in force on asOf: one withdrawn later was still applied, and its caution still read.
  const unchecked = ev.procedures.filter((p) => (p.data?.unchecked?.length ?? 0) > 0);
  adviceOn(unchecked, gaps, {
    code: 'content-unchecked',
    path: '/unchecked',
    message: (codes) =>
      text(
        `${unchecked.length} quy trình có mục chưa được đối chiếu với văn bản quy phạm pháp luật (unchecked): ${codes.vi}`,
        `${unchecked.length} procedure(s) have sections not checked against the law (unchecked): ${codes.en}`,
      ),
    action: text(
      'Đối chiếu các mục ghi trong unchecked của từng quy trình với văn bản tại mục 5.1 hoặc bộ TTHC đã công bố, sửa nếu khác, xóa mục khỏi unchecked rồi xuất lại tài liệu (qms build) trước khi ban hành hoặc đánh giá chứng nhận.',
      'Check the sections listed under unchecked in each procedure against the instruments in 5.1 or the published TTHC set, correct them if they differ, remove them from unchecked and rebuild the documents (qms build) before issuing them or the certification audit.',
    ),
  });
}
