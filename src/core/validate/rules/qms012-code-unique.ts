import { text } from '../../text.js';
import { isRecord } from '../../unit/unit-view.js';
import { defineRule, keep } from '../rule.js';

export default defineRule({
  id: 'QMS012',
  alias: 'code-unique',
  clause: '4.2.3',
  severity: 'error',
  title: text('Mã hiệu tài liệu không trùng nhau trong đơn vị', 'Document codes are unique in the unit'),
  description: text(
    'Mỗi tài liệu (chính sách, sổ tay, mục tiêu, quy trình) có một mã hiệu riêng để nhận biết (điều 4.2.3). Hai mã được coi là trùng khi giống nhau sau khi chuẩn hóa Unicode (NFC) và không phân biệt chữ hoa, chữ thường — vì trên Windows và macOS QT-01.yaml và qt-01.yaml là cùng một tệp.',
    'Each document (policy, manual, objectives, procedures) has its own code to identify it (clause 4.2.3). Two codes clash when they are equal after Unicode NFC normalisation, ignoring case — on Windows and macOS QT-01.yaml and qt-01.yaml are the same file.',
  ),
  hint: text('Đặt mã hiệu khác cho một trong hai tài liệu.', 'Give one of the two documents another code.'),
  collect() {
    // First file of each code (NFC, upper case), in path order: codes only, copied.
    const seen = new Map<string, { file: string; code: string }>();
    return {
      file({ file, report }) {
        if (
          !['policy', 'manual', 'objectives', 'procedure'].includes(file.kind) ||
          !isRecord(file.data) ||
          typeof file.data.code !== 'string'
        )
          return;
        const code = file.data.code;
        const key = keep(code.normalize('NFC').toUpperCase());
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { file: file.relPath, code: keep(code) });
          return;
        }
        const caseOnly = first.code !== code;
        report({
          file: file.relPath,
          path: '/code',
          message: text(
            `mã hiệu "${code}" trùng với ${first.file}${caseOnly ? ` ("${first.code}", chỉ khác chữ hoa/thường)` : ''}`,
            `code "${code}" is also used by ${first.file}${caseOnly ? ` ("${first.code}", differs only in case)` : ''}`,
          ),
        });
      },
    };
  },
});
