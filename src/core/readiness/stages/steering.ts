import { text } from '../../text.js';
import type { Decision } from '../../unit/types.js';
import { check, gapOf, type StageRule } from '../check.js';
import { maxDate, vnDate } from '../dates.js';

/** A decision counts once it is dated on or before asOf. */
export function decided(decision: Decision | undefined, asOf: string): Decision | undefined {
  return decision && decision.date <= asOf ? decision : undefined;
}

/** Stage 1: the ISO steering committee (or ISO team) and the management representative are appointed. */
export const steering: StageRule = {
  id: 'steering',
  evaluate(ev) {
    const committee = decided(ev.milestones.steeringCommittee, ev.asOf);
    const representative = decided(ev.milestones.managementRepresentative, ev.asOf);
    const c1 = check({
      id: 'steering-committee',
      clause: '5.1',
      max: 5,
      passed: Boolean(committee),
      file: 'qms.yaml',
      path: '/milestones/steeringCommittee',
      evidence: committee
        ? text(
            `QĐ thành lập Ban chỉ đạo ISO số ${committee.number} ngày ${vnDate(committee.date)}`,
            `Steering committee decision ${committee.number} of ${committee.date}`,
          )
        : text(
            'chưa có quyết định thành lập Ban chỉ đạo ISO / Tổ ISO',
            'no decision setting up the ISO steering committee / ISO team',
          ),
    });
    const c2 = check({
      id: 'management-representative',
      clause: '5.5.2',
      max: 5,
      passed: Boolean(representative),
      file: 'qms.yaml',
      path: '/milestones/managementRepresentative',
      evidence: representative
        ? text(
            `QĐ cử Đại diện lãnh đạo số ${representative.number} ngày ${vnDate(representative.date)}`,
            `Management representative appointed by ${representative.number} of ${representative.date}`,
          )
        : text(
            'chưa có quyết định cử Đại diện lãnh đạo về chất lượng',
            'no decision appointing the management representative',
          ),
    });
    const gaps = [];
    if (!c1.passed) {
      gaps.push(
        gapOf(
          c1,
          c1.evidence,
          text(
            'Trình người đứng đầu ký quyết định thành lập Ban chỉ đạo ISO (hoặc Tổ ISO); ghi vào qms.yaml dạng milestones.steeringCommittee: { number: 15/QĐ-UBND, date: YYYY-MM-DD } (mẫu đã chú thích ở cuối qms.yaml).',
            'Have the head of the unit sign the decision setting up the ISO steering committee (or ISO team); record it in qms.yaml as milestones.steeringCommittee: { number: 15/QĐ-UBND, date: YYYY-MM-DD } (a commented template is at the end of qms.yaml).',
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
            'Ban hành quyết định cử Đại diện lãnh đạo về chất lượng (thường là một cấp phó); ghi vào qms.yaml dạng milestones.managementRepresentative: { number: …/QĐ-UBND, date: YYYY-MM-DD } (mẫu đã chú thích ở cuối qms.yaml).',
            'Issue the decision appointing the management representative (usually a deputy head); record it in qms.yaml as milestones.managementRepresentative: { number: …/QĐ-UBND, date: YYYY-MM-DD } (a commented template is at the end of qms.yaml).',
          ),
        ),
      );
    }
    return {
      checks: [c1, c2],
      gaps,
      date: c1.passed && c2.passed ? maxDate([committee!.date, representative!.date]) : undefined,
    };
  },
};
