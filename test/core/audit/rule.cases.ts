import type { RuleCase } from '../validate/rules/case.js';
import { obj, type UnitFiles } from '../validate/unit-builder.js';

const A = 'audits/DGNB-2012-01.yaml';

/** A findings file with one minor nonconformity, open, due 2012-12-15, changed by `patch`. */
function audit(patch: Record<string, unknown> = {}, extra: Array<Record<string, unknown>> = []) {
  return (f: UnitFiles) => {
    f[A] = {
      id: 'DGNB-2012-01',
      date: '2012-11-20',
      auditors: [{ name: 'Lê Văn Cường', role: 'thu-ky-iso', lead: true }],
      scope: { procedures: ['QT-HT-01'], clauses: ['7.5.1', '7.2.2'] },
      findings: [
        {
          id: 'NC-01',
          clause: '7.5.1',
          procedure: 'QT-HT-01',
          question: 'QT-HT-01/S-02',
          grade: 'minor',
          description: 'Hồ sơ 15/2012 trả muộn 2 ngày.',
          due: '2012-12-15',
          ...patch,
        },
        ...extra,
      ],
    };
  };
}

const verified = {
  closed: '2012-12-10',
  verification: { date: '2013-01-20', by: 'Lê Văn Cường', result: 'Tháng 12 không có hồ sơ trễ hạn.', effective: true },
};
const excluding = (clause: string, patch: Record<string, unknown>) => (f: UnitFiles) => {
  audit(patch)(f);
  obj(f, 'qms.yaml').exclusions = [{ clause, reason: 'Không thiết kế dịch vụ: TTHC do pháp luật quy định.' }];
};

/** QMS040–QMS042: findings of internal audits (audits/*.yaml). */
export const auditCases: RuleCase[] = [
  { rule: 'QMS040', name: 'open nonconformity not yet due', expect: [], asOf: '2012-12-01', mutate: audit() },
  {
    rule: 'QMS040',
    name: 'closed nonconformity past its due date',
    expect: [],
    mutate: audit(verified),
    asOf: '2013-06-01',
  },
  {
    rule: 'QMS040',
    name: 'an observation has no due date to miss',
    expect: [],
    mutate: audit({ id: 'OBS-01', grade: 'observation' }),
    asOf: '2013-06-01',
  },
  {
    rule: 'QMS040',
    name: 'open nonconformity past its due date',
    expect: [{ file: A, path: '/findings/0/due', severity: 'error' }],
    asOf: '2012-12-16',
    mutate: audit(),
  },
  {
    rule: 'QMS040',
    name: 'due on the check date itself is not yet late',
    expect: [],
    asOf: '2012-12-15',
    mutate: audit(),
  },

  { rule: 'QMS041', name: 'closed and verified effective', expect: [], mutate: audit(verified) },
  {
    rule: 'QMS041',
    name: 'closed without verification',
    expect: [{ file: A, path: '/findings/0/closed', severity: 'error' }],
    mutate: audit({ closed: '2012-12-10' }),
  },
  {
    rule: 'QMS041',
    name: 'closed although found not effective',
    expect: [{ file: A, path: '/findings/0/verification/effective' }],
    mutate: audit({ ...verified, verification: { ...verified.verification, effective: false } }),
  },

  { rule: 'QMS042', name: 'finding on an applied clause', expect: [], mutate: excluding('7.3', {}) },
  {
    rule: 'QMS042',
    name: 'finding on a sub-clause of an excluded clause',
    expect: [{ file: A, path: '/findings/0/clause', severity: 'warning' }],
    mutate: excluding('7.3', { clause: '7.3.2' }),
  },
  {
    rule: 'QMS042',
    name: 'a conforming result on an excluded clause (the exclusion was checked)',
    expect: [],
    mutate: excluding('7.6', { clause: '7.6', grade: 'conforming' }),
  },
];
