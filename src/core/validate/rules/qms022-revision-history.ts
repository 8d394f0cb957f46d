import { text } from '../../text.js';
import { documentOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS022',
  alias: 'revision-history',
  clause: '4.2.3',
  severity: 'error',
  title: text(
    'Bảng theo dõi sửa đổi nhất quán với lần ban hành hiện hành',
    'Revision history is consistent with the current issue',
  ),
  description: text(
    'Điều 4.2.3 b–c yêu cầu nhận biết các thay đổi và tình trạng sửa đổi hiện hành. Trong revisions, lần ban hành tăng dần, ngày không lùi lại, dòng cuối cùng là lần ban hành hiện hành (bằng issue) và không muộn hơn ngày hiệu lực.',
    'Clause 4.2.3 b–c requires changes and the current revision status to be identified. In revisions, issue numbers increase, dates do not go back, and the last entry is the current issue (equal to issue) and no later than the effective date.',
  ),
  hint: text(
    'Sắp xếp lại bảng sửa đổi và thêm dòng cho lần ban hành hiện hành.',
    'Put the revision table in order and add a row for the current issue.',
  ),
  checkFile({ unit, file, report }) {
    const data = documentOf(file, unit.asOf);
    if (!data) return;
    const revs = data.revisions;
    for (let i = 1; i < revs.length; i++) {
      if (revs[i].issue <= revs[i - 1].issue) {
        report({
          file: file.relPath,
          path: `/revisions/${i}/issue`,
          message: text(
            `lần ban hành ${revs[i].issue} không lớn hơn lần trước (${revs[i - 1].issue})`,
            `issue ${revs[i].issue} is not after the previous one (${revs[i - 1].issue})`,
          ),
        });
      }
      if (revs[i].date < revs[i - 1].date) {
        report({
          file: file.relPath,
          path: `/revisions/${i}/date`,
          message: text(
            `ngày ${revs[i].date} sớm hơn ngày của lần trước (${revs[i - 1].date})`,
            `date ${revs[i].date} is before the previous entry's (${revs[i - 1].date})`,
          ),
        });
      }
    }
    const last = revs[revs.length - 1];
    const at = `/revisions/${revs.length - 1}`;
    if (last.issue !== data.issue) {
      report({
        file: file.relPath,
        path: `${at}/issue`,
        message: text(
          `dòng cuối của bảng sửa đổi là lần ${last.issue} nhưng tài liệu đang ở lần ban hành ${data.issue}`,
          `the last revision entry is issue ${last.issue} but the document is at issue ${data.issue}`,
        ),
      });
    }
    if (last.date > data.effectiveDate) {
      report({
        file: file.relPath,
        path: `${at}/date`,
        message: text(
          `ngày ban hành ${last.date} muộn hơn ngày hiệu lực ${data.effectiveDate}`,
          `issue date ${last.date} is after the effective date ${data.effectiveDate}`,
        ),
      });
    }
  },
});
