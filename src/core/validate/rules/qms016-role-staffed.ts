import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS016',
  alias: 'role-staffed',
  clause: '5.5.1',
  severity: 'warning',
  title: text('Vai trò được giao việc có người đảm nhiệm', 'Roles given work have someone in them'),
  description: text(
    'Một vai trò được nêu ở bước quy trình, ở hồ sơ cần lưu, ở mục tiêu, ở sổ rủi ro và cơ hội hoặc sơ đồ quá trình nhưng chưa ghi họ tên người đảm nhiệm (roles[].people rỗng) thì trên thực tế chưa ai chịu trách nhiệm công việc đó.',
    'A role named by a step, a record, an objective, the risk register or the process map that has nobody in it (roles[].people empty) means nobody is in fact responsible for that work.',
  ),
  hint: text(
    'Ghi họ tên người đảm nhiệm vào roles[].people trong qms.yaml.',
    'Write the names of the people into roles[].people in qms.yaml.',
  ),
  check({ unit, report }) {
    if (!unit.manifest) return;
    const used = new Set<string>();
    for (const { data } of unit.procedures) {
      // A step done by a coordinating agency (agency) needs nobody of the unit: it is not counted here.
      for (const s of data.steps) if (s.role) used.add(s.role);
      for (const r of data.records ?? []) if (r.keeper) used.add(r.keeper);
    }
    for (const { data } of unit.objectives) for (const o of data.objectives) if (o.responsible) used.add(o.responsible);
    for (const { data } of unit.risks) for (const r of data.items) if (r.owner) used.add(r.owner);
    for (const { data } of unit.processMaps) for (const p of data.processes) used.add(p.owner);
    unit.manifest.roles.forEach((role, i) => {
      if (used.has(role.id) && role.people.every((p) => p.trim() === '')) {
        report({
          file: MANIFEST,
          path: `/roles/${i}/people`,
          message: text(
            `vai trò "${role.id}" (${role.title}) được giao việc nhưng chưa có người đảm nhiệm`,
            `role "${role.id}" (${role.title}) is given work but has nobody in it`,
          ),
        });
      }
    });
  },
});
