import { obj } from '../unit-builder.js';
import type { RuleCase } from './case.js';

const P = 'procedures/QT-HT-01.yaml';

/** QMS001–QMS006: files, YAML, schema, unknown files, NFC, invisible characters. */
export const inputCases: RuleCase[] = [
  {
    rule: 'QMS001',
    name: 'UTF-8 with a BOM and CRLF is read',
    expect: [],
    mutate: (f) => {
      f['policy.yaml'] = Buffer.from('\ufeffcode: CSCL\r\n', 'utf8');
    },
  },
  {
    rule: 'QMS001',
    name: 'a Latin-1 byte is an encoding error at its line and column',
    expect: [{ file: 'policy.yaml', line: 2, col: 11, code: 'E_ENCODING' }],
    mutate: (f) => {
      f['policy.yaml'] = Buffer.concat([Buffer.from('code: CSCL\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    },
  },
  {
    rule: 'QMS001',
    name: 'UTF-16 is refused',
    expect: [{ file: 'policy.yaml', line: 1, col: 1, code: 'E_ENCODING' }],
    mutate: (f) => {
      f['policy.yaml'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code: CSCL\n', 'utf16le')]);
    },
  },
  {
    rule: 'QMS001',
    name: 'CR-only line endings are refused',
    expect: [{ file: 'policy.yaml', code: 'E_LINE_ENDINGS' }],
    mutate: (f) => {
      f['policy.yaml'] = 'code: CSCL\rtitle: x\r';
    },
  },

  { rule: 'QMS002', name: 'clean YAML', expect: [], mutate: () => {} },
  {
    rule: 'QMS002',
    name: 'duplicate key at its second occurrence',
    expect: [{ file: 'policy.yaml', line: 3, col: 1, code: 'E_DUP_KEY' }],
    mutate: (f) => {
      f['policy.yaml'] = 'code: CSCL\ntitle: a\ntitle: b\n';
    },
  },
  {
    rule: 'QMS002',
    name: 'an alias is refused with its position',
    expect: [
      { file: 'policy.yaml', line: 1, col: 7, code: 'E_ALIAS' },
      { file: 'policy.yaml', line: 2, col: 8, code: 'E_ALIAS' },
    ],
    mutate: (f) => {
      f['policy.yaml'] = 'code: &a CSCL\ntitle: *a\n';
    },
  },
  {
    rule: 'QMS002',
    name: 'a tab indent',
    expect: [{ file: 'policy.yaml', code: 'E_TAB' }],
    mutate: (f) => {
      f['policy.yaml'] = 'approval:\n\tprepared: x\n';
    },
  },
  {
    rule: 'QMS002',
    name: 'an empty file',
    expect: [{ file: 'policy.yaml', line: 1, col: 1, code: 'E_EMPTY' }],
    mutate: (f) => {
      f['policy.yaml'] = '# only a comment\n';
    },
  },

  { rule: 'QMS003', name: 'schema-valid files', expect: [], mutate: () => {} },
  {
    rule: 'QMS003',
    name: 'a missing field is reported at its parent',
    expect: [{ file: 'policy.yaml', path: '', line: 1, col: 1, code: 'required' }],
    mutate: (f) => {
      delete obj(f, 'policy.yaml').statement;
    },
  },
  {
    rule: 'QMS003',
    name: 'an unknown field at its key',
    expect: [{ file: P, path: '/steps/1/rol', code: 'additionalProperties' }],
    mutate: (f) => {
      obj(f, P).steps[1].rol = 'x';
    },
  },
  {
    rule: 'QMS003',
    name: 'a step with neither a role nor a coordinating agency',
    expect: [{ file: P, path: '/steps/1', code: 'oneOf' }],
    mutate: (f) => {
      delete obj(f, P).steps[1].role;
    },
  },
  {
    rule: 'QMS003',
    name: 'a step with both a role and a coordinating agency',
    expect: [{ file: P, path: '/steps/1', code: 'oneOf' }],
    mutate: (f) => {
      obj(f, P).tthc.coordinatingAgencies = [{ id: 'chi-cuc-thue', name: 'Chi cục Thuế huyện Từ Liêm' }];
      obj(f, P).steps[1].agency = 'chi-cuc-thue';
    },
  },
  {
    rule: 'QMS003',
    name: 'an impossible date',
    expect: [{ file: 'policy.yaml', path: '/effectiveDate', code: 'format' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').effectiveDate = '2012-02-30';
    },
  },
  {
    rule: 'QMS003',
    name: 'the top level is a list',
    expect: [{ file: 'policy.yaml', path: '', line: 1, col: 1, code: 'type' }],
    mutate: (f) => {
      f['policy.yaml'] = '- a\n- b\n';
    },
  },

  { rule: 'QMS004', name: 'only known files', expect: [], mutate: () => {} },
  {
    rule: 'QMS004',
    name: 'a stray YAML file at the top',
    expect: [{ file: 'ghi-chu.yaml', line: 1, col: 1 }],
    mutate: (f) => {
      f['ghi-chu.yaml'] = 'a: 1\n';
    },
  },
  {
    rule: 'QMS004',
    name: 'a procedure with an upper-case extension is reported, not skipped',
    expect: [{ file: 'procedures/QT-HT-09.YAML', line: 1, col: 1, code: 'E_EXTENSION_CASE' }],
    mutate: (f) => {
      f['procedures/QT-HT-09.YAML'] = 'code: QT-HT-09\n';
    },
  },
  {
    rule: 'QMS004',
    name: 'a procedure in a sub-folder of procedures/ is reported, not skipped',
    expect: [{ file: 'procedures/cu/QT-HT-09.yml', line: 1, col: 1, code: 'E_NESTED' }],
    mutate: (f) => {
      f['procedures/cu/QT-HT-09.yml'] = 'code: QT-HT-09\n';
    },
  },
  {
    rule: 'QMS004',
    name: 'a broken file in a sub-folder is still reported as misplaced',
    expect: [{ file: 'procedures/cu/x.yaml', code: 'E_NESTED' }],
    mutate: (f) => {
      f['procedures/cu/x.yaml'] = 'a: [\n';
    },
  },

  {
    rule: 'QMS005',
    name: 'precomposed Vietnamese',
    expect: [],
    mutate: (f) => {
      obj(f, 'policy.yaml').statement = 'Phục vụ nhân dân';
    },
  },
  {
    rule: 'QMS005',
    name: 'decomposed Vietnamese, first place',
    expect: [{ file: 'policy.yaml', path: '/statement' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').statement = 'Phục vụ nhân dân'.normalize('NFD');
    },
  },

  { rule: 'QMS006', name: 'no invisible characters', expect: [], mutate: () => {} },
  {
    rule: 'QMS006',
    name: 'a zero-width space in text',
    expect: [{ file: 'policy.yaml', path: '/statement' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').statement = 'Phục vụ\u200b nhân dân';
    },
  },
  {
    rule: 'QMS006',
    name: 'a bidi override',
    expect: [{ file: P, path: '/title' }],
    mutate: (f) => {
      obj(f, P).title = 'Quy trình \u202eabc';
    },
  },
  // Issue 11 item 5: the parsed value is checked, so YAML escapes do not hide the character.
  {
    rule: 'QMS006',
    name: 'a bidi override written as a YAML escape',
    expect: [{ file: 'policy.yaml', path: '/title' }],
    mutate: (f) => {
      f['policy.yaml'] = 'code: CSCL\ntitle: "Biểu mẫu exe\\u202Egnp.png"\n';
    },
  },
  {
    rule: 'QMS006',
    name: 'a zero-width space written as an escape, inside a list',
    expect: [{ file: 'policy.yaml', path: '/commitments/1' }],
    mutate: (f) => {
      f['policy.yaml'] = 'code: CSCL\ncommitments:\n  - "Công khai"\n  - "Minh\\u200Bbạch"\n';
    },
  },
  {
    rule: 'QMS006',
    name: 'emoji joined by zero-width joiners are not findings',
    expect: [],
    mutate: (f) => {
      obj(f, 'policy.yaml').statement = 'Gia đình 👨\u200d👩\u200d👧 và 🏳️\u200d🌈, thợ 👩🏽\u200d🔧';
    },
  },
  {
    rule: 'QMS006',
    name: 'a zero-width joiner between letters is a finding',
    expect: [{ file: 'policy.yaml', path: '/statement' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').statement = 'Phục\u200dvụ nhân dân';
    },
  },
];
