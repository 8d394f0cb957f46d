import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { defineRule } from '../rule.js';

/** The six documented procedures ISO 9001:2008 requires, by clause. */
export const MANDATORY_PROCEDURES: Array<[clause: string, vi: string, en: string]> = [
  ['4.2.3', 'Kiểm soát tài liệu', 'Control of documents'],
  ['4.2.4', 'Kiểm soát hồ sơ', 'Control of records'],
  ['8.2.2', 'Đánh giá nội bộ', 'Internal audit'],
  ['8.3', 'Kiểm soát sản phẩm không phù hợp', 'Control of nonconforming product'],
  ['8.5.2', 'Hành động khắc phục', 'Corrective action'],
  ['8.5.3', 'Hành động phòng ngừa', 'Preventive action'],
];

export default defineRule({
  id: 'QMS026',
  alias: 'mandatory-documents',
  clause: '4.2.1',
  severity: 'error',
  title: text(
    'Có đủ tài liệu bắt buộc: chính sách, mục tiêu, sổ tay, sáu quy trình',
    'The mandatory documents are present: policy, objectives, manual, six procedures',
  ),
  description: text(
    'Điều 4.2.1 yêu cầu HTQLCL có: chính sách chất lượng (policy.yaml), mục tiêu chất lượng (ít nhất một tệp objectives/<năm>.yaml), sổ tay chất lượng (manual.yaml) và sáu thủ tục dạng văn bản: kiểm soát tài liệu (4.2.3), kiểm soát hồ sơ (4.2.4), đánh giá nội bộ (8.2.2), kiểm soát sản phẩm không phù hợp (8.3), hành động khắc phục (8.5.2), hành động phòng ngừa (8.5.3). Quy trình được nhận theo trường clause, hoặc theo mã quy trình hệ thống của mô hình. Thiếu qms.yaml cũng được báo ở đây.',
    "Clause 4.2.1 requires the QMS to have: a quality policy (policy.yaml), quality objectives (at least one objectives/<year>.yaml), a quality manual (manual.yaml) and six documented procedures: control of documents (4.2.3), of records (4.2.4), internal audit (8.2.2), nonconforming product (8.3), corrective action (8.5.2), preventive action (8.5.3). A procedure counts by its clause field, or by the model's system procedure code. A missing qms.yaml is reported here too.",
  ),
  hint: text(
    'Tạo tài liệu còn thiếu từ mô hình: qms new procedure --unit <thư mục> …, hoặc chạy lại qms init --skip-existing.',
    'Create the missing document from the model: qms new procedure --unit <dir> …, or re-run qms init --skip-existing.',
  ),
  check({ unit, report }) {
    const has = (kind: string) => unit.files.some((f) => f.kind === kind);
    const missing = (vi: string, en: string, file = MANIFEST) =>
      report({ file, path: '', line: 1, col: 1, message: text(`thiếu ${vi}`, `missing ${en}`) });
    if (!has('unit')) missing('tệp khai báo đơn vị qms.yaml', 'the unit manifest qms.yaml');
    if (!has('policy')) missing('chính sách chất lượng (policy.yaml)', 'the quality policy (policy.yaml)');
    if (!has('objectives'))
      missing('mục tiêu chất lượng (objectives/<năm>.yaml)', 'quality objectives (objectives/<year>.yaml)');
    if (!has('manual')) missing('sổ tay chất lượng (manual.yaml)', 'the quality manual (manual.yaml)');
    const clauses = new Set<string>();
    for (const ref of unit.procedureRefs) {
      if (ref.clause) clauses.add(ref.clause);
      const template = unit.model?.system.get(ref.code);
      if (template?.clause) clauses.add(template.clause);
    }
    for (const [clause, vi, en] of MANDATORY_PROCEDURES) {
      if (!clauses.has(clause))
        missing(`quy trình ${vi} (điều ${clause})`, `the procedure for ${en.toLowerCase()} (clause ${clause})`);
    }
  },
});
