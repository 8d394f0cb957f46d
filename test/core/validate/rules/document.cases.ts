import { obj } from '../unit-builder.js';
import type { RuleCase } from './case.js';

const P = 'procedures/QT-HT-01.yaml';
const Q1 = 'procedures/QT-01.yaml';

/** QMS010–QMS022: model, codes, forms, roles, times, records, approval, revisions. */
export const documentCases: RuleCase[] = [
  { rule: 'QMS010', name: 'the fixture model', expect: [], mutate: () => {} },
  {
    rule: 'QMS010',
    name: 'a model the tool does not know',
    expect: [{ file: 'qms.yaml', path: '/model/id' }],
    ownModel: true,
    mutate: (f) => {
      obj(f, 'qms.yaml').model = { id: 'no-such-model', version: '1.0.0' };
    },
  },
  {
    rule: 'QMS010',
    name: 'a version the tool does not have',
    expect: [{ file: 'qms.yaml', path: '/model/version' }],
    ownModel: true,
    mutate: (f) => {
      obj(f, 'qms.yaml').model = { id: 'hanoi-qms', version: '9.9.9' };
    },
  },
  {
    rule: 'QMS010',
    name: 'a unit type the model lacks',
    expect: [{ file: 'qms.yaml', path: '/type' }],
    mutate: (f) => {
      obj(f, 'qms.yaml').type = 'huyen';
    },
  },

  { rule: 'QMS011', name: 'code equals file name', expect: [], mutate: () => {} },
  {
    rule: 'QMS011',
    name: 'code differs from file name',
    expect: [{ file: P, path: '/code' }],
    mutate: (f) => {
      obj(f, P).code = 'QT-HT-09';
    },
  },
  {
    rule: 'QMS011',
    name: 'system code with kind operational',
    expect: [{ file: Q1, path: '/kind' }],
    mutate: (f) => {
      obj(f, Q1).kind = 'operational';
    },
  },
  {
    rule: 'QMS011',
    name: 'objectives file named after another year',
    expect: [
      { file: 'objectives/2012.yaml', path: '/year' },
      { file: 'objectives/2012.yaml', path: '/code' },
    ],
    mutate: (f) => {
      obj(f, 'objectives/2012.yaml').year = 2013;
    },
  },

  { rule: 'QMS012', name: 'unique codes', expect: [], mutate: () => {} },
  {
    rule: 'QMS012',
    name: 'two procedures with one code',
    expect: [{ file: 'procedures/QT-HT-02.yaml', path: '/code' }],
    mutate: (f) => {
      f['procedures/QT-HT-02.yaml'] = structuredClone(obj(f, P));
    },
  },
  {
    rule: 'QMS012',
    name: 'codes that differ only in case',
    expect: [{ file: 'policy.yaml', path: '/code' }],
    mutate: (f) => {
      obj(f, 'manual.yaml').code = 'CSCL';
      obj(f, 'policy.yaml').code = 'cscl';
    },
  },

  { rule: 'QMS013', name: 'unique form codes', expect: [], mutate: () => {} },
  {
    rule: 'QMS013',
    name: 'a form code twice in a procedure',
    expect: [{ file: P, path: '/forms/1/code' }],
    mutate: (f) => {
      obj(f, P).forms[1].code = 'BM-HT-01-01';
      obj(f, P).steps[0].forms = ['BM-HT-01-01'];
    },
  },
  {
    rule: 'QMS013',
    name: 'a form code in two procedures (reported at the later file)',
    expect: [{ file: P, path: '/forms/0/code' }],
    mutate: (f) => {
      obj(f, Q1).forms = [{ code: 'BM-HT-01-01', title: 'Trùng' }];
    },
  },

  { rule: 'QMS014', name: 'forms listed', expect: [], mutate: () => {} },
  {
    rule: 'QMS014',
    name: 'a step names an unlisted form',
    expect: [{ file: P, path: '/steps/0/forms/0' }],
    mutate: (f) => {
      obj(f, P).steps[0].forms = ['BM-HT-01-09'];
    },
  },
  {
    rule: 'QMS014',
    name: 'a dossier item names an unlisted form',
    expect: [{ file: P, path: '/dossier/0/form' }],
    mutate: (f) => {
      obj(f, P).dossier[0].form = 'BM-HT-01-07';
    },
  },

  { rule: 'QMS037', name: 'every section checked against the law', expect: [], mutate: () => {} },
  {
    rule: 'QMS037',
    name: 'a dossier and steps the model could not check are reported once, at info level',
    expect: [{ file: P, path: '/unchecked', severity: 'info' }],
    mutate: (f) => {
      obj(f, P).unchecked = ['dossier', 'steps'];
    },
  },

  {
    rule: 'QMS036',
    name: 'owners of the 2015 risk register and process map are roles of the unit',
    expect: [],
    mutate: (f) => Object.assign(f, iso2015Files('thu-ky-iso', 'lanh-dao')),
  },
  {
    rule: 'QMS036',
    name: 'a risk owner and a process owner not in qms.yaml',
    expect: [
      { file: 'process-map.yaml', path: '/processes/0/owner' },
      { file: 'risks.yaml', path: '/items/1/owner' },
    ],
    mutate: (f) => Object.assign(f, iso2015Files('van-thu', 'chu-tich')),
  },
  { rule: 'QMS015', name: 'roles exist', expect: [], mutate: () => {} },
  {
    rule: 'QMS015',
    name: 'a step role, a keeper and an objective owner not in qms.yaml',
    expect: [
      { file: 'objectives/2012.yaml', path: '/objectives/0/responsible' },
      { file: P, path: '/steps/1/role' },
      { file: P, path: '/records/0/keeper' },
    ],
    mutate: (f) => {
      obj(f, P).steps[1].role = 'tu-phap';
      obj(f, P).records[0].keeper = 'van-thu';
      obj(f, 'objectives/2012.yaml').objectives[0].responsible = 'ai-do';
    },
  },

  {
    rule: 'QMS015',
    name: 'a liên thông step done by a listed coordinating agency (not a role of the unit)',
    expect: [],
    mutate: (f) => withTaxOffice(f),
  },
  {
    rule: 'QMS015',
    name: 'a step naming an agency the procedure does not list',
    expect: [{ file: P, path: '/steps/1/agency' }],
    mutate: (f) => {
      withTaxOffice(f);
      obj(f, P).steps[1].agency = 'van-phong-dang-ky-dat-dai';
    },
  },

  { rule: 'QMS016', name: 'every used role has people', expect: [], mutate: () => {} },
  {
    rule: 'QMS016',
    name: 'a coordinating agency needs no people of the unit',
    expect: [],
    mutate: (f) => withTaxOffice(f),
  },
  {
    rule: 'QMS016',
    name: 'a used role with nobody in it',
    expect: [{ file: 'qms.yaml', path: '/roles/3/people', severity: 'warning' }],
    mutate: (f) => {
      obj(f, 'qms.yaml').roles[3].people = [];
    },
  },
  {
    rule: 'QMS016',
    name: 'a role with nobody in it, used only as a process owner (2015)',
    expect: [{ file: 'qms.yaml', path: '/roles/1/people', severity: 'warning' }],
    mutate: (f) => {
      obj(f, 'qms.yaml').roles[1].people = [];
      Object.assign(f, iso2015Files('thu-ky-iso', 'pho-lanh-dao'));
    },
  },

  {
    rule: 'QMS035',
    name: 'the unit’s own name, its superior’s and a person after a title',
    expect: [],
    mutate: (f) => {
      obj(f, 'qms.yaml').superior = 'UBND huyện Từ Liêm';
      obj(f, P).scope = 'Áp dụng tại UBND xã Thử; báo cáo UBND huyện Từ Liêm; Chủ tịch UBND xã Nguyễn Văn An ký.';
    },
  },
  {
    rule: 'QMS035',
    name: 'a neighbour’s name left in a copied document',
    expect: [{ file: P, path: '/scope', severity: 'warning' }],
    mutate: (f) => {
      obj(f, P).scope = 'Áp dụng tại UBND xã Thanh Trì.';
    },
  },
  { rule: 'QMS034', name: 'the TTHC template’s 3 working days', expect: [], mutate: () => {} },
  {
    rule: 'QMS034',
    name: 'longer than the model’s legal time on the effective date',
    expect: [{ file: P, path: '/processingTime', severity: 'error' }],
    mutate: (f) => {
      obj(f, P).processingTime = { value: 5, unit: 'working_day' };
    },
  },
  {
    rule: 'QMS034',
    name: '“trong buổi làm việc” is within 3 working days',
    expect: [],
    mutate: (f) => {
      obj(f, P).processingTime = { value: 1, unit: 'same_session' };
    },
  },
  {
    rule: 'QMS034',
    name: '“trong ngày; sau 15 giờ thì ngày làm việc tiếp theo” is within 3 working days',
    expect: [],
    mutate: (f) => {
      obj(f, P).processingTime = { value: 1, unit: 'same_day', cutoffHour: 15 };
    },
  },
  {
    rule: 'QMS034',
    name: 'calendar days compare like working days: 3 days is not longer',
    expect: [],
    mutate: (f) => {
      obj(f, P).processingTime = { value: 3, unit: 'day' };
    },
  },

  { rule: 'QMS017', name: 'exactly the legal time (2.5 days + 4 h = 3 working days)', expect: [], mutate: () => {} },
  {
    rule: 'QMS017',
    name: 'half a day over',
    expect: [{ file: P, path: '/processingTime' }],
    mutate: (f) => {
      obj(f, P).steps[3].time = { value: 1, unit: 'working_day' };
    },
  },
  {
    rule: 'QMS017',
    name: 'hours add up: 23 h within 3 days',
    expect: [],
    mutate: (f) => {
      obj(f, P).steps[3].time = { value: 3, unit: 'hour' };
    },
  },
  {
    rule: 'QMS017',
    name: 'same day, cut-off 15:00: 2 h fit',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.processingTime = { value: 1, unit: 'same_day', cutoffHour: 15 };
      p.steps = p.steps.map((s: object) => ({ ...s, time: { value: 0.5, unit: 'hour' } }));
    },
  },
  {
    rule: 'QMS017',
    name: 'same day, cut-off 16:00: 2 h do not fit in 1 h',
    expect: [{ file: P, path: '/processingTime' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.processingTime = { value: 1, unit: 'same_day', cutoffHour: 16 };
      p.steps = p.steps.map((s: object) => ({ ...s, time: { value: 0.5, unit: 'hour' } }));
    },
  },
  {
    rule: 'QMS017',
    name: 'same day, half a working day is too long',
    expect: [{ file: P, path: '/processingTime' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.processingTime = { value: 1, unit: 'same_day' };
      p.steps = [{ ...p.steps[0], time: { value: 0.5, unit: 'working_day' } }];
    },
  },
  {
    rule: 'QMS017',
    name: 'calendar days count as working days',
    expect: [{ file: P, path: '/processingTime' }],
    mutate: (f) => {
      obj(f, P).processingTime = { value: 2, unit: 'day' };
    },
  },

  { rule: 'QMS018', name: 'every step has a time', expect: [], mutate: () => {} },
  {
    rule: 'QMS018',
    name: 'a step without a time',
    expect: [{ file: P, path: '/steps/2', severity: 'warning' }],
    mutate: (f) => {
      delete obj(f, P).steps[2].time;
    },
  },

  { rule: 'QMS019', name: 'complete records', expect: [], mutate: () => {} },
  {
    rule: 'QMS019',
    name: 'a record without retention and medium',
    expect: [{ file: P, path: '/records/0' }],
    mutate: (f) => {
      delete obj(f, P).records[0].retention;
      delete obj(f, P).records[0].medium;
    },
  },

  { rule: 'QMS020', name: 'three different people', expect: [], mutate: () => {} },
  {
    rule: 'QMS020',
    name: 'the approver prepared it',
    expect: [{ file: 'policy.yaml', path: '/approval/approved/name' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').approval.approved.name = ' lê văn cường ';
    },
  },
  {
    rule: 'QMS020',
    name: 'a job title instead of a name',
    expect: [{ file: 'manual.yaml', path: '/approval/reviewed/name' }],
    mutate: (f) => {
      obj(f, 'manual.yaml').approval.reviewed.name = 'Phó Chủ tịch UBND xã';
    },
  },

  {
    rule: 'QMS021',
    name: 'dates in order (same day allowed)',
    expect: [],
    mutate: (f) => {
      const a = obj(f, 'policy.yaml').approval;
      a.reviewed.date = a.prepared.date;
    },
  },
  {
    rule: 'QMS021',
    name: 'reviewed before prepared',
    expect: [{ file: 'policy.yaml', path: '/approval/reviewed/date' }],
    mutate: (f) => {
      obj(f, 'policy.yaml').approval.reviewed.date = '2012-05-01';
    },
  },
  {
    rule: 'QMS021',
    name: 'effective before approved',
    expect: [{ file: P, path: '/effectiveDate' }],
    mutate: (f) => {
      obj(f, P).effectiveDate = '2012-05-30';
      obj(f, P).revisions[0].date = '2012-05-30';
    },
  },

  {
    rule: 'QMS022',
    name: 'two issues in order',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.issue = 2;
      p.effectiveDate = '2013-01-01';
      p.revisions.push({ issue: 2, date: '2013-01-01', description: 'Sửa đổi' });
    },
  },
  {
    rule: 'QMS022',
    name: 'issue numbers go back and the last is not the current issue',
    expect: [
      { file: P, path: '/revisions/1/issue' },
      { file: P, path: '/revisions/1/issue' },
    ],
    mutate: (f) => {
      const p = obj(f, P);
      p.issue = 2;
      p.effectiveDate = '2012-07-01';
      p.revisions.push({ issue: 1, date: '2012-07-01', description: 'Sửa đổi' });
    },
  },
  {
    rule: 'QMS022',
    name: 'a date goes back',
    expect: [{ file: P, path: '/revisions/1/date' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.issue = 2;
      p.revisions.push({ issue: 2, date: '2012-01-01', description: 'Sửa đổi' });
    },
  },
];

/** A risk register and a process map (TCVN ISO 9001:2015) whose second risk and first process name these owners. */
function iso2015Files(riskOwner: string, processOwner: string) {
  const head = { issue: 1, effectiveDate: '2012-06-01', reviewed: '2012-06-01' };
  const rating = { process: 'Giải quyết TTHC', likelihood: 2, impact: 2, status: 'open' };
  return {
    'risks.yaml': {
      code: 'RRCH',
      title: 'Sổ đăng ký rủi ro và cơ hội',
      ...head,
      items: [
        {
          ...rating,
          id: 'RR-01',
          kind: 'risk',
          description: 'Hồ sơ trễ hẹn.',
          action: 'Theo dõi hạn hằng ngày.',
          owner: 'thu-ky-iso',
        },
        {
          ...rating,
          id: 'CH-01',
          kind: 'opportunity',
          description: 'Nộp hồ sơ trực tuyến.',
          action: 'Hướng dẫn người dân.',
          owner: riskOwner,
        },
      ],
    },
    'process-map.yaml': {
      code: 'SDQT',
      title: 'Sơ đồ các quá trình',
      ...head,
      processes: [
        {
          id: 'P-01',
          name: 'Lãnh đạo và hoạch định',
          group: 'management',
          owner: processOwner,
          inputs: ['Bối cảnh'],
          outputs: ['Mục tiêu'],
        },
      ],
    },
  };
}

/** The procedure as a liên thông one: the second step is the tax office's, not a role of the unit. */
function withTaxOffice(f: Record<string, unknown>): void {
  obj(f, P).tthc.coordinatingAgencies = [
    { id: 'chi-cuc-thue', name: 'Chi cục Thuế huyện Từ Liêm', task: 'xác định nghĩa vụ tài chính' },
  ];
  delete obj(f, P).steps[1].role;
  obj(f, P).steps[1].agency = 'chi-cuc-thue';
}
