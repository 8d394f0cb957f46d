import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

const FIELDS = [
  ['keeper', 'nơi lưu (vai trò)', 'keeper'],
  ['retention', 'thời gian lưu', 'retention'],
  ['medium', 'hình thức lưu', 'medium'],
] as const;

export default defineRule({
  id: 'QMS019',
  alias: 'record-complete',
  clause: '4.2.4',
  severity: 'error',
  title: text(
    'Mỗi hồ sơ có nơi lưu, thời gian lưu và hình thức lưu',
    'Every record has a keeper, a retention and a medium',
  ),
  description: text(
    'Điều 4.2.4 yêu cầu kiểm soát hồ sơ: nhận biết, bảo quản, bảo vệ, sử dụng, thời gian lưu giữ và hủy bỏ. Mỗi hồ sơ trong mục 7 "Hồ sơ cần lưu" phải ghi vai trò lưu giữ (keeper), thời gian lưu (retention: số năm hoặc permanent) và hình thức lưu (medium: paper, electronic, both).',
    'Clause 4.2.4 requires records to be controlled: identified, stored, protected, retrieved, retained and disposed of. Each record in section 7 "Records" must give the keeper role (keeper), the retention (retention: years, or permanent) and the medium (medium: paper, electronic, both).',
  ),
  hint: text('Bổ sung keeper, retention và medium cho hồ sơ.', 'Add keeper, retention and medium to the record.'),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    (data.records ?? []).forEach((record, i) => {
      const missing = FIELDS.filter(([key]) => record[key] === undefined);
      if (missing.length === 0) return;
      report({
        file: file.relPath,
        path: `/records/${i}`,
        message: text(
          `hồ sơ "${record.name}" thiếu ${missing.map((m) => m[1]).join(', ')}`,
          `record "${record.name}" has no ${missing.map((m) => m[2]).join(', ')}`,
        ),
      });
    });
  },
});
