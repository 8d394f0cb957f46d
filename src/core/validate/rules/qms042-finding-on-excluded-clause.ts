import { isWithin } from '../../standard/catalogue.js';
import { text } from '../../text.js';
import { auditOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS042',
  alias: 'finding-on-excluded-clause',
  clause: '4.2.2',
  severity: 'warning',
  title: text('Không có phát hiện thuộc điều khoản đơn vị đã loại trừ', 'No finding is on a clause the unit excludes'),
  description: text(
    'Sổ tay chất lượng nêu các ngoại lệ kèm giải trình (điều 1.2 và 4.2.2), qms.yaml ghi chúng ở exclusions (thường 7.3, 7.6). Một phát hiện (không phù hợp hoặc lưu ý) ghi vào điều khoản đã loại trừ, hay điều khoản con của nó, cho thấy hoặc ngoại lệ không còn đứng vững — khi đó phải xem lại sổ tay chất lượng và qms.yaml — hoặc phát hiện được ghi nhầm điều khoản.',
    'The quality manual states the exclusions with their justification (clauses 1.2 and 4.2.2); qms.yaml lists them under exclusions (usually 7.3, 7.6). A finding (nonconformity or observation) recorded against an excluded clause or one of its sub-clauses means either the exclusion no longer holds — review the quality manual and qms.yaml — or the finding names the wrong clause.',
  ),
  hint: text(
    'Ghi phát hiện vào đúng điều khoản, hoặc bỏ ngoại lệ khỏi sổ tay chất lượng và qms.yaml.',
    'Move the finding to the right clause, or drop the exclusion from the quality manual and qms.yaml.',
  ),
  checkFile({ unit, file, report }) {
    const exclusions = unit.manifest?.exclusions ?? [];
    if (exclusions.length === 0) return;
    const data = auditOf(file);
    if (data) {
      data.findings.forEach((f, i) => {
        const excluded = exclusions.find((e) => isWithin(f.clause, e.clause));
        if (!excluded || f.grade === 'conforming') return;
        report({
          file: file.relPath,
          path: `/findings/${i}/clause`,
          message: text(
            `${f.id} thuộc điều khoản ${f.clause}, mà đơn vị loại trừ (${excluded.clause}) trong qms.yaml`,
            `${f.id} is on clause ${f.clause}, which the unit excludes (${excluded.clause}) in qms.yaml`,
          ),
        });
      });
    }
  },
});
