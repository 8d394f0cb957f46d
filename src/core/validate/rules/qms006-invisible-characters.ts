import { escapeForDisplay, text } from '../../text.js';
import { lineColAt, pointerAtOffset } from '../engine/positions.js';
import { defineRule } from '../rule.js';

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const MAX_PER_FILE = 10;

export default defineRule({
  id: 'QMS006',
  alias: 'invisible-characters',
  clause: '4.2.3',
  severity: 'warning',
  title: text(
    'Không có ký tự ẩn hoặc ký tự đảo chiều trong văn bản',
    'No invisible or bidi-override characters in text',
  ),
  description: text(
    'Ký tự độ rộng bằng 0 (U+200B…U+200D, U+2060, U+FEFF giữa tệp), dấu gạch mềm (U+00AD) và ký tự điều khiển chiều viết (U+202A…U+202E, U+2066…U+2069) không nhìn thấy được nhưng làm nội dung hiển thị khác với nội dung thật, gây nhầm lẫn khi xem xét, tìm kiếm. Trong tên khóa chúng là lỗi cú pháp (QMS002); trong nội dung văn bản là cảnh báo.',
    'Zero-width characters (U+200B…U+200D, U+2060, U+FEFF inside a file), soft hyphens (U+00AD) and bidi controls (U+202A…U+202E, U+2066…U+2069) are invisible yet make text display differently from what it is, misleading reviewers and breaking search. In keys they are a YAML error (QMS002); in text, a warning.',
  ),
  hint: text(
    'Xóa ký tự ẩn (thường do sao chép từ web hoặc Word); gõ lại đoạn văn bản nếu cần.',
    'Delete the invisible character (often pasted from the web or Word); retype the text if needed.',
  ),
  check({ unit, report }) {
    for (const file of unit.files) {
      const source = file.text;
      if (!source || file.special === false || file.data === undefined) continue;
      let n = 0;
      for (const m of source.matchAll(INVISIBLE)) {
        if (++n > MAX_PER_FILE) break;
        const offset = m.index ?? 0;
        const { line, col } = lineColAt(source, offset);
        report({
          file: file.relPath,
          path: pointerAtOffset(file, offset),
          line,
          col,
          message: text(`có ký tự ẩn ${escapeForDisplay(m[0])}`, `invisible character ${escapeForDisplay(m[0])}`),
        });
      }
    }
  },
});
