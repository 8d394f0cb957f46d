import { generatorOf } from '../../standard/generated-forms.js';
import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS050',
  alias: 'form-without-document',
  clause: '4.2.3',
  severity: 'info',
  title: text('Mỗi biểu mẫu của quy trình có văn bản mẫu', 'Every form of a procedure has a document behind it'),
  description: text(
    'Một biểu mẫu ở mục 6 "Biểu mẫu" (forms) của quy trình phải có văn bản mẫu thật: hoặc qms tạo được nó (các danh mục, phiếu yêu cầu và sổ theo dõi hành động khắc phục, thông báo, báo cáo và biên bản họp xem xét của lãnh đạo, báo cáo đánh giá nội bộ — qms build; chương trình đánh giá — qms audit plan; phiếu ghi chép đánh giá — qms checklist), hoặc nguồn của mẫu được ghi ở source (văn bản quy định mẫu, ví dụ mẫu hộ tịch của Bộ Tư pháp, hoặc tệp mẫu do đơn vị ban hành). Một mã biểu mẫu không có gì phía sau thì cán bộ không biết dùng mẫu nào.',
    'A form in section 6 "Forms" (forms) of a procedure must have a real document behind it: either qms makes it (the registers, corrective-action requests and log, management-review notice, report and minutes, internal-audit report — qms build; the audit programme — qms audit plan; the audit checklist — qms checklist), or its source names where the form comes from (the instrument that prescribes it, e.g. the Ministry of Justice civil-status forms, or the template the unit issued). A form code with nothing behind it leaves officers guessing which form to use.',
  ),
  hint: text(
    'Ghi source: văn bản quy định mẫu, hoặc nơi lưu tệp mẫu của đơn vị.',
    'Fill in source: the instrument that prescribes the form, or where the unit keeps its template.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    (data.forms ?? []).forEach((form, i) => {
      if (form.source || generatorOf(form.title)) return;
      report({
        file: file.relPath,
        path: `/forms/${i}`,
        message: text(
          `biểu mẫu ${form.code} "${form.title}" chưa có văn bản mẫu: qms không tạo mẫu này và chưa ghi nguồn (source)`,
          `form ${form.code} "${form.title}" has no document behind it: qms does not make it and no source is given`,
        ),
      });
    });
  },
});
