import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS014',
  alias: 'form-listed',
  clause: '4.2.3',
  severity: 'error',
  title: text(
    'Biểu mẫu nêu ở bước và thành phần hồ sơ có trong danh mục biểu mẫu',
    'Forms named by steps and dossier items are listed',
  ),
  description: text(
    'Mỗi mã biểu mẫu mà một bước (steps[].forms) hoặc một thành phần hồ sơ (dossier[].form) nhắc tới phải có trong mục 6 "Biểu mẫu" (forms) của cùng quy trình, để biểu mẫu được kiểm soát và ban hành cùng quy trình.',
    'Every form code a step (steps[].forms) or a dossier item (dossier[].form) names must be in section 6 "Forms" (forms) of the same procedure, so that the form is controlled and issued with it.',
  ),
  hint: text(
    'Thêm biểu mẫu vào mục forms hoặc sửa mã biểu mẫu ở bước.',
    'Add the form to forms, or fix the code where it is used.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    const listed = new Set((data.forms ?? []).map((f) => f.code));
    const missing = (code: string, path: string) =>
      report({
        file: file.relPath,
        path,
        message: text(
          `biểu mẫu "${code}" không có trong danh mục biểu mẫu (forms) của ${data.code}`,
          `form "${code}" is not listed in the forms of ${data.code}`,
        ),
      });
    data.steps.forEach((step, i) =>
      (step.forms ?? []).forEach((code, j) => {
        if (!listed.has(code)) missing(code, `/steps/${i}/forms/${j}`);
      }),
    );
    (data.dossier ?? []).forEach((item, i) => {
      if (item.form && !listed.has(item.form)) missing(item.form, `/dossier/${i}/form`);
    });
  },
});
