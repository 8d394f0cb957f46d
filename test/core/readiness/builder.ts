import { auditableClauses } from '../../../src/core/readiness/clauses.js';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import type { UnitReadiness } from '../../../src/core/readiness/types.js';
import { cleanUnit, FIXTURE_MODEL, obj, writeUnit, type UnitFiles } from '../validate/unit-builder.js';

export { obj, removeUnits } from '../validate/unit-builder.js';

const PROCEDURES = ['QT-01', 'QT-02', 'QT-03', 'QT-04', 'QT-05', 'QT-06', 'QT-HT-01'];
const applicable = () => auditableClauses().filter((c) => !c.startsWith('7.3') && c !== '7.6');

/**
 * The fixture unit of validate (clean under every rule) made ready for assessment by 2013-05-01:
 * every milestone, a full internal audit in March 2013 with one minor NC closed and verified, a
 * complete management review in April 2013.
 */
export function readyUnit(): UnitFiles {
  const files = cleanUnit();
  Object.assign(obj(files, 'qms.yaml'), {
    exclusions: [
      { clause: '7.3', reason: 'Không thiết kế.' },
      { clause: '7.6', reason: 'Không dùng thiết bị đo.' },
    ],
    milestones: {
      steeringCommittee: { number: '10/QĐ-UBND', date: '2012-03-01' },
      managementRepresentative: { number: '11/QĐ-UBND', date: '2012-03-01' },
      training: [
        { date: '2012-04-01', topic: 'Nhận thức chung về TCVN ISO 9001:2008' },
        { date: '2012-09-01', topic: 'Đào tạo chuyên gia đánh giá nội bộ' },
      ],
      documentsIssued: { number: '20/QĐ-UBND', date: '2012-06-01' },
      applicationStart: '2012-06-01',
    },
  });
  // The year's objectives (5.4.1) and last year's results (5.6.2 c) are evidence too.
  obj(files, 'objectives/2012.yaml').objectives[0].result = { value: 98.5, measuredOn: '2013-01-10' };
  const y2013 = structuredClone(obj(files, 'objectives/2012.yaml'));
  delete y2013.objectives[0].result;
  files['objectives/2013.yaml'] = {
    ...y2013,
    code: 'MTCL-2013',
    title: 'Mục tiêu chất lượng năm 2013',
    year: 2013,
    effectiveDate: '2013-01-02',
    revisions: [{ issue: 1, date: '2013-01-02', description: 'Ban hành lần đầu' }],
  };
  files['audits/DGNB-2013-01.yaml'] = {
    id: 'DGNB-2013-01',
    date: '2013-03-04',
    endDate: '2013-03-05',
    auditors: [{ name: 'Lê Văn Cường', lead: true }],
    scope: { procedures: [...PROCEDURES], clauses: applicable() },
    findings: [
      {
        id: 'NC-01',
        clause: '7.5.1',
        procedure: 'QT-HT-01',
        grade: 'minor',
        description: 'Trả chậm.',
        closed: '2013-03-20',
        verification: { date: '2013-04-10', by: 'Trần Thị Bình', result: 'Không còn trả chậm.', effective: true },
      },
    ],
  };
  files['reviews/2013-04-20.yaml'] = {
    date: '2013-04-20',
    chair: 'Nguyễn Văn An',
    participants: ['Nguyễn Văn An'],
    inputs: {
      auditResults: 'a',
      customerFeedback: 'b',
      processPerformance: 'c',
      actionsStatus: 'd',
      followUp: 'e',
      changes: 'f',
      recommendations: 'g',
    },
    outputs: [{ decision: 'Đăng ký đánh giá chứng nhận.' }],
  };
  return files;
}

/** Write the unit and assess it with the fixture model. */
export function assess(files: UnitFiles, asOf: string): UnitReadiness {
  return assessUnit(writeUnit(files), { asOf, modelOverride: FIXTURE_MODEL });
}

export function checkOf(u: UnitReadiness, id: string) {
  const c = u.stages.flatMap((s) => s.checks).find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}

export function stageOf(u: UnitReadiness, id: string) {
  return u.stages.find((s) => s.id === id)!;
}

export const blockersOf = (u: UnitReadiness, code: string) => u.blockers.filter((b) => b.code === code);
