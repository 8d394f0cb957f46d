import { afterAll, describe, expect, it } from 'vitest';
import { assess, blockersOf, checkOf, obj, readyUnit, removeUnits, stageOf } from './builder.js';

afterAll(removeUnits);
const READY = '2013-05-01';

describe('a unit with every piece of evidence', () => {
  it('is ready for assessment with 100 points, parts adding up by clause group', () => {
    const u = assess(readyUnit(), READY);
    expect(u.status).toBe('ready');
    expect(u.stage).toBe('target');
    expect(u.score).toBe(100);
    expect(u.parts.map((p) => [p.group, p.points, p.max])).toEqual([
      ['4', 20, 20],
      ['5', 25, 25],
      ['6', 10, 10],
      ['7', 20, 20],
      ['8', 25, 25],
    ]);
    expect(u.stages.slice(0, 7).every((s) => s.met)).toBe(true);
    expect(u.blockers.map((b) => b.code)).toEqual(['certificate']);
  });
});

describe('stage 1: steering committee and management representative', () => {
  it('a missing decision blocks, names qms.yaml and the milestone', () => {
    const f = readyUnit();
    delete obj(f, 'qms.yaml').milestones.managementRepresentative;
    const u = assess(f, READY);
    expect(stageOf(u, 'steering').met).toBe(false);
    expect(u.stage).toBe('steering');
    expect(u.blockers[0]).toMatchObject({
      rank: 1,
      code: 'management-representative',
      file: 'qms.yaml',
      path: '/milestones/managementRepresentative',
      severity: 'blocker',
      pointsLost: 5,
    });
    // 95 points, capped at 90 while a blocker remains (docs/readiness-json.md).
    expect(u.score).toBe(90);
    expect(u.cappedBy).toBe('management-representative');
  });

  it('a decision dated after --as-of does not count yet', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.steeringCommittee.date = '2013-06-01';
    expect(checkOf(assess(f, READY), 'steering-committee').passed).toBe(false);
    expect(checkOf(assess(f, '2013-06-01'), 'steering-committee').passed).toBe(true);
  });
});

describe('stage 2: training', () => {
  it('needs an internal-auditor course, recognised by its topic', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.training = [{ date: '2012-04-01', topic: 'Nhận thức chung' }];
    const u = assess(f, READY);
    expect(checkOf(u, 'training').passed).toBe(true);
    expect(checkOf(u, 'training-auditors').passed).toBe(false);
    expect(blockersOf(u, 'training-auditors')[0].file).toBe('qms.yaml');
  });
});

describe('stage 3: documents', () => {
  it('a validation error blocks, naming the file and the rule', () => {
    const f = readyUnit();
    obj(f, 'procedures/QT-HT-01.yaml').steps[0].role = 'khong-co';
    const u = assess(f, READY);
    expect(checkOf(u, 'documents-valid').passed).toBe(false);
    expect(blockersOf(u, 'documents-valid')[0]).toMatchObject({ file: 'procedures/QT-HT-01.yaml', key: 'QMS015' });
    expect(u.status).toBe('applying');
  });

  it('a superseded legal basis is advice for six months, then a blocker', () => {
    // The fixture's QT-HT-01 cites fee basis 97/2006/TT-BTC, superseded on 2014-01-01.
    const f = readyUnit();
    const within = assess(f, '2014-03-01');
    expect(blockersOf(within, 'legal-basis-current')[0]).toMatchObject({
      severity: 'advice',
      key: '02/2014/TT-BTC',
      file: 'procedures/QT-HT-01.yaml',
      path: '/fees/0/basis',
    });
    expect(checkOf(within, 'legal-basis-current').passed).toBe(true);
    const after = assess(f, '2014-07-01');
    expect(blockersOf(after, 'legal-basis-current')[0].severity).toBe('blocker');
    expect(checkOf(after, 'legal-basis-current').passed).toBe(false);
  });

  it('every TTHC of the model needs a procedure or a justified exclusion', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').tthcExclusions = [];
    const u = assess(f, READY);
    expect(checkOf(u, 'tthc-coverage')).toMatchObject({ passed: false, points: 5, max: 10 });
    expect(u.tthc).toEqual({ required: 2, covered: 1 });
    expect(blockersOf(u, 'tthc-coverage')[0]).toMatchObject({ newFile: true });
    expect(blockersOf(u, 'tthc-coverage')[0].action.vi).toContain('qms new procedure t-ket-hon');
  });
});

describe('stage 4: applied for three months', () => {
  it('counts from applicationStart; met on the day three months later', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.applicationStart = '2013-02-01';
    const early = assess(f, '2013-04-30');
    expect(checkOf(early, 'application-period').passed).toBe(false);
    expect(checkOf(early, 'application-period').points).toBeGreaterThan(9);
    expect(checkOf(assess(f, '2013-05-01'), 'application-period').passed).toBe(true);
  });
});

