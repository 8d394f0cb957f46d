import { obj } from '../unit-builder.js';
import type { RuleCase } from './case.js';

const O = 'objectives/2012.yaml';
const waiver = (patch: object) => (f: Record<string, unknown>) => {
  obj(f, 'procedures/QT-HT-01.yaml').steps[0].role = 'mot-cuaa';
  obj(f, 'qms.yaml').waivers = [
    {
      rule: 'QMS015',
      file: 'procedures/QT-HT-01.yaml',
      reason: 'Đang đổi tên vai trò',
      approvedBy: 'Nguyễn Văn An',
      expires: '2013-06-30',
      ...patch,
    },
  ];
};

/** QMS026–QMS031: mandatory documents, TTHC coverage, objectives, waivers. */
export const unitCases: RuleCase[] = [
  { rule: 'QMS026', name: 'all mandatory documents', expect: [], mutate: () => {} },
  {
    rule: 'QMS026',
    name: 'no manual, no corrective-action procedure',
    expect: [
      { file: 'qms.yaml', line: 1, col: 1 },
      { file: 'qms.yaml', line: 1, col: 1 },
    ],
    mutate: (f) => {
      delete f['manual.yaml'];
      delete f['procedures/QT-05.yaml'];
    },
  },
  {
    rule: 'QMS026',
    name: "a procedure with a syntax error still counts (by the model's system code)",
    expect: [],
    mutate: (f) => {
      f['procedures/QT-05.yaml'] = 'code: QT-05\ntitle: [unclosed\n';
    },
  },
  {
    rule: 'QMS026',
    name: 'no qms.yaml',
    expect: [{ file: 'qms.yaml', line: 1, col: 1 }],
    mutate: (f) => {
      delete f['qms.yaml'];
    },
  },

  { rule: 'QMS027', name: 'one TTHC covered, one excluded', expect: [], mutate: () => {} },
  {
    rule: 'QMS027',
    name: 'a TTHC neither covered nor excluded',
    expect: [{ file: 'qms.yaml', path: '' }],
    mutate: (f) => {
      delete obj(f, 'qms.yaml').tthcExclusions;
    },
  },
  {
    rule: 'QMS027',
    name: 'an exclusion without a reason',
    expect: [
      { file: 'qms.yaml', path: '/tthcExclusions/0/reason' },
      { file: 'qms.yaml', path: '/tthcExclusions' },
    ],
    mutate: (f) => {
      obj(f, 'qms.yaml').tthcExclusions[0].reason = ' ';
    },
  },

  { rule: 'QMS028', name: 'ids in the catalogue', expect: [], mutate: () => {} },
  {
    rule: 'QMS028',
    name: 'a procedure for an unknown TTHC, an exclusion of a covered one',
    expect: [
      { file: 'procedures/QT-HT-02.yaml', path: '/tthc/id', severity: 'warning' },
      { file: 'qms.yaml', path: '/tthcExclusions/0/tthc', severity: 'warning' },
    ],
    mutate: (f) => {
      const p2 = structuredClone(obj(f, 'procedures/QT-HT-01.yaml'));
      p2.code = 'QT-HT-02';
      p2.tthc.id = 't-khong-co';
      p2.forms = [];
      p2.dossier = [];
      p2.steps.forEach((s: { forms?: string[] }) => delete s.forms);
      f['procedures/QT-HT-02.yaml'] = p2;
      obj(f, 'qms.yaml').tthcExclusions[0].tthc = 't-khai-sinh';
    },
  },

  { rule: 'QMS029', name: 'a measurable objective', expect: [], mutate: () => {} },
  {
    rule: 'QMS029',
    name: 'placeholders and no comparison',
    expect: [
      { file: O, path: '/objectives/0/indicator' },
      { file: O, path: '/objectives/0/method' },
      { file: O, path: '/objectives/0' },
    ],
    mutate: (f) => {
      const o = obj(f, O).objectives[0];
      o.indicator = '…';
      o.method = 'TBD';
      delete o.comparison;
    },
  },
  {
    rule: 'QMS029',
    name: 'more than 100 %',
    expect: [{ file: O, path: '/objectives/0/target' }],
    mutate: (f) => {
      obj(f, O).objectives[0].target = 120;
    },
  },

  { rule: 'QMS030', name: 'a waiver in force', expect: [], mutate: waiver({}) },
  {
    rule: 'QMS030',
    name: 'an expired waiver',
    expect: [{ file: 'qms.yaml', path: '/waivers/0/expires', severity: 'warning' }],
    mutate: waiver({ expires: '2012-12-31' }),
  },

  { rule: 'QMS031', name: 'a waiver that matches', expect: [], mutate: waiver({}) },
  {
    rule: 'QMS031',
    name: 'a waiver for another file',
    expect: [{ file: 'qms.yaml', path: '/waivers/0', severity: 'info' }],
    mutate: waiver({ file: 'procedures/QT-01.yaml' }),
  },
];
