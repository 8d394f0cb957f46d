import type { LegalInstrument } from '../../model/types.js';
import { text, type Text } from '../../text.js';
import {
  numberKey,
  registerOf,
  staleCitation,
  statusOn,
  UPDATE_GRACE_MONTHS,
  type StaleCitation,
} from '../../law/legal.js';
import { procedureOf } from '../file-data.js';
import { defineRule, type Finding } from '../rule.js';

export default defineRule({
  id: 'QMS024',
  alias: 'legal-basis-current',
  clause: '7.2.1',
  severity: 'error',
  title: text(
    'Căn cứ pháp lý còn hiệu lực vào ngày hiệu lực của quy trình và vào ngày kiểm tra',
    "Legal basis is in force at the procedure's effective date and on the date checked",
  ),
  description: text(
    `Lỗi thường gặp nhất của HTQLCL trong cơ quan hành chính là quy trình không được cập nhật khi văn bản pháp luật thay đổi. Mô hình có sổ đăng ký văn bản pháp luật (legal-register.yaml) ghi văn bản nào, hoặc phần nào của văn bản (parts), bị thay thế từ ngày nào (ví dụ NĐ 158/2005/NĐ-CP bị thay bởi Luật Hộ tịch 2014 và NĐ 123/2015/NĐ-CP từ 01/01/2016; phần chứng thực của NĐ 06/2012/NĐ-CP hết hiệu lực cùng NĐ 79/2007/NĐ-CP từ 10/04/2015). Căn cứ pháp lý hoặc căn cứ thu phí đã bị thay thế vào ngày hiệu lực của quy trình, hoặc chưa có hiệu lực vào ngày đó, là lỗi. Căn cứ bị thay thế sau ngày hiệu lực và trước ngày kiểm tra (--as-of, mặc định hôm nay) là cảnh báo trong ${UPDATE_GRACE_MONTHS} tháng kể từ ngày bị thay thế (thời gian để ban hành lại quy trình), sau đó là lỗi — cùng quy tắc và cùng thời hạn với báo cáo sẵn sàng (readiness).`,
    `The commonest failure of a public-sector QMS is procedures not updated when the law changes. The model ships a legal register (legal-register.yaml) of which instruments, or which parts of them, were superseded and from when (NĐ 158/2005/NĐ-CP by the 2014 Civil Status Law and NĐ 123/2015/NĐ-CP from 2016-01-01; the certification part of NĐ 06/2012/NĐ-CP with NĐ 79/2007/NĐ-CP from 2015-04-10). A legal basis or fee basis superseded at the procedure's effective date, or not yet in force on it, is an error. One superseded after the effective date and by the date checked (--as-of, default today) is a warning for ${UPDATE_GRACE_MONTHS} months after the supersession (the time to re-issue), then an error — the same rule and the same grace as the readiness report.`,
  ),
  hint: text(
    'Thay bằng văn bản đang có hiệu lực và ban hành lại quy trình (lần ban hành mới).',
    'Cite the instrument in force and re-issue the procedure (new issue).',
  ),
  collect() {
    // The model's legal register, looked up once per unit.
    let register: ReturnType<typeof registerOf> | undefined;
    return {
      file({ unit, file, report }) {
        const data = procedureOf(file, unit.asOf);
        if (!data || !unit.model) return;
        register ??= registerOf(unit.model);
        const at = data.effectiveDate;
        const check = (number: string, path: string, part?: string) => {
          const entry = register!.get(numberKey(number));
          if (!entry) return;
          const finding = atIssue(entry, at, part) ?? atAsOf(entry, at, unit.asOf, part);
          if (finding) report({ file: file.relPath, path, ...finding });
        };
        (data.legalBasis ?? []).forEach((inst, i) => check(inst.number, `/legalBasis/${i}/number`, inst.part));
        (data.fees ?? []).forEach((fee, i) => {
          if (fee.basis) check(fee.basis, `/fees/${i}/basis`);
        });
      },
    };
  },
});

type Report = Pick<Finding, 'message' | 'severity'>;

function atIssue(entry: LegalInstrument, at: string, part?: string): Report | undefined {
  const status = statusOn(entry, at, part);
  if (status.state === 'not-yet') {
    return {
      message: text(
        `${entry.number} chỉ có hiệu lực từ ${status.from}, sau ngày hiệu lực của quy trình ${at}`,
        `${entry.number} takes effect only on ${status.from}, after the procedure's effective date ${at}`,
      ),
    };
  }
  const stale = staleCitation(entry, at, at, part);
  if (!stale) return undefined;
  return {
    message: text(
      `${what(stale).vi} đã hết hiệu lực ${since(stale).vi}${by(stale).vi}, trước ngày hiệu lực của quy trình ${at}`,
      `${what(stale).en} was superseded ${since(stale).en}${by(stale).en}, before the procedure's effective date ${at}`,
    ),
  };
}

function atAsOf(entry: LegalInstrument, at: string, asOf: string, part?: string): Report | undefined {
  if (asOf <= at) return undefined;
  const stale = staleCitation(entry, at, asOf, part);
  if (!stale) return undefined;
  const grace = stale.overdue
    ? text(
        `; quá hạn ban hành lại ${stale.due} (${UPDATE_GRACE_MONTHS} tháng)`,
        `; re-issue was due by ${stale.due} (${UPDATE_GRACE_MONTHS} months)`,
      )
    : text(`; ban hành lại trước ${stale.due}`, `; re-issue by ${stale.due}`);
  return {
    severity: stale.overdue ? 'error' : 'warning',
    message: text(
      `${what(stale).vi} đã hết hiệu lực ${since(stale).vi}${by(stale).vi}, sau ngày hiệu lực của quy trình ${at} và trước ngày kiểm tra ${asOf}${grace.vi}`,
      `${what(stale).en} was superseded ${since(stale).en}${by(stale).en}, after the procedure's effective date ${at} and before the date checked ${asOf}${grace.en}`,
    ),
  };
}

function what(stale: StaleCitation): Text {
  return stale.part
    ? text(`${stale.number} (phần ${stale.part.title})`, `${stale.number} (part: ${stale.part.title})`)
    : text(stale.number, stale.number);
}

/** "từ <date>", or for a window's latest bound "chậm nhất từ <date>" (the caveat goes with `by`). */
function since(stale: StaleCitation): Text {
  return stale.approximate
    ? text(`chậm nhất từ ${stale.from}`, `no later than ${stale.from}`)
    : text(`từ ${stale.from}`, `on ${stale.from}`);
}

function by(stale: StaleCitation): Text {
  const list = stale.by.join(', ');
  const replaced = list ? text(` (thay bằng ${list})`, ` by ${list}`) : text('', '');
  if (!stale.approximate) return replaced;
  return list
    ? text(` (thay bằng ${list}; ngày chính xác chưa kiểm chứng)`, ` by ${list} (exact date not verified)`)
    : text(' (ngày chính xác chưa kiểm chứng)', ' (exact date not verified)');
}
