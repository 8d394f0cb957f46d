import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine from the JSON Schema of each file kind (schemas/*.schema.json). */
export default defineRule({
  id: 'QMS003',
  alias: 'schema',
  clause: '4.2.3',
  severity: 'error',
  title: text('Tệp đúng lược đồ (JSON Schema) của loại tài liệu', 'File follows the JSON Schema of its kind'),
  description: text(
    'Mỗi tệp được kiểm tra theo lược đồ của loại tài liệu, xác định theo vị trí tệp: qms.yaml (unit), .qms-answers.yaml (answers), policy.yaml, manual.yaml, objectives/*.yaml, procedures/*.yaml, audits/*.yaml, reviews/*.yaml. Thiếu trường bắt buộc được báo tại mục cha; trường lạ được báo tại tên trường. Giá trị YAML hiểu thành số hoặc true/false trong khi cần chữ (ví dụ version: 1.10) được gợi ý đặt trong ngoặc kép. Mỗi tệp báo tối đa 50 lỗi lược đồ. Các quy tắc nghiệp vụ chỉ xét tệp đúng lược đồ.',
    'Each file is checked against the schema of its kind, known from where it sits: qms.yaml (unit), .qms-answers.yaml (answers), policy.yaml, manual.yaml, objectives/*.yaml, procedures/*.yaml, audits/*.yaml, reviews/*.yaml. A missing field is reported at its parent; an unknown field at its key. A value YAML reads as a number or true/false where text is expected (version: 1.10) gets a "put it in quotes" hint. At most 50 schema errors are reported per file. The domain rules look only at files that follow their schema.',
  ),
  hint: text(
    'Sửa giá trị theo mô tả của trường trong lược đồ (VS Code hiện gợi ý khi di chuột).',
    'Fix the value as the schema describes the field (VS Code shows it on hover).',
  ),
});
