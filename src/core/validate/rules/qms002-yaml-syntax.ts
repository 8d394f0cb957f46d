import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine from the safe YAML loader's problems. */
export default defineRule({
  id: 'QMS002',
  alias: 'yaml-syntax',
  clause: '4.2.3',
  severity: 'error',
  title: text('Cú pháp YAML đúng và an toàn', 'YAML syntax is correct and safe'),
  description: text(
    'Tệp được đọc theo YAML 1.2 (lược đồ core: yes/no là chữ, ngày tháng là chữ), chỉ một tài liệu, không khóa trùng, không neo/bí danh (&, *), không thẻ (!), không chỉ thị (%YAML), không lồng sâu quá 64 cấp, không ký tự điều khiển hay nửa cặp UTF-16 đứng lẻ, không khóa có dấu cách hoặc ký tự ẩn. Một tệp có lỗi cú pháp không được kiểm tra tiếp theo lược đồ và quy tắc. Mã chi tiết: E_YAML_*, E_TAB, E_DUP_KEY, E_ALIAS, E_TAG, E_DIRECTIVE, E_MULTI_DOC, E_TOO_DEEP, E_CTRL_CHAR, E_SURROGATE, E_KEY_WS, E_RESERVED_KEY, E_EMPTY.',
    'Files are read as YAML 1.2 (core schema: yes/no stay text, dates stay text), one document, no duplicate keys, no anchors or aliases (&, *), no tags (!), no directives (%YAML), at most 64 levels deep, no control characters or unpaired surrogates, no keys with spaces or invisible characters. A file with a syntax error is not checked further against its schema and the rules. Finer codes: E_YAML_*, E_TAB, E_DUP_KEY, E_ALIAS, E_TAG, E_DIRECTIVE, E_MULTI_DOC, E_TOO_DEEP, E_CTRL_CHAR, E_SURROGATE, E_KEY_WS, E_RESERVED_KEY, E_EMPTY.',
  ),
  hint: text('Sửa cú pháp YAML tại vị trí được chỉ ra.', 'Fix the YAML at the position shown.'),
});
