import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule, keep } from '../rule.js';

export default defineRule({
  id: 'QMS013',
  alias: 'form-code-unique',
  clause: '4.2.3',
  severity: 'error',
  title: text('Mã biểu mẫu không trùng nhau', 'Form codes are unique'),
  description: text(
    'Mỗi biểu mẫu có một mã riêng trong toàn đơn vị: một quy trình không liệt kê hai biểu mẫu cùng mã, và hai quy trình không dùng cùng một mã cho hai biểu mẫu (mã biểu mẫu gắn với quy trình, ví dụ BM-HT-01-02 là biểu mẫu số 2 của QT-HT-01). So sánh sau chuẩn hóa NFC, không phân biệt chữ hoa, chữ thường.',
    'Each form has its own code across the unit: a procedure does not list two forms with one code, and two procedures do not use one code for two forms (form codes are bound to their procedure: BM-HT-01-02 is form 2 of QT-HT-01). Compared after NFC, ignoring case.',
  ),
  hint: text('Đánh lại số biểu mẫu theo mã quy trình.', "Renumber the form after its procedure's code."),
  collect() {
    // The procedure that first used each form code (NFC, upper case), in path order: codes only, copied.
    const seen = new Map<string, string>();
    return {
      file({ unit, file, report }) {
        const data = procedureOf(file, unit.asOf);
        if (!data) return;
        const local = new Set<string>();
        (data.forms ?? []).forEach((form, i) => {
          const key = form.code.normalize('NFC').toUpperCase();
          if (local.has(key)) {
            report({
              file: file.relPath,
              path: `/forms/${i}/code`,
              message: text(
                `mã biểu mẫu "${form.code}" bị lặp trong quy trình`,
                `form code "${form.code}" is listed twice in the procedure`,
              ),
            });
            return;
          }
          local.add(key);
          const other = seen.get(key);
          if (other) {
            report({
              file: file.relPath,
              path: `/forms/${i}/code`,
              message: text(
                `mã biểu mẫu "${form.code}" đã dùng trong ${other}`,
                `form code "${form.code}" is already used in ${other}`,
              ),
            });
          } else {
            seen.set(keep(key), file.relPath);
          }
        });
      },
    };
  },
});
