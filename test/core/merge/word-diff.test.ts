import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src/core/merge/word-diff.js';

describe('wordDiff', () => {
  it('shows the changed words of long values with a little context', () => {
    const before =
      'Nghị định số 158/2005/NĐ-CP ngày 27/12/2005 của Chính phủ về đăng ký và quản lý hộ tịch, sửa đổi năm 2012';
    const after =
      'Nghị định số 158/2005/NĐ-CP ngày 27/12/2005 của Chính phủ về đăng ký và quản lý hộ tịch, sửa đổi năm 2013';
    expect(wordDiff(before, after)).toBe('…tịch, sửa đổi năm [-2012-]{+2013+}');
  });

  it('a change in the middle keeps context on both sides', () => {
    expect(wordDiff('a b c d e f g h i j k l', 'a b c d e F g h i j k l', 2)).toBe('…d e [-f-]{+F+} g h…');
  });

  it('insertions and deletions', () => {
    expect(wordDiff('trả kết quả trong ngày', 'trả kết quả ngay trong ngày')).toBe('trả kết quả {+ngay+} trong ngày');
    expect(wordDiff('trả kết quả ngay trong ngày', 'trả kết quả trong ngày')).toBe('trả kết quả [-ngay-] trong ngày');
  });
});
