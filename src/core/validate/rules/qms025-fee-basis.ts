import { text } from '../../text.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS025',
  alias: 'fee-basis',
  clause: '7.2.1',
  severity: 'error',
  title: text('Khoản phí, lệ phí lớn hơn 0 có căn cứ pháp lý', 'A fee above zero has a legal basis'),
  description: text(
    'Cơ quan hành chính chỉ được thu phí, lệ phí theo văn bản quy định mức thu. Mỗi khoản trong fees có amount lớn hơn 0 phải ghi basis là số hiệu văn bản quy định mức thu (ví dụ 97/2006/TT-BTC hoặc nghị quyết của HĐND thành phố).',
    "A public body may only charge fees an instrument sets. Each entry of fees with an amount above 0 must give basis: the number of the instrument that sets the amount (e.g. 97/2006/TT-BTC, or the city People's Council resolution).",
  ),
  hint: text(
    'Ghi basis: số hiệu văn bản quy định mức thu, hoặc ghi amount: 0 nếu miễn.',
    'Set basis to the instrument that sets the fee, or amount: 0 if it is waived.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    (data.fees ?? []).forEach((fee, i) => {
      if (fee.amount !== undefined && fee.amount > 0 && (!fee.basis || fee.basis.trim() === '')) {
        report({
          file: file.relPath,
          path: `/fees/${i}`,
          message: text(
            `khoản "${fee.name}" thu ${fee.amount.toLocaleString('vi-VN')} đồng nhưng không ghi căn cứ (basis)`,
            `fee "${fee.name}" of ${fee.amount} VND has no basis`,
          ),
        });
      }
    });
  },
});
