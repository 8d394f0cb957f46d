import { describe, expect, it } from 'vitest';
import { citation, feeLine, printable } from '../../../src/core/render/view/procedure.js';

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

  it('prints a fee without a verified amount as who sets it, never as a number', () => {
    expect(
      feeLine({
        name: 'Lệ phí thay đổi, cải chính hộ tịch',
        per: 'trường hợp',
        note: 'Mức thu theo nghị quyết của HĐND thành phố Hà Nội về lệ phí hộ tịch. ⚠ Nghị quyết năm 2016 chưa kiểm chứng.',
      }),
    ).toBe('Lệ phí thay đổi, cải chính hộ tịch: mức thu theo nghị quyết của HĐND thành phố Hà Nội về lệ phí hộ tịch.');
    expect(feeLine({ name: 'Phí chứng thực chữ ký', amount: 10000, per: 'trường hợp', basis: '226/2016/TT-BTC' })).toBe(
      'Phí chứng thực chữ ký: 10.000 đồng/trường hợp (theo Thông tư số 226/2016/TT-BTC)',
    );
  });

  it('names a fee basis the procedure cites in full: “theo Nghị quyết số … ngày … của HĐND thành phố Hà Nội”', () => {
    // A real Hà Nội resolution with its date and issuer, used only for the shape of the citation.
    const resolution = {
      type: 'Nghị quyết',
      number: '45/2024/NQ-HĐND',
      date: '2024-12-10',
      issuer: 'HĐND thành phố Hà Nội',
    };
    const fee = { name: 'Giá dịch vụ', amount: 50000, per: 'lần', basis: '45/2024/NQ-HĐND' };
    expect(feeLine(fee, [resolution])).toBe(
      'Giá dịch vụ: 50.000 đồng/lần (theo Nghị quyết số 45/2024/NQ-HĐND ngày 10/12/2024 của HĐND thành phố Hà Nội)',
    );
    // Not cited in 5.1: the kind and number only, never a guessed date or issuer.
    expect(feeLine(fee)).toBe('Giá dịch vụ: 50.000 đồng/lần (theo Nghị quyết số 45/2024/NQ-HĐND)');
  });
});
