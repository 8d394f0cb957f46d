import { obj } from '../unit-builder.js';
import type { RuleCase } from './case.js';

const P = 'procedures/QT-HT-01.yaml';

/** QMS050: every form of a procedure has a document behind it (made by qms, or a source). */
export const formCases: RuleCase[] = [
  {
    rule: 'QMS050',
    name: 'a prescribed form and one qms makes',
    expect: [],
    mutate: (f) => {
      obj(f, P).forms = [
        { code: 'BM-HT-01-01', title: 'Tờ khai', source: 'Mẫu hộ tịch do Bộ Tư pháp ban hành' },
        { code: 'BM-HT-01-02', title: 'Phiếu yêu cầu hành động khắc phục (CAR)' },
      ];
    },
  },
  {
    rule: 'QMS050',
    name: 'forms with neither a source nor a generator',
    expect: [
      { file: P, path: '/forms/0', severity: 'info' },
      { file: P, path: '/forms/1', severity: 'info' },
    ],
    mutate: (f) => {
      obj(f, P).forms = [
        { code: 'BM-HT-01-01', title: 'Tờ khai' },
        { code: 'BM-HT-01-02', title: 'Giấy biên nhận' },
      ];
    },
  },
];
