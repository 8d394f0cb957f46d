import { escapeForDisplay, text } from '../../text.js';
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
    'Ký tự độ rộng bằng 0 (U+200B…U+200D, U+2060, U+FEFF giữa tệp), dấu gạch mềm (U+00AD) và ký tự điều khiển chiều viết (U+202A…U+202E, U+2066…U+2069) không nhìn thấy được nhưng làm nội dung hiển thị khác với nội dung thật, gây nhầm lẫn khi xem xét, tìm kiếm. Giá trị được kiểm tra sau khi đọc, nên cả ký tự viết dạng thoát YAML như "\\u202E" cũng bị phát hiện; ký tự nối độ rộng 0 bên trong một chuỗi emoji (👨‍👩‍👧) không phải là lỗi. Trong tên khóa chúng là lỗi cú pháp (QMS002); trong nội dung văn bản là cảnh báo.',
    'Zero-width characters (U+200B…U+200D, U+2060, U+FEFF inside a file), soft hyphens (U+00AD) and bidi controls (U+202A…U+202E, U+2066…U+2069) are invisible yet make text display differently from what it is, misleading reviewers and breaking search. The value as read is checked, so a YAML escape such as "\\u202E" is found too; a zero-width joiner inside an emoji sequence (👨‍👩‍👧) is not a finding. In keys they are a YAML error (QMS002); in text, a warning.',
  ),
  hint: text(
    'Xóa ký tự ẩn (thường do sao chép từ web hoặc Word); gõ lại đoạn văn bản nếu cần.',
    'Delete the invisible character (often pasted from the web or Word); retype the text if needed.',
  ),
  checkFile({ file, report }) {
    const source = file.text;
    if (!source || file.data === undefined) return;
    // Cheap gate: the character itself, or a YAML escape that could stand for it ("\u202E", "\xAD").
    if (file.special === false && !ESCAPE.test(source)) return;
    let n = 0;
    walkStrings(file.data, '', (pointer, value) => {
      for (const m of value.matchAll(INVISIBLE)) {
        if (isEmojiJoiner(value, m.index ?? 0)) continue;
        if (++n > MAX_PER_FILE) return false;
        const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        report({
          file: file.relPath,
          path: pointer,
          message: text(
            `có ký tự ẩn ${escapeForDisplay(m[0])} (U+${code}) ở ký tự thứ ${charIndex(value, m.index ?? 0)} của giá trị`,
            `invisible character ${escapeForDisplay(m[0])} (U+${code}) at character ${charIndex(value, m.index ?? 0)} of the value`,
          ),
        });
      }
      return true;
    });
  },
});

/** A YAML double-quoted escape that can produce an invisible character. */
const ESCAPE = /\\(?:[uU]|x[aA][dD])/;

/** U+200D inside an emoji sequence (👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍🔧) joins pictographs: that is what it is for. */
// eslint-disable-next-line no-misleading-character-class -- emoji modifiers after a pictograph are what this matches
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
function isEmojiJoiner(value: string, index: number): boolean {
  return (
    value[index] === '\u200d' &&
    EMOJI_BEFORE.test(value.slice(Math.max(0, index - 4), index)) &&
    EMOJI_AFTER.test(value.slice(index + 1, index + 3))
  );
}

/** 1-based position in code points, as a person counts characters. */
function charIndex(value: string, index: number): number {
  return [...value.slice(0, index)].length + 1;
}

/** Every string value with its JSON Pointer; the visitor returns false to stop. */
function walkStrings(value: unknown, pointer: string, visit: (pointer: string, value: string) => boolean): boolean {
  if (typeof value === 'string') return visit(pointer, value);
  if (Array.isArray(value)) return value.every((item, i) => walkStrings(item, `${pointer}/${i}`, visit));
  if (value && typeof value === 'object') {
    return Object.entries(value).every(([key, item]) =>
      walkStrings(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit),
    );
  }
  return true;
}
