import { text } from '../../text.js';
import { documentOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS021',
  alias: 'approval-dates',
  clause: '4.2.3',
  severity: 'error',
  title: text(
    'Ngày soạn thảo ≤ ngày xem xét ≤ ngày phê duyệt ≤ ngày hiệu lực',
    'Prepared ≤ reviewed ≤ approved ≤ effective date',
  ),
  description: text(
    'Tài liệu được soạn thảo, rồi xem xét, rồi phê duyệt, và chỉ có hiệu lực sau khi được phê duyệt (điều 4.2.3 a). Các ngày ký trong khối phê duyệt và ngày hiệu lực phải theo đúng thứ tự đó (có thể cùng ngày).',
    'A document is prepared, then reviewed, then approved, and takes effect only once approved (clause 4.2.3 a). The dates of the approval block and the effective date must follow that order (the same day is fine).',
  ),
  hint: text(
    'Sửa các ngày ký hoặc ngày hiệu lực cho đúng thứ tự.',
    'Fix the signing dates or the effective date so they are in order.',
  ),
  checkFile({ unit, file, report }) {
    const steps = [
      ['prepared', 'soạn thảo', 'prepared'],
      ['reviewed', 'xem xét', 'reviewed'],
      ['approved', 'phê duyệt', 'approved'],
    ] as const;
    const data = documentOf(file, unit.asOf);
    if (data) {
      const chain = [
        ...steps.map(([key, vi, en]) => ({
          path: `/approval/${key}/date`,
          date: data.approval[key].date,
          vi: `ngày ${vi}`,
          en: `${en} on`,
        })),
        { path: '/effectiveDate', date: data.effectiveDate, vi: 'ngày hiệu lực', en: 'effective on' },
      ];
      for (let i = 1; i < chain.length; i++) {
        const [before, after] = [chain[i - 1], chain[i]];
        if (after.date >= before.date) continue;
        report({
          file: file.relPath,
          path: after.path,
          message: text(
            `${after.vi} ${after.date} sớm hơn ${before.vi} ${before.date}`,
            `${after.en} ${after.date}, before ${before.en} ${before.date}`,
          ),
        });
        break;
      }
    }
  },
});