describe('stage 5: internal audit', () => {
  it('must cover every procedure and every applicable clause (exclusions of 7.3 take 7.3.x)', () => {
    const f = readyUnit();
    const scope = obj(f, 'audits/DGNB-2013-01.yaml').scope;
    scope.procedures = scope.procedures.filter((p: string) => p !== 'QT-05');
    scope.clauses = scope.clauses.filter((c: string) => c !== '8.4');
    const u = assess(f, READY);
    expect(checkOf(u, 'audit-procedures')).toMatchObject({ passed: false, points: 6.9 });
    expect(checkOf(u, 'audit-clauses').passed).toBe(false);
    const gaps = [...blockersOf(u, 'audit-procedures'), ...blockersOf(u, 'audit-clauses')];
    expect(gaps.map((b) => b.message.en)).toEqual(
      expect.arrayContaining([expect.stringContaining('QT-05'), expect.stringContaining('8.4')]),
    );
    expect(gaps[0]).toMatchObject({ file: 'audits/DGNB-2013-02.yaml', newFile: true });
  });

  it('counts audits of the last 12 months only', () => {
    const u = assess(readyUnit(), '2014-03-05');
    expect(checkOf(u, 'audit-procedures').passed).toBe(false);
    expect(checkOf(u, 'audit-procedures').evidence.en).toContain('last: DGNB-2013-01');
  });
});

describe('stage 6: management review', () => {
  it('needs every input of 5.6.2 a–g', () => {
    const f = readyUnit();
    delete obj(f, 'reviews/2013-04-20.yaml').inputs.customerFeedback;
    const u = assess(f, READY);
    expect(checkOf(u, 'review-held').passed).toBe(true);
    expect(checkOf(u, 'review-inputs').passed).toBe(false);
    expect(blockersOf(u, 'review-inputs')[0]).toMatchObject({ file: 'reviews/2013-04-20.yaml', path: '/inputs' });
    expect(blockersOf(u, 'review-inputs')[0].message.en).toContain('b) customer feedback');
  });
});

describe('stage 7: nonconformities', () => {
  it.each([
    [
      'open',
      (nc: Record<string, unknown>) => {
        delete nc.closed;
        delete nc.verification;
      },
      'open',
    ],
    [
      'not verified',
      (nc: Record<string, unknown>) => {
        delete nc.verification;
      },
      'not verified',
    ],
    [
      'not effective',
      (nc: { verification: { effective?: boolean } }) => {
        nc.verification.effective = false;
      },
      'not effective',
    ],
  ])('%s blocks, pointing at the finding', (_name, change, words) => {
    const f = readyUnit();
    change(obj(f, 'audits/DGNB-2013-01.yaml').findings[0]);
    const u = assess(f, READY);
    expect(stageOf(u, 'corrective').met).toBe(false);
    expect(blockersOf(u, 'nc-closed')[0]).toMatchObject({ file: 'audits/DGNB-2013-01.yaml', path: '/findings/0' });
    expect(blockersOf(u, 'nc-closed')[0].message.en).toContain(words);
  });
});

describe('stage 8: the regime follows --as-of (switch on 2014-05-18)', () => {
  it('asks for a certificate until 2014-05-17 and an announcement from 2014-05-18', () => {
    const f = readyUnit();
    expect(assess(f, '2014-05-17').blockers.some((b) => b.code === 'certificate')).toBe(true);
    const after = assess(f, '2014-05-18');
    expect(after.blockers.some((b) => b.code === 'announcement')).toBe(true);
    expect(after.blockers.find((b) => b.code === 'announcement')!.action.vi).toContain('QĐ 19/2014');
  });

  it('an announcement counts from its date, and only under QĐ 19/2014', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.announcement = {
      number: '50/QĐ-UBND',
      date: '2014-05-10',
      sentTo: 'Sở KH&CN',
      sentDate: '2014-05-12',
    };
    expect(assess(f, '2014-06-01').targetAchieved).toBe(false);
    obj(f, 'qms.yaml').milestones.announcement = { number: '50/QĐ-UBND', date: '2014-06-01' };
    const u = assess(f, '2014-06-02');
    expect(u.targetAchieved).toBe(true);
    expect(checkOf(u, 'announcement-sent').passed).toBe(false);
    expect(u.status).toBe('needs-maintenance');
  });

  it('a certificate: certified while current, with yearly surveillance; lapsed when expired', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.certification = {
      number: 'HT 1.13',
      body: 'QUACERT',
      date: '2013-04-25',
      expires: '2016-04-24',
    };
    const u = assess(f, READY);
    expect(u).toMatchObject({ status: 'certified', stage: 'maintenance', targetAchieved: true });
    const overdue = assess(f, '2014-04-26');
    expect(checkOf(overdue, 'surveillance').passed).toBe(false);
    expect(overdue.status).toBe('needs-maintenance');
    const expired = assess(f, '2016-04-24');
    expect(expired).toMatchObject({ status: 'needs-maintenance', stage: 'target', targetAchieved: false });
  });
});

describe('status vocabulary before the target', () => {
  it('not started, building, applying by the milestones reached', () => {
    const f = readyUnit();
    expect(assess(f, '2012-01-01').status).toBe('not-started');
    expect(assess(f, '2012-04-15').status).toBe('building');
    expect(assess(f, '2012-07-01').status).toBe('applying');
    expect(assess(f, READY).status).toBe('ready');
  });
});
