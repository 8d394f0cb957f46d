import type { RuleCase } from './case.js';

/** A conflict block as `qms model update` leaves it above a field (comments, so the file still parses). */
const BLOCK = [
  '# <<<<<<< đơn vị, tiêu đề: giữ nguyên giá trị hiện tại (ngay dưới khối chú thích này)',
  '# title: Chính sách chất lượng của xã',
  '# ||||||| mô hình test-qms 1.0.0 (gốc)',
  '# title: Chính sách chất lượng',
  '# ======= mô hình test-qms 1.1.0',
  '# title: Chính sách chất lượng (sửa đổi)',
  '# >>>>>>> mô hình test-qms 1.1.0: chọn giá trị đúng, sửa nội dung bên dưới rồi xóa khối chú thích này',
].join('\n');

/** QMS032: conflict blocks left by `qms model update`. */
export const conflictCases: RuleCase[] = [
  {
    rule: 'QMS032',
    name: 'a comment that merely mentions <<<<<<< mid-line',
    expect: [],
    mutate: (f) => {
      f['policy.yaml'] = 'code: CSCL # not a <<<<<<< marker\n';
    },
  },
  {
    rule: 'QMS032',
    name: 'a conflict block still in the file is an error at its first line',
    expect: [{ file: 'policy.yaml', line: 2, col: 1, severity: 'error' }],
    mutate: (f) => {
      f['policy.yaml'] = `code: CSCL\n${BLOCK}\ntitle: Chính sách chất lượng của xã\n`;
    },
  },
];
