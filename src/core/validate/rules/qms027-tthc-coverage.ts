import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { procedureRef } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS027',
  alias: 'tthc-coverage',
  clause: '7.1',
  severity: 'error',
  title: text(
    'Mọi TTHC mô hình giao cho loại đơn vị có quy trình hoặc được loại trừ có lý do',
    'Every TTHC the model gives the unit type has a procedure, or an exclusion with a reason',
  ),
  description: text(
    'Kế hoạch tạo sản phẩm (điều 7.1) của cơ quan hành chính là các quy trình giải quyết TTHC. Mỗi TTHC trong danh mục của mô hình cho loại đơn vị (xã, huyện, sở) phải có một quy trình trong procedures/ (tthc.id trùng mã TTHC), hoặc được liệt kê trong tthcExclusions của qms.yaml kèm lý do (ví dụ đơn vị không có thẩm quyền giải quyết).',
    "The planning of product realisation (clause 7.1) of a public body is its TTHC procedures. Each TTHC in the model's catalogue for the unit type (commune, district, department) must have a procedure in procedures/ (tthc.id equal to the TTHC id), or be listed in qms.yaml tthcExclusions with a reason (e.g. the unit has no authority for it).",
  ),
  hint: text(
    'Tạo quy trình: qms new procedure <mã TTHC> --unit <thư mục>, hoặc thêm vào tthcExclusions kèm lý do.',
    'Create it: qms new procedure <tthc-id> --unit <dir>, or add it to tthcExclusions with a reason.',
  ),
  collect() {
    // Of each procedure file: its TTHC id, or, for a file that does not parse, its code (copied).
    const refs: Array<{ tthcId?: string; unparsedCode?: string }> = [];
    return {
      file({ unit, file }) {
        const ref = procedureRef(file, unit.asOf);
        if (ref && !ref.withdrawn)
          refs.push(ref.tthcId ? { tthcId: ref.tthcId } : ref.parsed ? {} : { unparsedCode: ref.code });
      },
      end({ unit, report }) {
        const typeDef = unit.manifest && unit.model?.unitTypes[unit.manifest.type];
        if (!unit.manifest || !unit.model || !typeDef) return;
        // A procedure file that does not parse still covers the TTHC whose model code it is named after
        // (its own YAML error is reported; no need to add a coverage error on top).
        const byCode = new Map(typeDef.tthc.map((t) => [unit.model!.tthc.get(t.id)?.code, t.id]));
        const covered = new Set(
          refs
            .map((r) => r.tthcId ?? (r.unparsedCode !== undefined ? byCode.get(r.unparsedCode) : undefined))
            .filter(Boolean),
        );
        const exclusions = unit.manifest.tthcExclusions ?? [];
        exclusions.forEach((e, i) => {
          if (e.reason.trim() === '')
            report({
              file: MANIFEST,
              path: `/tthcExclusions/${i}/reason`,
              message: text(
                `loại trừ TTHC "${e.tthc}" không có lý do`,
                `the exclusion of TTHC "${e.tthc}" gives no reason`,
              ),
            });
        });
        const excluded = new Set(exclusions.filter((e) => e.reason.trim() !== '').map((e) => e.tthc));
        for (const t of typeDef.tthc) {
          if (covered.has(t.id) || excluded.has(t.id)) continue;
          const template = unit.model.tthc.get(t.id);
          const title = template ? ` (${template.title})` : '';
          report({
            file: MANIFEST,
            path: unit.manifest.tthcExclusions ? '/tthcExclusions' : '',
            atKey: true,
            message: text(
              `TTHC "${t.id}"${title} chưa có quy trình và cũng không được loại trừ`,
              `TTHC "${t.id}"${title} has no procedure and is not excluded`,
            ),
            hint: text(
              `Tạo quy trình: qms new procedure ${t.id} --unit ${unit.dir}, hoặc thêm vào tthcExclusions kèm lý do.`,
              `Create it: qms new procedure ${t.id} --unit ${unit.dir}, or add it to tthcExclusions with a reason.`,
            ),
          });
        }
      },
    };
  },
});
