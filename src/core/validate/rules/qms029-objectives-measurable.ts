import { text } from '../../text.js';
import { objectivesOf } from '../file-data.js';
import { defineRule } from '../rule.js';

const PLACEHOLDER = /^(?:\.{2,}|…+|-+|\?+|x+|tbd|todo|n\/a|chưa có|chưa xác định)$/iu;
const FIELDS = [
  ['indicator', 'chỉ số đo'],
  ['unit', 'đơn vị tính'],
  ['method', 'phương pháp đo'],
] as const;

export default defineRule({
  id: 'QMS029',
  alias: 'objectives-measurable',
  clause: '5.4.1',
  severity: 'error',
  title: text(
    'Mục tiêu chất lượng đo được: chỉ số, chỉ tiêu, đơn vị, cách so sánh, phương pháp đo',
    'Objectives are measurable: indicator, target, unit, comparison, method',
  ),
  description: text(
    'Điều 5.4.1 yêu cầu mục tiêu chất lượng đo được. Mỗi mục tiêu phải có chỉ số đo (indicator), chỉ tiêu bằng số (target), đơn vị tính (unit), cách so với chỉ tiêu (comparison: >=, <= hoặc =) và phương pháp đo (method) có nội dung thật (không để trống, không ghi "…", "TBD"); chỉ tiêu tính bằng % không vượt quá 100.',
    'Clause 5.4.1 requires measurable quality objectives. Each objective needs an indicator, a numeric target, a unit, a comparison with the target (>=, <= or =) and a measuring method with real content (not blank, not "…" or "TBD"); a target in % is at most 100.',
  ),
  hint: text(
    'Bổ sung chỉ số, chỉ tiêu, đơn vị, cách so sánh và phương pháp đo cho mục tiêu.',
    'Give the objective an indicator, target, unit, comparison and method.',
  ),
  checkFile({ file, report }) {
    const data = objectivesOf(file);
    if (!data) return;
    data.objectives.forEach((o, i) => {
      const at = `/objectives/${i}`;
      for (const [key, vi] of FIELDS) {
        const value = o[key].trim();
        if (value === '' || PLACEHOLDER.test(value)) {
          report({
            file: file.relPath,
            path: `${at}/${key}`,
            message: text(
              `mục tiêu ${i + 1} chưa có ${vi} (đang ghi "${o[key]}")`,
              `objective ${i + 1} has no real ${key} (it says "${o[key]}")`,
            ),
          });
        }
      }
      if (!o.comparison) {
        report({
          file: file.relPath,
          path: at,
          message: text(
            `mục tiêu ${i + 1} chưa ghi cách so với chỉ tiêu (comparison: >=, <= hoặc =)`,
            `objective ${i + 1} does not say how to compare with the target (comparison: >=, <= or =)`,
          ),
        });
      }
      if (o.unit.trim() === '%' && o.target > 100) {
        report({
          file: file.relPath,
          path: `${at}/target`,
          message: text(`chỉ tiêu ${o.target}% vượt quá 100%`, `target ${o.target}% is above 100%`),
        });
      }
    });
  },
});
