import { text } from '../../text.js';
import { check, gapOf, type Gap, type StageRule } from '../check.js';
import { addMonths, daysBetween, vnDate } from '../dates.js';
import { applicationStart } from '../evidence.js';

/** How long the QMS must be applied before the certification audit or the announcement. ⚠ consultants' figure (domain.md §1.3). */
export const MIN_APPLICATION_MONTHS = 3;

/**
 * Stage 4: the QMS applied for at least three months. The records themselves (registers, tracking
 * slips, one-stop software) are outside the folder: the internal audit (stage 5) samples them.
 */
export const application: StageRule = {
  id: 'application',
  evaluate(ev) {
    const start = applicationStart(ev);
    const given = ev.milestones.applicationStart;
    const reached = start ? addMonths(start, MIN_APPLICATION_MONTHS) : undefined;
    const days = start ? daysBetween(start, ev.asOf) : 0;
    const needed = start ? daysBetween(start, reached!) : 1;
    const c = check({
      id: 'application-period',
      clause: '7.5.1',
      max: 10,
      passed: Boolean(reached && reached <= ev.asOf),
      points: 10 * Math.min(1, days / needed),
      file: 'qms.yaml',
      path: '/milestones/applicationStart',
      evidence: !start
        ? text(
            'chưa bắt đầu áp dụng (không có milestones.applicationStart)',
            'not applied yet (no milestones.applicationStart)',
          )
        : text(
            `áp dụng từ ${vnDate(start)}: ${days} ngày; đủ ${MIN_APPLICATION_MONTHS} tháng vào ${vnDate(reached!)}`,
            `applied since ${start}: ${days} days; ${MIN_APPLICATION_MONTHS} months on ${reached}`,
          ),
    });
    const gaps: Gap[] = [];
    if (!start) {
      gaps.push(
        gapOf(
          c,
          c.evidence,
          text(
            'Sau khi ban hành tài liệu, áp dụng HTQLCL và ghi ngày bắt đầu vào qms.yaml dạng milestones.applicationStart: YYYY-MM-DD (mẫu đã chú thích ở cuối qms.yaml).',
            'Once the documents are issued, apply the QMS and record the start date in qms.yaml as milestones.applicationStart: YYYY-MM-DD (a commented template is at the end of qms.yaml).',
          ),
        ),
      );
    } else if (!c.passed) {
      gaps.push(
        gapOf(
          c,
          text(`mới áp dụng ${days} ngày (từ ${vnDate(start)})`, `applied for ${days} days only (since ${start})`),
          text(
            `Tiếp tục áp dụng và lưu hồ sơ đến ${vnDate(reached!)} (đủ ${MIN_APPLICATION_MONTHS} tháng) trước khi đánh giá chứng nhận / công bố.`,
            `Keep applying and keeping records until ${reached} (${MIN_APPLICATION_MONTHS} months) before the certification audit / announcement.`,
          ),
        ),
      );
    }
    const issued = ev.milestones.documentsIssued?.date;
    if (given && issued && given < issued && given <= ev.asOf) {
      gaps.push({
        code: 'application-before-issue',
        severity: 'advice',
        file: 'qms.yaml',
        path: '/milestones/applicationStart',
        pointsLost: 0,
        message: text(
          `ngày bắt đầu áp dụng ${vnDate(given)} trước ngày ban hành tài liệu ${vnDate(issued)}`,
          `application start ${given} is before the documents were issued (${issued})`,
        ),
        action: text(
          'Kiểm tra lại hai ngày trong qms.yaml: áp dụng từ ngày tài liệu được ban hành.',
          'Check both dates in qms.yaml: application starts when the documents are issued.',
        ),
      });
    }
    return { checks: [c], gaps, date: c.passed ? reached : undefined };
  },
};
