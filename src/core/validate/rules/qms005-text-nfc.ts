import { text } from '../../text.js';
import { lineColAt, pointerAtOffset } from '../engine/positions.js';
import { defineRule } from '../rule.js';

// eslint-disable-next-line no-misleading-character-class -- combining marks are what this matches
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
// eslint-disable-next-line no-misleading-character-class -- combining marks are what this matches
const COMBINING_ALL = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

export default defineRule({
  id: 'QMS005',
  alias: 'text-nfc',
  clause: '4.2.3',
  severity: 'warning',
  title: text('Văn bản ở dạng Unicode dựng sẵn (NFC)', 'Text is Unicode NFC (precomposed)'),
  description: text(
    'Tiếng Việt có thể được gõ ở dạng dựng sẵn (NFC: "ệ" là một ký tự) hoặc tổ hợp (NFD: "e" + dấu mũ + dấu nặng), thường do sao chép từ macOS hoặc một số bộ gõ. Hai dạng trông giống nhau nhưng làm hỏng tìm kiếm, sắp xếp và so sánh mã, tên. Quy tắc báo vị trí đầu tiên có chữ ở dạng tổ hợp trong mỗi tệp.',
    'Vietnamese can be typed precomposed (NFC: "ệ" is one character) or decomposed (NFD: "e" plus combining marks), often after copying from macOS or some input methods. Both look alike but break search, sorting and comparisons of codes and names. The rule reports the first decomposed character in each file.',
  ),
  hint: text(
    'Chuyển tệp sang Unicode dựng sẵn (NFC), ví dụ trong Unikey: Công cụ → Chuyển mã → Unicode tổ hợp sang Unicode.',
    "Convert the file to NFC, e.g. with Unikey's converter or `uconv -x NFC`.",
  ),
  checkFile({ file, report }) {
    const source = file.text;
    if (!source || file.special === false || !COMBINING.test(source) || source.normalize('NFC') === source) return;
    let first = -1;
    let count = 0;
    for (const m of source.matchAll(COMBINING_ALL)) {
      const start = Math.max(0, (m.index ?? 0) - 1);
      const segment = source.slice(start, (m.index ?? 0) + m[0].length);
      if (segment.normalize('NFC') === segment) continue;
      if (first < 0) first = start;
      count++;
    }
    if (first < 0) return;
    const { line, col } = lineColAt(source, first);
    report({
      file: file.relPath,
      path: file.data === undefined ? '' : pointerAtOffset(file, first),
      line,
      col,
      message: text(
        `chữ ở dạng Unicode tổ hợp (NFD) tại ${count} chỗ trong tệp, chỗ đầu tiên ở đây`,
        `decomposed (NFD) Unicode at ${count} place(s) in the file, the first here`,
      ),
    });
  },
});
