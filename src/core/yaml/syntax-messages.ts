import type { YAMLError } from 'yaml';
import { text, type Text } from '../text.js';

/**
 * The `yaml` parser's errors as an officer typing YAML by hand needs them: in Vietnamese (and
 * English), at the line where the mistake really is, with the hint that fits the mistake. The
 * parser reports a key indented too far as "Nested mappings are not allowed in compact mappings" on
 * the line *above* (it reads the key as the rest of that line's value), and an unclosed quote where
 * the file ends; both are moved to the line to fix.
 */

export interface SyntaxProblem {
  line: number;
  col: number;
  message: Text;
  hint: Text;
}

const INDENT_HINT = text(
  'Sửa thụt lề: các khóa cùng cấp phải thẳng cột (chỉ dùng dấu cách); khóa con thụt vào 2 dấu cách so với khóa cha.',
  'Fix the indentation: keys at the same level must line up (spaces only); a child key is indented 2 spaces more than its parent.',
);
const QUOTE_HINT = text(
  'Đặt cả giá trị trong dấu ngoặc kép, ví dụ: title: "Quy trình: cấp giấy khai sinh".',
  'Put the whole value in double quotes, e.g. title: "Procedure: birth registration".',
);
const GENERIC_HINT = text(
  'Sửa cú pháp YAML tại vị trí này (so với mẫu do qms init tạo).',
  'Fix the YAML syntax at this position (compare with the template qms init writes).',
);

/** One message per error code of yaml 2.x (ErrorCode in yaml/dist/errors.d.ts). */
const MESSAGES: Record<string, [Text, Text?]> = {
  ALIAS_PROPS: [text('bí danh (*…) không được có nhãn (&) hay thẻ (!)', 'an alias (*…) cannot have an anchor or tag')],
  BAD_ALIAS: [text('bí danh (*…) không hợp lệ', 'invalid alias (*…)')],
  BAD_DIRECTIVE: [text('chỉ thị YAML (%…) không hợp lệ', 'invalid YAML directive (%…)')],
  BAD_DQ_ESCAPE: [
    text('chuỗi trong ngoặc kép có dấu \\ không hợp lệ', 'invalid \\ escape in a double-quoted string'),
    text(
      "Viết \\\\ cho một dấu gạch chéo ngược, hoặc dùng ngoặc đơn '…' thay cho ngoặc kép.",
      "Write \\\\ for one backslash, or use single quotes '…' instead.",
    ),
  ],
  BAD_INDENT: [
    text(
      'thụt lề không đúng: các khóa cùng cấp phải bắt đầu ở cùng một cột',
      'wrong indentation: keys at one level must start in the same column',
    ),
    INDENT_HINT,
  ],
  BAD_PROP_ORDER: [text('nhãn (&) và thẻ (!) đặt sai thứ tự', 'anchor (&) and tag (!) in the wrong order')],
  BAD_SCALAR_START: [
    text(
      'giá trị không được bắt đầu bằng ký tự này (@, `, |, >, %, hoặc - ? : đứng riêng)',
      'a value cannot start with this character (@, `, |, >, %, or a lone - ? :)',
    ),
    text('Đặt giá trị trong dấu ngoặc kép "…".', 'Put the value in double quotes.'),
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    text(
      'giá trị có dấu hai chấm và dấu cách (": ") nên bị đọc như một khóa mới',
      'the value contains ": " and is read as a new key',
    ),
    QUOTE_HINT,
  ],
  BLOCK_IN_FLOW: [
    text('nội dung nhiều dòng không được nằm trong [ ] hoặc { }', 'block content cannot be inside [ ] or { }'),
  ],
  DUPLICATE_KEY: [
    text('khóa bị lặp', 'duplicate key'),
    text('Xóa hoặc gộp khóa bị lặp.', 'Delete or merge the duplicated key.'),
  ],
  IMPOSSIBLE: [text('không đọc được cú pháp YAML ở đây', 'the YAML cannot be read here')],
  KEY_OVER_1024_CHARS: [text('khóa dài quá 1024 ký tự', 'a key longer than 1024 characters')],
  MISSING_CHAR: [
    text('thiếu ký tự đóng (ngoặc kép, ngoặc vuông ] hoặc ngoặc nhọn })', 'a closing quote, ] or } is missing'),
    text('Đóng dấu ngoặc kép hoặc ngoặc còn thiếu.', 'Close the missing quote or bracket.'),
  ],
  MULTILINE_IMPLICIT_KEY: [text('khóa phải nằm trọn trên một dòng', 'a key must be on a single line'), INDENT_HINT],
  MULTIPLE_ANCHORS: [text('một nút có hai nhãn (&)', 'a node has two anchors (&)')],
  MULTIPLE_DOCS: [text('mỗi tệp chỉ được có một tài liệu YAML (có dấu ---)', 'one YAML document per file (found ---)')],
  MULTIPLE_TAGS: [text('một nút có hai thẻ (!)', 'a node has two tags (!)')],
  NON_STRING_KEY: [
    text('khóa phải là chữ đơn giản', 'keys must be plain text'),
    text('Khóa phải là chữ đơn giản.', 'Keys must be plain text.'),
  ],
  RESOURCE_EXHAUSTION: [text('tệp quá phức tạp để đọc', 'the file is too complex to read')],
  TAB_AS_INDENT: [
    text('thụt lề bằng phím Tab', 'indented with a tab'),
    text('Dùng dấu cách để thụt lề, không dùng phím Tab.', 'Indent with spaces, not tabs.'),
  ],
  TAG_RESOLVE_FAILED: [text('không được dùng thẻ YAML (!…)', 'YAML tags (!…) are not allowed')],
  UNEXPECTED_TOKEN: [text('ký tự không đúng chỗ', 'a character out of place')],
  BAD_COLLECTION_TYPE: [text('kiểu danh sách hoặc bảng không hợp lệ', 'invalid collection type')],
};

