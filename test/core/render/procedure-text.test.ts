import { describe, expect, it } from 'vitest';
import { citation, printable } from '../../../src/core/render/view/procedure.js';

describe('text a procedure document prints', () => {
  it('never prints a model author’s caveat', () => {
    expect(
      printable(
        'Mức tối đa theo Thông tư 97/2006/TT-BTC; mức cụ thể do HĐND thành phố quyết định. ⚠ Mức của Hà Nội chưa kiểm chứng.',
      ),
    ).toBe('Mức tối đa theo Thông tư 97/2006/TT-BTC; mức cụ thể do HĐND thành phố quyết định.');
    expect(printable('⚠ Mức chưa kiểm chứng cho UBND cấp xã năm 2011')).toBe('');
  });

  it('names a law by its title first: “Luật Đất đai số 13/2003/QH11 ngày …”', () => {
    expect(
      citation({ type: 'Luật', number: '13/2003/QH11', date: '2003-11-26', issuer: 'Quốc hội', title: 'Luật Đất đai' }),
    ).toBe('Luật Đất đai số 13/2003/QH11 ngày 26/11/2003 của Quốc hội');
    expect(
      citation({
        type: 'Nghị định',
        number: '158/2005/NĐ-CP',
        date: '2005-12-27',
        issuer: 'Chính phủ',
        title: 'về đăng ký và quản lý hộ tịch',
      }),
    ).toBe('Nghị định số 158/2005/NĐ-CP ngày 27/12/2005 của Chính phủ về đăng ký và quản lý hộ tịch');
  });
});
