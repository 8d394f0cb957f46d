import { findMarkers } from '../../merge/conflict-marker.js';
import { text } from '../../text.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS032',
  alias: 'merge-conflict',
  clause: '4.2.3',
  severity: 'error',
  title: text('Không còn khối xung đột của lần cập nhật mô hình', 'No conflict block left by a model update'),
  description: text(
    '`qms model update` ghi một khối chú thích (# <<<<<<< … # >>>>>>>) phía trên trường mà đơn vị và mô hình mới cùng sửa, giống git. Tệp vẫn đọc được, nhưng giá trị đang dùng chưa được ai quyết định: tài liệu chưa được ban hành khi còn khối này.',
    '`qms model update` writes a comment block (# <<<<<<< … # >>>>>>>) above a field that both the unit and the new model changed, as git does. The file still parses, but nobody has decided the value yet: the document is not ready to issue while the block is there.',
  ),
  hint: text(
    'Chọn giá trị đúng (của đơn vị hoặc của mô hình mới), sửa trường ngay dưới khối, rồi xóa cả khối chú thích.',
    "Choose the right value (the unit's or the new model's), set the field just below the block, then delete the whole comment block.",
  ),
  checkFile({ file, report }) {
    if (!file.text || !file.text.includes('<<<<<<<')) return;
    for (const line of findMarkers(file.text)) {
      report({
        file: file.relPath,
        path: '',
        line,
        col: 1,
        message: text(
          'khối xung đột của lần cập nhật mô hình chưa được giải quyết',
          'a conflict block of a model update is not resolved',
        ),
      });
    }
  },
});
