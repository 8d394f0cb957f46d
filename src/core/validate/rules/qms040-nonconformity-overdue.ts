import { isNonconformity } from '../../unit/audit-types.js';
import { text } from '../../text.js';
import { auditOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS040',
  alias: 'nonconformity-overdue',
  clause: '8.5.2',
  severity: 'error',
  title: text('Không có điểm không phù hợp còn mở đã quá hạn khắc phục', 'No open nonconformity is past its due date'),
  description: text(
    'Mỗi điểm không phù hợp (grade major hoặc minor) trong audits/<mã>.yaml có thời hạn hoàn thành hành động khắc phục (due). Khi đến ngày kiểm tra (--as-of, mặc định hôm nay) mà điểm không phù hợp vẫn chưa đóng (không có closed) và đã quá thời hạn, hành động khắc phục không được thực hiện đúng hạn như điều 8.5.2 yêu cầu; điểm không phù hợp nặng còn mở còn chặn việc chứng nhận hoặc công bố.',
    'Each nonconformity (grade major or minor) in audits/<id>.yaml has a due date for its corrective action (due). When, on the check date (--as-of, default today), it is still open (no closed date) and past that date, the corrective action was not taken in time as clause 8.5.2 requires; an open major nonconformity also holds up certification or announcement.',
  ),
  hint: text(
    'Hoàn thành hành động khắc phục rồi ghi closed và verification, hoặc được phê duyệt gia hạn và sửa due.',
    'Finish the corrective action and record closed and verification, or get an extension approved and change due.',
  ),
  checkFile({ unit, file, report }) {
    const data = auditOf(file);
    if (data) {
      data.findings.forEach((f, i) => {
        if (!isNonconformity(f) || f.closed || !f.due || f.due >= unit.asOf) return;
        report({
          file: file.relPath,
          path: `/findings/${i}/due`,
          message: text(
            `${f.id} (${f.grade === 'major' ? 'NC nặng' : 'NC nhẹ'}, điều ${f.clause}) chưa đóng và đã quá hạn ${f.due} (ngày kiểm tra ${unit.asOf})`,
            `${f.id} (${f.grade} nonconformity, clause ${f.clause}) is still open and past its due date ${f.due} (checked on ${unit.asOf})`,
          ),
        });
      });
    }
  },
});
