import { text } from '../../text.js';
import { check, gapOf, type StageRule } from '../check.js';
import { maxDate, vnDate } from '../dates.js';

/** A course for internal auditors, by its topic (Vietnamese or English wording). */
const AUDITOR_COURSE = /đánh giá (viên )?nội bộ|chuyên gia đánh giá|đánh giá viên|internal audit/iu;

export function isAuditorCourse(topic: string): boolean {
  return AUDITOR_COURSE.test(topic.normalize('NFC'));
}

/** Stage 2: staff trained in TCVN ISO 9001:2008, and internal auditors trained. */
export const training: StageRule = {
  id: 'training',
  evaluate(ev) {
    const courses = (ev.milestones.training ?? []).filter((t) => t.date <= ev.asOf);
    const auditors = courses.filter((t) => isAuditorCourse(t.topic));
    const last = courses[courses.length - 1];
    const c1 = check({
      id: 'training',
      clause: '6.2.2',
      max: 5,
      passed: courses.length > 0,
      file: 'qms.yaml',
      path: '/milestones/training',
      evidence: last
        ? text(
            `${courses.length} khóa đào tạo, gần nhất ngày ${vnDate(last.date)}: ${last.topic}`,
            `${courses.length} course(s), the last on ${last.date}: ${last.topic}`,
          )
        : text('chưa có khóa đào tạo TCVN ISO 9001:2008 nào', 'no TCVN ISO 9001:2008 training yet'),
    });
    const c2 = check({
      id: 'training-auditors',
      clause: '6.2.2',
      max: 5,
      passed: auditors.length > 0,
      file: 'qms.yaml',
      path: '/milestones/training',
      evidence:
        auditors.length > 0
          ? text(
              `đào tạo chuyên gia đánh giá nội bộ ngày ${vnDate(auditors[0].date)}`,
              `internal auditors trained on ${auditors[0].date}`,
            )
          : text('chưa có khóa đào tạo chuyên gia đánh giá nội bộ', 'no internal-auditor course yet'),
    });
    const gaps = [];
    if (!c1.passed) {
      gaps.push(
        gapOf(
          c1,
          c1.evidence,
          text(
            'Tổ chức đào tạo nhận thức chung về TCVN ISO 9001:2008 cho cán bộ, công chức; ghi vào qms.yaml dạng milestones.training: [{ date: YYYY-MM-DD, topic: Nhận thức chung về TCVN ISO 9001:2008, participants: 25 }] (mẫu đã chú thích ở cuối qms.yaml).',
            'Hold an awareness course on TCVN ISO 9001:2008 for all staff; record it in qms.yaml as milestones.training: [{ date: YYYY-MM-DD, topic: …, participants: 25 }] (a commented template is at the end of qms.yaml).',
          ),
        ),
      );
    }
    if (!c2.passed) {
      gaps.push(
        gapOf(
          c2,
          c2.evidence,
          text(
            'Cử công chức dự khóa đào tạo chuyên gia đánh giá nội bộ trước cuộc đánh giá nội bộ; ghi vào milestones.training (nội dung có "đánh giá nội bộ").',
            'Send staff to an internal-auditor course before the internal audit; record it in milestones.training (a topic naming "đánh giá nội bộ").',
          ),
        ),
      );
    }
    return {
      checks: [c1, c2],
      gaps,
      date: c1.passed && c2.passed ? maxDate([courses[0].date, auditors[0].date]) : undefined,
    };
  },
};
