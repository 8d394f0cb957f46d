import { isNonconformity } from '../../unit/audit-types.js';
import { text } from '../../text.js';
import { auditOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS041',
  alias: 'closed-without-verification',
  clause: '8.5.2',
  severity: 'error',
  title: text(
    'Điểm không phù hợp chỉ được đóng khi đã kiểm tra xác nhận hiệu lực',
    'A nonconformity is closed only after its effectiveness is verified',
  ),
  description: text(
    'Điều 8.5.2 f yêu cầu xem xét hiệu lực của hành động khắc phục đã thực hiện. Một điểm không phù hợp (major, minor) đã có ngày đóng (closed) phải có verification (ngày, người kiểm tra, kết quả); nếu kết quả kiểm tra ghi effective: false thì hành động chưa có hiệu lực và điểm không phù hợp chưa được đóng. Đây là lỗi "đóng trên giấy" thường gặp.',
    'Clause 8.5.2 f requires the effectiveness of the corrective action taken to be reviewed. A nonconformity (major, minor) with a closing date (closed) must have a verification (date, by whom, result); when the verification says effective: false, the action did not work and the nonconformity may not be closed. This is the common "closed on paper" failure.',
  ),
  hint: text(
    'Ghi verification (date, by, result) sau khi kiểm tra hiệu lực, hoặc xóa closed và tiếp tục khắc phục.',
    'Record verification (date, by, result) once effectiveness is checked, or remove closed and keep working on it.',
  ),
  checkFile({ file, report }) {
    const data = auditOf(file);
    if (data) {
      data.findings.forEach((f, i) => {
        if (!isNonconformity(f) || !f.closed) return;
        if (!f.verification) {
          report({
            file: file.relPath,
            path: `/findings/${i}/closed`,
            message: text(
              `${f.id} (điều ${f.clause}) đã đóng ngày ${f.closed} nhưng không có kiểm tra xác nhận hiệu lực (verification)`,
              `${f.id} (clause ${f.clause}) was closed on ${f.closed} with no verification of effectiveness`,
            ),
          });
        } else if (f.verification.effective === false) {
          report({
            file: file.relPath,
            path: `/findings/${i}/verification/effective`,
            message: text(
              `${f.id} (điều ${f.clause}) đã đóng dù kiểm tra ngày ${f.verification.date} kết luận hành động khắc phục chưa có hiệu lực`,
              `${f.id} (clause ${f.clause}) is closed although the check of ${f.verification.date} found the corrective action not effective`,
            ),
          });
        }
      });
    }
  },
});
