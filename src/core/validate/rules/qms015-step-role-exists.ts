import { text } from '../../text.js';
import { objectivesOf, procedureOf } from '../file-data.js';
import { defineRule, type UnitContext } from '../rule.js';

const declared = (unit: UnitContext) => [...unit.roles.keys()].join(', ');

export default defineRule({
  id: 'QMS015',
  alias: 'step-role-exists',
  clause: '5.5.1',
  severity: 'error',
  title: text(
    'Vai trò ở bước, người lưu hồ sơ, người phụ trách mục tiêu có trong qms.yaml; cơ quan phối hợp có trong quy trình',
    'Roles of steps, record keepers and objective owners exist in qms.yaml; coordinating agencies are listed',
  ),
  description: text(
    'Trách nhiệm và quyền hạn phải được xác định (điều 5.5.1): mỗi bước của quy trình ghi mã vai trò (role), mỗi hồ sơ ghi vai trò lưu giữ (keeper), mỗi mục tiêu có thể ghi vai trò phụ trách (responsible). Các mã này phải là vai trò khai báo trong roles của qms.yaml. Bước do cơ quan phối hợp ngoài đơn vị thực hiện (một cửa liên thông: Chi cục Thuế, Văn phòng đăng ký đất đai…) ghi agency thay cho role; mã agency phải có trong tthc.coordinatingAgencies của chính quy trình đó.',
    "Responsibilities must be defined (clause 5.5.1): each step names a role id (role), each record a keeper role (keeper), each objective may name a responsible role. These ids must be roles declared in qms.yaml roles. A step done by an agency outside the unit (liên thông: the tax office, the land registration office…) names agency instead of role; that id must be listed in the same procedure's tthc.coordinatingAgencies.",
  ),
  hint: text(
    'Thêm vai trò vào roles trong qms.yaml, hoặc sửa mã vai trò cho đúng.',
    'Add the role to roles in qms.yaml, or fix the role id.',
  ),
  checkFile({ unit, file, report }) {
    if (!unit.manifest) return;
    const check = (file: string, path: string, role: string | undefined) => {
      if (role === undefined || unit.roles.has(role)) return;
      report({
        file,
        path,
        message: text(`vai trò "${role}" không có trong qms.yaml`, `role "${role}" is not declared in qms.yaml`),
        hint: text(`Các vai trò đã khai báo: ${declared(unit)}.`, `Declared roles: ${declared(unit)}.`),
      });
    };
    const procedure = procedureOf(file, unit.asOf);
    if (procedure) {
      const data = procedure;
      const agencies = new Set((data.tthc?.coordinatingAgencies ?? []).map((a) => a.id));
      const listed = [...agencies].join(', ');
      data.steps.forEach((s, i) => {
        check(file.relPath, `/steps/${i}/role`, s.role);
        if (s.agency === undefined || agencies.has(s.agency)) return;
        report({
          file: file.relPath,
          path: `/steps/${i}/agency`,
          message: text(
            `cơ quan phối hợp "${s.agency}" không có trong tthc.coordinatingAgencies của quy trình`,
            `coordinating agency "${s.agency}" is not listed in the procedure's tthc.coordinatingAgencies`,
          ),
          hint: text(
            `Khai báo cơ quan (id, name) trong tthc.coordinatingAgencies, hoặc sửa mã. Đã khai báo: ${listed || '(chưa có)'}.`,
            `Declare the agency (id, name) in tthc.coordinatingAgencies, or fix the id. Declared: ${listed || '(none)'}.`,
          ),
        });
      });
      (data.records ?? []).forEach((r, i) => check(file.relPath, `/records/${i}/keeper`, r.keeper));
    }
    const objectives = objectivesOf(file);
    if (objectives) {
      const data = objectives;
      data.objectives.forEach((o, i) => check(file.relPath, `/objectives/${i}/responsible`, o.responsible));
    }
  },
});
