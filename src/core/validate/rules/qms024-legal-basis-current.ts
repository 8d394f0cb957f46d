import type { LegalInstrument } from '../../model/types.js';
import { text } from '../../text.js';
import { numberKey, registerOf } from '../../law/legal.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS024',
  alias: 'legal-basis-current',
  clause: '7.2.1',
  severity: 'error',
  title: text(
    'Căn cứ pháp lý còn hiệu lực vào ngày hiệu lực của quy trình',
    "Legal basis is in force at the procedure's effective date",
  ),
  description: text(
    'Lỗi thường gặp nhất của HTQLCL trong cơ quan hành chính là quy trình không được cập nhật khi văn bản pháp luật thay đổi. Mô hình có sổ đăng ký văn bản pháp luật (legal-register.yaml) ghi văn bản nào bị thay thế từ ngày nào (ví dụ NĐ 158/2005/NĐ-CP bị thay bởi Luật Hộ tịch 2014 và NĐ 123/2015/NĐ-CP từ 01/01/2016; NĐ 79/2007/NĐ-CP bởi NĐ 23/2015/NĐ-CP từ 10/04/2015; QĐ 144/2006/QĐ-TTg bởi QĐ 19/2014/QĐ-TTg từ 18/05/2014). Một căn cứ pháp lý hoặc căn cứ thu phí đã bị thay thế vào ngày hiệu lực của quy trình, hoặc chưa có hiệu lực vào ngày đó, là lỗi.',
    "The commonest failure of a public-sector QMS is procedures not updated when the law changes. The model ships a legal register (legal-register.yaml) of which instruments were superseded and from when (NĐ 158/2005/NĐ-CP by the 2014 Civil Status Law and NĐ 123/2015/NĐ-CP from 2016-01-01; NĐ 79/2007/NĐ-CP by NĐ 23/2015/NĐ-CP from 2015-04-10; QĐ 144/2006/QĐ-TTg by QĐ 19/2014/QĐ-TTg from 2014-05-18). A legal basis or fee basis superseded at the procedure's effective date, or not yet in force on it, is an error.",
  ),
  hint: text(
    'Thay bằng văn bản đang có hiệu lực và ban hành lại quy trình (lần ban hành mới).',
    'Cite the instrument in force and re-issue the procedure (new issue).',
  ),
  check({ unit, report }) {
    if (!unit.model) return;
    const register = registerOf(unit.model);
    for (const { file, data } of unit.procedures) {
      const at = data.effectiveDate;
      const check = (number: string, path: string) => {
        const entry = register.get(numberKey(number));
        if (!entry) return;
        const problem = staleness(entry, at);
        if (problem) report({ file: file.relPath, path, message: problem });
      };
      (data.legalBasis ?? []).forEach((inst, i) => check(inst.number, `/legalBasis/${i}/number`));
      (data.fees ?? []).forEach((fee, i) => {
        if (fee.basis) check(fee.basis, `/fees/${i}/basis`);
      });
    }
  },
});

function staleness(entry: LegalInstrument, at: string) {
  if (entry.supersededFrom && entry.supersededFrom <= at) {
    const by = entry.supersededBy?.length ? entry.supersededBy.join(', ') : undefined;
    return text(
      `${entry.number} đã hết hiệu lực từ ${entry.supersededFrom}${by ? ` (thay bằng ${by})` : ''}, trước ngày hiệu lực của quy trình ${at}`,
      `${entry.number} was superseded on ${entry.supersededFrom}${by ? ` by ${by}` : ''}, before the procedure's effective date ${at}`,
    );
  }
  if (entry.effectiveFrom && entry.effectiveFrom > at) {
    return text(
      `${entry.number} chỉ có hiệu lực từ ${entry.effectiveFrom}, sau ngày hiệu lực của quy trình ${at}`,
      `${entry.number} takes effect only on ${entry.effectiveFrom}, after the procedure's effective date ${at}`,
    );
  }
  return undefined;
}
