import { loadCatalogue } from '../../standard/catalogue.js';
import { findStandard } from '../../standard/standards.js';
import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { procedureRef } from '../file-data.js';
import { defineRule } from '../rule.js';

/** What each required file is, for the message. */
const FILE_NAMES: Record<string, [vi: string, en: string]> = {
  policy: ['chính sách chất lượng (policy.yaml)', 'the quality policy (policy.yaml)'],
  objectives: ['mục tiêu chất lượng (objectives/<năm>.yaml)', 'quality objectives (objectives/<year>.yaml)'],
  manual: ['sổ tay chất lượng (manual.yaml)', 'the quality manual (manual.yaml)'],
  context: [
    'bối cảnh, các bên quan tâm và phạm vi HTQLCL (context.yaml)',
    'the context, interested parties and QMS scope (context.yaml)',
  ],
};

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
    'Theo TCVN ISO 9001:2008 (điều 4.2.1), HTQLCL phải có: chính sách chất lượng (policy.yaml), mục tiêu chất lượng (ít nhất một tệp objectives/<năm>.yaml), sổ tay chất lượng (manual.yaml) và sáu thủ tục dạng văn bản: kiểm soát tài liệu (4.2.3), kiểm soát hồ sơ (4.2.4), đánh giá nội bộ (8.2.2), kiểm soát sản phẩm không phù hợp (8.3), hành động khắc phục (8.5.2), hành động phòng ngừa (8.5.3). Theo TCVN ISO 9001:2015 (qms.yaml: standard), sổ tay và sáu thủ tục không còn bắt buộc; phải có phạm vi HTQLCL (4.3, context.yaml cùng bối cảnh và các bên quan tâm), chính sách (5.2.2) và mục tiêu chất lượng (6.2). Danh sách lấy từ data/iso9001-<năm>/standard.yaml. Quy trình được nhận theo trường clause, hoặc theo mã quy trình hệ thống của mô hình. Thiếu qms.yaml cũng được báo ở đây.',
    "Under ISO 9001:2008 (clause 4.2.1) the QMS must have: a quality policy (policy.yaml), quality objectives (at least one objectives/<year>.yaml), a quality manual (manual.yaml) and six documented procedures: control of documents (4.2.3), of records (4.2.4), internal audit (8.2.2), nonconforming product (8.3), corrective action (8.5.2), preventive action (8.5.3). Under ISO 9001:2015 (qms.yaml: standard) the manual and the six procedures are no longer required; the QMS scope (4.3, context.yaml with the context and interested parties), the policy (5.2.2) and the objectives (6.2) are. The list comes from data/iso9001-<year>/standard.yaml. A procedure counts by its clause field, or by the model's system procedure code. A missing qms.yaml is reported here too.",
  ),
  hint: text(
    'Tạo tài liệu còn thiếu từ mô hình: qms new procedure --unit <thư mục> …, hoặc chạy lại qms init --skip-existing.',
    'Create the missing document from the model: qms new procedure --unit <dir> …, or re-run qms init --skip-existing.',
  ),
  collect() {
    // The kinds of file the unit has, and the clauses its procedures serve (copied).
    const kinds = new Set<string>();
    const clauses = new Set<string>();
    return {
      file({ unit, file }) {
        kinds.add(file.kind);
        const ref = procedureRef(file, unit.asOf);
        if (!ref) return;
        if (ref.clause) clauses.add(ref.clause);
        const template = unit.model?.system.get(ref.code);
        if (template?.clause) clauses.add(template.clause);
      },
      end({ unit, report }) {
        const has = (kind: string) => kinds.has(kind);
        const missing = (vi: string, en: string, file = MANIFEST) =>
          report({ file, path: '', line: 1, col: 1, message: text(`thiếu ${vi}`, `missing ${en}`) });
        if (!has('unit')) missing('tệp khai báo đơn vị qms.yaml', 'the unit manifest qms.yaml');
        // The unit's standard says which files and documented procedures are required (data/iso9001-<year>/).
        const catalogue = loadCatalogue(findStandard(unit.manifest?.standard)?.id);
        for (const { kind, clause } of catalogue.standard.requiredFiles) {
          const [vi, en] = FILE_NAMES[kind] ?? [kind, kind];
          if (!has(kind)) missing(`${vi} (điều ${clause})`, `${en} (clause ${clause})`);
        }
        for (const c of catalogue.clauses.filter((x) => x.documentedProcedure)) {
          if (!clauses.has(c.number))
            missing(
              `quy trình ${c.title.vi.toLowerCase()} (điều ${c.number})`,
              `the procedure for ${c.title.en.toLowerCase()} (clause ${c.number})`,
            );
        }
      },
    };
  },
});
