import { escapeForDisplay, text } from '../../text.js';
import { numberSlip, parseInstrumentNumber } from '../../law/legal.js';
import { procedureOf } from '../file-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS023',
  alias: 'legal-basis-format',
  clause: '7.2.1',
  severity: 'error',
  title: text('Căn cứ pháp lý ghi đúng số, ký hiệu văn bản', 'Legal basis is written as a recognisable instrument'),
  description: text(
    'Số, ký hiệu văn bản phải viết theo thể thức văn bản quy phạm pháp luật: số/năm/ký hiệu, ví dụ 158/2005/NĐ-CP, 19/2014/QĐ-TTg, 08.a/2010/TT-BTP, 92/2008/TTLT-BTC-BTP, 60/2014/QH13; quyết định cá biệt 2968/QĐ-BKHCN; tiêu chuẩn TCVN ISO 9001:2008. Loại văn bản (type) phải khớp ký hiệu (NĐ → Nghị định, QĐ → Quyết định, TT → Thông tư, TTLT → Thông tư liên tịch, QH → Luật…), và năm trong số hiệu phải bằng năm ban hành (date). Căn cứ thu phí (fees[].basis) cũng phải là số hiệu văn bản hợp lệ. Nhờ vậy công cụ đối chiếu được với sổ đăng ký văn bản hết hiệu lực (QMS024).',
    'Numbers must follow the form of legal instruments: number/year/symbol, e.g. 158/2005/NĐ-CP, 19/2014/QĐ-TTg, 08.a/2010/TT-BTP, 92/2008/TTLT-BTC-BTP, 60/2014/QH13; an individual decision 2968/QĐ-BKHCN; a standard TCVN ISO 9001:2008. The type must fit the symbol (NĐ → Nghị định, QĐ → Quyết định, TT → Thông tư, TTLT → Thông tư liên tịch, QH → Luật…), and the year in the number must be the year of the date. A fee basis (fees[].basis) must be a valid number too. This lets the tool check the register of superseded instruments (QMS024).',
  ),
  hint: text(
    'Viết số hiệu dạng số/năm/ký hiệu, chữ Đ tiếng Việt, ví dụ 158/2005/NĐ-CP.',
    'Write the number as number/year/symbol with the Vietnamese Đ, e.g. 158/2005/NĐ-CP.',
  ),
  checkFile({ unit, file, report }) {
    const data = procedureOf(file, unit.asOf);
    if (!data) return;
    (data.legalBasis ?? []).forEach((instrument, i) => {
      const parsed = parseInstrumentNumber(instrument.number);
      if (!parsed) {
        const slip = numberSlip(instrument.number);
        report({
          file: file.relPath,
          path: `/legalBasis/${i}/number`,
          message: text(
            `số hiệu "${escapeForDisplay(instrument.number, 60)}" không đúng thể thức${slip ? `: ${slip.vi}` : ''}`,
            `"${escapeForDisplay(instrument.number, 60)}" is not a recognisable instrument number${slip ? `: ${slip.en}` : ''}`,
          ),
        });
        return;
      }
      if (!parsed.types.includes(instrument.type)) {
        report({
          file: file.relPath,
          path: `/legalBasis/${i}/type`,
          message: text(
            `${instrument.number} là ${parsed.types.join(' hoặc ')}, không phải ${instrument.type}`,
            `${instrument.number} is a ${parsed.types.join(' or ')}, not a ${instrument.type}`,
          ),
        });
      }
      if (parsed.year && instrument.date && Number(instrument.date.slice(0, 4)) !== parsed.year) {
        report({
          file: file.relPath,
          path: `/legalBasis/${i}/date`,
          message: text(
            `năm trong số hiệu (${parsed.year}) khác năm ban hành ${instrument.date}`,
            `the year in the number (${parsed.year}) differs from the date ${instrument.date}`,
          ),
        });
      }
    });
    (data.fees ?? []).forEach((fee, i) => {
      if (fee.basis && fee.basis.trim() !== '' && !parseInstrumentNumber(fee.basis)) {
        const slip = numberSlip(fee.basis);
        report({
          file: file.relPath,
          path: `/fees/${i}/basis`,
          message: text(
            `căn cứ thu "${escapeForDisplay(fee.basis, 60)}" không phải số hiệu văn bản hợp lệ${slip ? `: ${slip.vi}` : ''}`,
            `fee basis "${escapeForDisplay(fee.basis, 60)}" is not a recognisable instrument number${slip ? `: ${slip.en}` : ''}`,
          ),
        });
      }
    });
  },
});
