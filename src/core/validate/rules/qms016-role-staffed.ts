import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { objectivesOf, procedureOf, processMapOf, risksOf } from '../file-data.js';
import { defineRule, keep } from '../rule.js';

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
  collect() {
    // The role ids the unit's files give work to (copied), then the manifest's roles checked at the end.
    const used = new Set<string>();
    const use = (role: string | undefined) => {
      if (role && !used.has(role)) used.add(keep(role));
    };
    return {
      file({ unit, file }) {
        const procedure = procedureOf(file, unit.asOf);
        if (procedure) {
          // A step done by a coordinating agency (agency) needs nobody of the unit: it is not counted here.
          for (const s of procedure.steps) use(s.role);
          for (const r of procedure.records ?? []) use(r.keeper);
        }
        for (const o of objectivesOf(file)?.objectives ?? []) use(o.responsible);
        for (const r of risksOf(file)?.items ?? []) use(r.owner);
        for (const p of processMapOf(file)?.processes ?? []) use(p.owner);
      },
      end({ unit, report }) {
        if (!unit.manifest) return;
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
    };
  },
});
