import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS018',
  alias: 'step-time-present',
  clause: '7.5.1',
  severity: 'warning',
  title: text('Mỗi bước của quy trình TTHC có thời gian thực hiện', 'Each step of a TTHC procedure has a time'),
  description: text(
    'Quy trình có thời hạn giải quyết (processingTime) phải phân bổ thời gian cho từng bước (steps[].time) để người thực hiện biết hạn của mình và để kiểm tra tổng thời gian (QMS017).',
    'A procedure with a legal processing time (processingTime) must give each step a time (steps[].time), so that each person knows their deadline and the total can be checked (QMS017).',
  ),
  hint: text(
    'Ghi time: { value: 0.5, unit: working_day } (hoặc hour) cho bước.',
    'Add time: { value: 0.5, unit: working_day } (or hour) to the step.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    if (!data.processingTime) return;
    data.steps.forEach((step, i) => {
      if (!step.time)
        report({
          file: file.relPath,
          path: `/steps/${i}`,
          message: text(`bước ${i + 1} chưa có thời gian thực hiện`, `step ${i + 1} has no time`),
        });
    });
  },
});
