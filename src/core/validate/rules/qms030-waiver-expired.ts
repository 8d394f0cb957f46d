import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine when it applies waivers (engine/waivers.ts). */
export default defineRule({
  id: 'QMS030',
  alias: 'waiver-expired',
  clause: '8.3',
  severity: 'warning',
  title: text('Chấp thuận sai lệch còn hạn', 'Waivers have not expired'),
  description: text(
    'qms.yaml có thể ghi các chấp thuận sai lệch (waivers): quy tắc, tệp hoặc đường dẫn, lý do, người phê duyệt, ngày hết hạn. Phát hiện được chấp thuận không bị tính nhưng vẫn xem được với --show-waived. Khi đã quá ngày hết hạn (so với ngày kiểm tra, --as-of), chấp thuận không còn tác dụng: các phát hiện được tính lại và chính chấp thuận hết hạn cũng được báo.',
    'qms.yaml may list waivers: rule, file or path, reason, approver, expiry date. A waived finding is not counted but is listed with --show-waived. Once past its expiry (against the check date, --as-of), a waiver accepts nothing: its findings count again, and the expired waiver is reported too.',
  ),
  hint: text(
    'Khắc phục phát hiện rồi xóa chấp thuận, hoặc xin phê duyệt gia hạn và sửa ngày expires.',
    'Fix the finding and delete the waiver, or get an extension approved and change expires.',
  ),
});
