import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { procedureRef } from '../file-data.js';
import { defineRule, type UnitContext } from '../rule.js';

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
  collect() {
    // The TTHC ids the unit's procedures cover (copied), for the exclusions checked at the end.
    const covered = new Set<string>();
    const catalogueOf = (unit: UnitContext) => {
      const typeDef = unit.manifest && unit.model?.unitTypes[unit.manifest.type];
      return unit.manifest && unit.model && typeDef ? new Set(typeDef.tthc.map((t) => t.id)) : undefined;
    };
    let catalogue: Set<string> | undefined;
    return {
      file({ unit, file, report }) {
        const ref = procedureRef(file, unit.asOf);
        if (!ref?.tthcId || ref.withdrawn) return;
        catalogue ??= catalogueOf(unit);
        if (!catalogue || !unit.manifest || !unit.model) return;
        covered.add(ref.tthcId);
        if (!catalogue.has(ref.tthcId)) {
          report({
            file: file.relPath,
            path: '/tthc/id',
            message: text(
              `TTHC "${ref.tthcId}" không có trong danh mục ${unit.manifest.type} của mô hình ${unit.model.meta.id} ${unit.model.meta.version}`,
              `TTHC "${ref.tthcId}" is not in the ${unit.manifest.type} catalogue of model ${unit.model.meta.id} ${unit.model.meta.version}`,
            ),
          });
        }
      },
      end({ unit, report }) {
        catalogue ??= catalogueOf(unit);
        if (!catalogue || !unit.manifest) return;
        const known = catalogue;
        (unit.manifest.tthcExclusions ?? []).forEach((e, i) => {
          if (!known.has(e.tthc)) {
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
    };
  },
});
