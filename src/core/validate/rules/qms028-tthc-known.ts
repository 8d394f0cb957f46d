import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS028',
  alias: 'tthc-known',
  clause: '7.1',
  severity: 'warning',
  title: text(
    'TTHC của quy trình và của danh sách loại trừ có trong danh mục của mô hình',
    "TTHC ids of procedures and exclusions are in the model's catalogue",
  ),
  description: text(
    'Mã TTHC ghi trong quy trình (tthc.id) hoặc trong tthcExclusions nên có trong danh mục TTHC của mô hình cho loại đơn vị; một TTHC vừa có quy trình vừa bị loại trừ là mâu thuẫn. Thường do gõ sai mã hoặc mô hình đã đổi mã ở phiên bản mới.',
    "A TTHC id in a procedure (tthc.id) or in tthcExclusions should be in the model's catalogue for the unit type; a TTHC both covered and excluded is a contradiction. Usually a typo, or an id the new model version renamed.",
  ),
  hint: text(
    'Sửa mã TTHC theo "qms model show --type <loại>"; xóa loại trừ của TTHC đã có quy trình.',
    'Fix the TTHC id as "qms model show --type <type>" lists it; drop exclusions of TTHC that have a procedure.',
  ),
  check({ unit, report }) {
    const typeDef = unit.manifest && unit.model?.unitTypes[unit.manifest.type];
    if (!unit.manifest || !unit.model || !typeDef) return;
    const catalogue = new Set(typeDef.tthc.map((t) => t.id));
    const covered = new Set<string>();
    for (const ref of unit.procedureRefs) {
      if (!ref.tthcId || ref.withdrawn) continue;
      covered.add(ref.tthcId);
      if (!catalogue.has(ref.tthcId)) {
        report({
          file: ref.file.relPath,
          path: '/tthc/id',
          message: text(
            `TTHC "${ref.tthcId}" không có trong danh mục ${unit.manifest.type} của mô hình ${unit.model.meta.id} ${unit.model.meta.version}`,
            `TTHC "${ref.tthcId}" is not in the ${unit.manifest.type} catalogue of model ${unit.model.meta.id} ${unit.model.meta.version}`,
          ),
        });
      }
    }
    (unit.manifest.tthcExclusions ?? []).forEach((e, i) => {
      if (!catalogue.has(e.tthc)) {
        report({
          file: MANIFEST,
          path: `/tthcExclusions/${i}/tthc`,
          message: text(
            `TTHC loại trừ "${e.tthc}" không có trong danh mục của mô hình`,
            `excluded TTHC "${e.tthc}" is not in the model's catalogue`,
          ),
        });
      } else if (covered.has(e.tthc)) {
        report({
          file: MANIFEST,
          path: `/tthcExclusions/${i}/tthc`,
          message: text(
            `TTHC "${e.tthc}" bị loại trừ nhưng vẫn có quy trình`,
            `TTHC "${e.tthc}" is excluded but has a procedure`,
          ),
        });
      }
    });
  },
});
