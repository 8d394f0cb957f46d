import { text } from '../../text.js';
import { documentOf } from '../file-data.js';
import { defineRule } from '../rule.js';

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export default defineRule({
  id: 'QMS020',
  alias: 'approval-signers',
  clause: '4.2.3',
  severity: 'error',
  title: text(
    'Soạn thảo, xem xét, phê duyệt: ba người được ghi tên, người phê duyệt không phải người soạn thảo',
    'Prepared, reviewed, approved: three people named, the approver is not the preparer',
  ),
  description: text(
    'Tài liệu phải được phê duyệt về sự thỏa đáng trước khi ban hành (điều 4.2.3 a). Khối phê duyệt ghi họ tên thật của người soạn thảo, người xem xét và người phê duyệt (không phải chức danh thay cho tên) và người phê duyệt không được là người soạn thảo.',
    'Documents must be approved for adequacy before issue (clause 4.2.3 a). The approval block names the real people who prepared, reviewed and approved the document (not a job title in place of a name), and the approver is not the preparer.',
  ),
  hint: text(
    'Ghi họ tên người ký; người phê duyệt phải là lãnh đạo khác người soạn thảo.',
    "Write the signers' names; the approver must be someone other than the preparer.",
  ),
  collect() {
    // The unit's role titles, normalised once per unit.
    let titles: Set<string> | undefined;
    return {
      file({ unit, file, report }) {
        const data = documentOf(file, unit.asOf);
        if (data) {
          titles ??= new Set([...unit.roles.values()].map((r) => norm(r.title)));
          for (const who of ['prepared', 'reviewed', 'approved'] as const) {
            const name = data.approval[who].name;
            if (name.trim() === '' || titles.has(norm(name))) {
              report({
                file: file.relPath,
                path: `/approval/${who}/name`,
                message: text(
                  `chưa ghi họ tên người ${who === 'prepared' ? 'soạn thảo' : who === 'reviewed' ? 'xem xét' : 'phê duyệt'} (đang ghi "${name}")`,
                  `the ${who === 'prepared' ? 'preparer' : who === 'reviewed' ? 'reviewer' : 'approver'} is not named (it says "${name}")`,
                ),
                hint: text(
                  'Ghi họ tên người có trong roles của qms.yaml.',
                  'Write the name of a person listed in qms.yaml roles.',
                ),
              });
            }
          }
          if (norm(data.approval.approved.name) === norm(data.approval.prepared.name)) {
            report({
              file: file.relPath,
              path: '/approval/approved/name',
              message: text(
                `người phê duyệt (${data.approval.approved.name}) cũng là người soạn thảo`,
                `the approver (${data.approval.approved.name}) also prepared the document`,
              ),
            });
          }
        }
      },
    };
  },
});
