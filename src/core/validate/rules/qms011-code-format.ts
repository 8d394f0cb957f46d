import { text } from '../../text.js';
import { objectivesOf, procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

const SYSTEM_CODE = /^QT-[0-9]{2}$/;

export default defineRule({
  id: 'QMS011',
  alias: 'code-format',
  clause: '4.2.3',
  severity: 'error',
  title: text('Mã hiệu khớp tên tệp và loại quy trình', 'Codes match file names and the kind of procedure'),
  description: text(
    'Mã hiệu của quy trình cũng là tên tệp: procedures/QT-HT-01.yaml phải có code: QT-HT-01. Mã dạng QT-nn là quy trình hệ thống (kind: system), mã dạng QT-XX-nn là quy trình giải quyết TTHC hoặc nghiệp vụ (kind: operational). Mục tiêu chất lượng của năm nào nằm trong objectives/<năm>.yaml với year bằng năm đó; nếu mã có phần năm (MTCL-2012) thì phải trùng năm.',
    "A procedure's code is also its file name: procedures/QT-HT-01.yaml must have code: QT-HT-01. Codes QT-nn are system procedures (kind: system); codes QT-XX-nn are operational (TTHC) procedures (kind: operational). The objectives of a year live in objectives/<year>.yaml with that year; a code with a year part (MTCL-2012) must name the same year.",
  ),
  hint: text('Đổi tên tệp hoặc sửa mã hiệu cho khớp.', 'Rename the file or fix the code so they match.'),
  checkFile({ unit, file, report }) {
    const procedure = procedureOf(file, unit.asOf);
    if (procedure) {
      const data = procedure;
      const name = file.relPath.replace(/^procedures\//, '').replace(/\.ya?ml$/, '');
      if (name !== data.code) {
        report({
          file: file.relPath,
          path: '/code',
          message: text(
            `mã hiệu "${data.code}" khác tên tệp "${name}"`,
            `code "${data.code}" differs from the file name "${name}"`,
          ),
          hint: text(
            `Đổi tên tệp thành procedures/${data.code}.yaml hoặc sửa mã hiệu thành ${name}.`,
            `Rename the file to procedures/${data.code}.yaml or set the code to ${name}.`,
          ),
        });
      }
      const expected = SYSTEM_CODE.test(data.code) ? 'system' : 'operational';
      if (data.kind !== expected) {
        report({
          file: file.relPath,
          path: '/kind',
          message: text(
            `mã hiệu ${data.code} là của quy trình ${expected === 'system' ? 'hệ thống' : 'giải quyết công việc'} nhưng kind là "${data.kind}"`,
            `code ${data.code} is a${expected === 'system' ? ' system' : 'n operational'} procedure's but kind is "${data.kind}"`,
          ),
          hint: text(`Ghi kind: ${expected}, hoặc đổi mã hiệu.`, `Set kind: ${expected}, or change the code.`),
        });
      }
    }
    const objectives = objectivesOf(file);
    if (objectives) {
      const data = objectives;
      const name = file.relPath.replace(/^objectives\//, '').replace(/\.ya?ml$/, '');
      if (name !== String(data.year)) {
        report({
          file: file.relPath,
          path: '/year',
          message: text(
            `năm ${data.year} khác tên tệp "${name}"`,
            `year ${data.year} differs from the file name "${name}"`,
          ),
          hint: text(`Đặt tên tệp objectives/${data.year}.yaml.`, `Name the file objectives/${data.year}.yaml.`),
        });
      }
      const yearInCode = /-([0-9]{4})$/.exec(data.code)?.[1];
      if (yearInCode && yearInCode !== String(data.year)) {
        report({
          file: file.relPath,
          path: '/code',
          message: text(
            `mã hiệu ${data.code} ghi năm ${yearInCode} nhưng year là ${data.year}`,
            `code ${data.code} names ${yearInCode} but year is ${data.year}`,
          ),
        });
      }
    }
  },
});
