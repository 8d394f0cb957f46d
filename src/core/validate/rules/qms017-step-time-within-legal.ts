import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';
import { describeHours, describeLegal, durationHours, legalHours, isUnverified } from '../../law/time.js';

export default defineRule({
  id: 'QMS017',
  alias: 'step-time-within-legal',
  clause: '7.5.1',
  severity: 'error',
  title: text(
    'Tổng thời gian các bước không vượt thời hạn giải quyết theo luật định',
    "The steps' times add up within the legal processing time",
  ),
  description: text(
    'Thời gian các bước của quy trình TTHC được cộng lại theo giờ làm việc và so với thời hạn giải quyết (processingTime): 1 ngày làm việc = 8 giờ, nửa ngày = 0,5 ngày = 4 giờ; ngày (day) trong bước và trong thời hạn được tính như ngày làm việc. Với thủ tục giải quyết trong ngày (same_day), quỹ thời gian là từ giờ tiếp nhận cuối (cutoffHour, mặc định 15 giờ) đến 17 giờ, tức 17 − cutoffHour giờ; với thủ tục giải quyết ngay trong buổi làm việc (same_session), quỹ thời gian là 4 giờ. Thời gian gia hạn khi cần xác minh (extension) không được cộng vào. Bước không ghi thời gian không được tính (xem QMS018).',
    'The times of the steps of a TTHC procedure are added in working hours and compared with the legal processing time (processingTime): 1 working day = 8 hours, half a day = 0.5 day = 4 hours; a "day" in a step or in the limit counts as a working day. For a same-day procedure (same_day) the budget runs from the last receiving hour (cutoffHour, default 15:00) to 17:00, i.e. 17 − cutoffHour hours; for a procedure answered within the working session (same_session) it is 4 hours. The extension allowed for verification is not added. Steps without a time are not counted (see QMS018).',
  ),
  hint: text(
    'Rút ngắn thời gian các bước cho vừa thời hạn luật định, hoặc kiểm tra lại đơn vị thời gian (giờ / ngày làm việc).',
    'Shorten the steps to fit the legal time, or check the time units (hours / working days).',
  ),
  checkFile({ unit: scope, file, report }) {
    const data = procedureOf(file, scope.asOf);
    if (!data) return;
    if (!data.processingTime) return;
    const budget = legalHours(data.processingTime);
    const total = data.steps.reduce((sum, s) => sum + (s.time ? durationHours(s.time) : 0), 0);
    if (total <= budget + 1e-9) return;
    // Steps count like the limit: in calendar days when the limit is in calendar days.
    const unit = data.processingTime.unit === 'day' ? 'day' : 'working_day';
    report({
      file: file.relPath,
      path: '/processingTime',
      message: text(
        `tổng thời gian các bước ${describeHours(total, 'vi', unit)} vượt thời hạn giải quyết ${describeLegal(data.processingTime, 'vi')}${isUnverified(data.processingTime) ? ' (thời hạn chưa đối chiếu với văn bản)' : ''}`,
        // An unchecked time (verified: false) is the procedure's, never called the law's.
        `the steps take ${describeHours(total, 'en', unit)} in total, more than the ${isUnverified(data.processingTime) ? 'processing time (not checked against the law)' : 'legal time'} of ${describeLegal(data.processingTime, 'en')}`,
      ),
    });
  },
});
