import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';
import { uncheckedNames } from '../../unit/unchecked.js';

export default defineRule({
  id: 'QMS037',
  alias: 'content-unchecked',
  clause: '4.2.3',
  severity: 'info',
  title: text(
    'Nội dung quy trình chưa được đối chiếu với văn bản pháp luật',
    'Procedure content not yet checked against the law',
  ),
  description: text(
    'Mô hình đánh dấu unchecked những mục của quy trình TTHC mà người soạn mô hình chưa đối chiếu được với nguyên văn văn bản quy phạm pháp luật (thành phần hồ sơ, yêu cầu, điều kiện, các bước…). Tài liệu vẫn được xuất nhưng in dưới mỗi mục đó một lưu ý nhắc người ký đối chiếu trước khi ban hành. Quy tắc báo ở mức thông tin để đơn vị biết việc cần làm; đối chiếu xong thì xóa mục khỏi danh sách unchecked.',
    'The model marks unchecked the sections of a TTHC procedure its authors could not check against the text of the law (dossier, requirements, steps…). The document is still produced, but prints under each such section a caution asking the signer to check it before issuing. The rule reports this at info level so that the unit knows what is left to do; once checked, remove the section from the unchecked list.',
  ),
  hint: text(
    'Đối chiếu từng mục với văn bản tại mục 5.1 (hoặc bộ TTHC đã công bố), sửa nếu khác, rồi xóa mục đó khỏi danh sách unchecked trước khi ban hành.',
    'Check each section against the instruments in 5.1 (or the published TTHC set), correct it if it differs, then remove it from the unchecked list before issuing.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    const sections = data?.unchecked ?? [];
    if (sections.length === 0) return;
    report({
      file: file.relPath,
      path: '/unchecked',
      message: text(
        `các mục ${uncheckedNames(sections, 'vi', true)} chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật; tài liệu in kèm lưu ý nhắc người ký đối chiếu`,
        `sections ${uncheckedNames(sections, 'en', true)} have not been checked against the text of the law; the document prints a caution asking the signer to check them`,
      ),
    });
  },
});
