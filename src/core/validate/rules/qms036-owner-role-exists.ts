import { text } from '../../text.js';
import { processMapOf, risksOf } from '../file-data.js';
import { defineRule, type UnitContext } from '../rule.js';

const declared = (unit: UnitContext) => [...unit.roles.keys()].join(', ');

/**
 * The owners the TCVN ISO 9001:2015 documents name (risks.yaml items, process-map.yaml processes) are role
 * ids, like the roles of procedure steps (QMS015): a typo or a role the unit does not have leaves a risk or a
 * process with nobody responsible, and the built documents would print the bare id.
 */
export default defineRule({
  id: 'QMS036',
  alias: 'owner-role-exists',
  clause: '5.5.1',
  severity: 'error',
  title: text(
    'Người phụ trách rủi ro, cơ hội và quá trình là vai trò có trong qms.yaml',
    'Owners of risks, opportunities and processes are roles in qms.yaml',
  ),
  description: text(
    'Theo TCVN ISO 9001:2015, trách nhiệm đối với các quá trình (4.4.1 e, 5.3) và hành động giải quyết rủi ro, cơ hội (6.1) phải được phân công. Mỗi mục của sổ rủi ro và cơ hội (risks.yaml, owner) và mỗi quá trình của sơ đồ quá trình (process-map.yaml, owner) ghi mã một vai trò khai báo trong roles của qms.yaml, như vai trò ở các bước quy trình (QMS015).',
    'Under TCVN ISO 9001:2015, responsibility for the processes (4.4.1 e, 5.3) and for the actions on risks and opportunities (6.1) must be assigned. Each item of the risk and opportunity register (risks.yaml, owner) and each process of the process map (process-map.yaml, owner) names a role id declared in qms.yaml roles, like the roles of procedure steps (QMS015).',
  ),
  hint: text(
    'Sửa owner thành mã một vai trò trong qms.yaml, hoặc thêm vai trò đó vào roles.',
    'Change owner to the id of a role in qms.yaml, or add that role to roles.',
  ),
  checkFile({ unit, file, report }) {
    if (!unit.manifest) return;
    const check = (file: string, path: string, what: { vi: string; en: string }, role: string | undefined) => {
      if (role === undefined || unit.roles.has(role)) return;
      report({
        file,
        path,
        message: text(
          `${what.vi}: người phụ trách "${role}" không phải vai trò khai báo trong qms.yaml`,
          `${what.en}: owner "${role}" is not a role declared in qms.yaml`,
        ),
        hint: text(`Các vai trò đã khai báo: ${declared(unit)}.`, `Declared roles: ${declared(unit)}.`),
      });
    };
    const risks = risksOf(file);
    if (risks) {
      const data = risks;
      data.items.forEach((item, i) =>
        check(file.relPath, `/items/${i}/owner`, text(`mục ${item.id}`, `item ${item.id}`), item.owner),
      );
    }
    const processMap = processMapOf(file);
    if (processMap) {
      const data = processMap;
      data.processes.forEach((p, i) =>
        check(file.relPath, `/processes/${i}/owner`, text(`quá trình ${p.id}`, `process ${p.id}`), p.owner),
      );
    }
  },
});
