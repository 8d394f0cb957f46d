import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine for YAML files that are not one of the unit's file kinds. */
export default defineRule({
  id: 'QMS004',
  alias: 'unknown-file',
  clause: '4.2.3',
  severity: 'warning',
  title: text('Tệp YAML nằm đúng chỗ của một loại tài liệu', 'YAML file sits where a file kind is expected'),
  description: text(
    'Thư mục đơn vị gồm qms.yaml, .qms-answers.yaml, policy.yaml, manual.yaml và các thư mục procedures/, objectives/, audits/, reviews/. Một tệp YAML khác ở thư mục gốc (ví dụ ghi-chu.yaml hoặc quy-trinh.yaml đặt sai chỗ) không được kiểm tra; thường là tệp đặt nhầm chỗ hoặc gõ sai tên. Tệp trong thư mục con (procedures/cu/QT-01.yaml) hoặc có phần mở rộng viết hoa (QT-01.YAML) cũng không được đọc và được báo ở đây, kể cả khi tệp có lỗi cú pháp.',
    'A unit folder holds qms.yaml, .qms-answers.yaml, policy.yaml, manual.yaml and the folders procedures/, objectives/, audits/, reviews/. Any other YAML file at the top (notes.yaml, or a procedure put in the wrong place) is not checked; it is usually misplaced or misnamed. A file in a sub-folder (procedures/old/QT-01.yaml) or with an upper-case extension (QT-01.YAML) is not read either and is reported here, even when it does not parse.',
  ),
  hint: text(
    'Chuyển tệp vào đúng thư mục (ví dụ procedures/) hoặc đổi phần mở rộng nếu không phải tài liệu HTQLCL.',
    'Move the file to the right folder (e.g. procedures/) or rename it if it is not a QMS document.',
  ),
});
