import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine when it applies waivers (engine/waivers.ts). */
export default defineRule({
  id: 'QMS031',
  alias: 'waiver-unused',
  clause: '8.3',
  severity: 'info',
  title: text('Chấp thuận sai lệch vẫn còn cần thiết', 'Waivers still match a finding'),
  description: text(
    'Một chấp thuận sai lệch còn hạn nhưng không khớp với phát hiện nào (vì đã khắc phục, hoặc ghi sai mã quy tắc, tệp, đường dẫn) nên được xóa để danh sách chấp thuận phản ánh đúng thực tế.',
    'A waiver that has not expired but matches no finding (fixed meanwhile, or a wrong rule, file or path) should be deleted, so that the list of waivers says what is true.',
  ),
  hint: text(
    'Xóa chấp thuận không còn dùng, hoặc sửa rule, file, path cho đúng.',
    'Delete the waiver, or fix its rule, file or path.',
  ),
});