export function describeSyntaxError(
  error: YAMLError,
  source: string,
  pos: { line: number; col: number },
): SyntaxProblem {
  const lines = source.split(/\r?\n/);
  const [message, hint] = MESSAGES[error.code] ?? [text('lỗi cú pháp YAML', 'YAML syntax error')];
  const plain = { line: pos.line, col: pos.col, message, hint: hint ?? GENERIC_HINT };
  const lineText = lines[pos.line - 1] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const rest = lineText.slice(pos.col - 1);
      const noSpace = /^(\s*(?:-\s+)?[^\s:#"'][^:#]*?):(?=[^\s:])/.exec(lineText);
      if (noSpace && error.code === 'MULTILINE_IMPLICIT_KEY') {
        return {
          line: pos.line,
          col: noSpace[1].length + 1,
          message: text('thiếu dấu cách sau dấu hai chấm', 'a space is missing after the colon'),
          hint: text('Thêm dấu cách sau dấu hai chấm: "code: QT-01".', 'Add a space after the colon: "code: QT-01".'),
        };
      }
      if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:(\s|$)/.test(rest)) return plain;
      // Nothing on this line explains it: the next line, indented deeper, was read as part of this value.
      const next = nextContentLine(lines, pos.line);
      if (next === undefined) return plain;
      return {
        line: next,
        col: indentOf(lines[next - 1]) + 1,
        message: text(
          `dòng này thụt lề sâu hơn các khóa cùng cấp nên bị đọc như phần tiếp theo của giá trị ở dòng ${pos.line}`,
          `this line is indented deeper than the keys at its level, so it is read as the rest of the value on line ${pos.line}`,
        ),
        hint: INDENT_HINT,
      };
    }
    case 'BAD_INDENT':
      return { ...plain, col: indentOf(lineText) + 1 };
    case 'MISSING_CHAR': {
      if (!/quote/i.test(error.message)) return plain;
      const open = openingQuote(lines, pos.line);
      return open
        ? {
            ...open,
            message: text('dấu ngoặc kép mở ở đây không được đóng', 'the quote opened here is never closed'),
            hint: text('Thêm dấu ngoặc kép đóng " ở cuối giá trị.', 'Add the closing " at the end of the value.'),
          }
        : plain;
    }
    default:
      return plain;
  }
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

function nextContentLine(lines: string[], after: number): number | undefined {
  for (let i = after; i < lines.length; i++)
    if (lines[i].trim() !== '' && !lines[i].trim().startsWith('#')) return i + 1;
  return undefined;
}

/** The last line before `until` with an odd number of unescaped double quotes: where a quote was opened. */
function openingQuote(lines: string[], until: number): { line: number; col: number } | undefined {
  for (let i = Math.min(until, lines.length) - 1; i >= 0; i--) {
    const quotes = [...lines[i].matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, col: (quotes[quotes.length - 1].index ?? 0) + 1 };
  }
  return undefined;
}
