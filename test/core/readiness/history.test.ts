import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { regimeAt, regimeInfo } from '../../../src/core/readiness/regime.js';
import { repoRoot } from '../../helpers/run-cli.js';
import { assess, blockersOf, checkOf, obj, readyUnit, removeUnits, stageOf } from './builder.js';
import type { UnitFiles } from '../validate/unit-builder.js';

afterAll(removeUnits);

/** Objectives of `year` cloned from the fixture's 2013 ones, in force from 2 January. */
function objectivesOf(files: UnitFiles, year: number, withResult = false) {
  const o = structuredClone(obj(files, 'objectives/2013.yaml'));
  o.code = `MTCL-${year}`;
  o.title = `Mục tiêu chất lượng năm ${year}`;
  o.year = year;
  o.effectiveDate = `${year}-01-02`;
  o.revisions = [{ issue: 1, date: `${year}-01-02`, description: 'Ban hành lần đầu' }];
  delete o.objectives[0].result;
  if (withResult) o.objectives[0].result = { value: 99, measuredOn: `${year + 1}-01-10` };
  files[`objectives/${year}.yaml`] = o;
}

/**
 * The fixture unit carried into the announcement regime: a full audit on 14–15/07/2014 (its NC closed
 * and verified), a complete review on 20/08/2014, the 2014 objectives, announced on 15/09/2014.
 */
function announcedUnit(announcementDate = '2014-09-15'): UnitFiles {
  const f = readyUnit();
  // QT-HT-01's fee basis 97/2006/TT-BTC was replaced on 01/01/2014: re-issued under 02/2014/TT-BTC.
  const p = obj(f, 'procedures/QT-HT-01.yaml');
  p.fees[0].basis = '02/2014/TT-BTC';
  p.issue = 2;
  p.effectiveDate = '2014-03-01';
  p.revisions.push({ issue: 2, date: '2014-03-01', description: 'Cập nhật căn cứ thu lệ phí' });
  obj(f, 'objectives/2013.yaml').objectives[0].result = { value: 99, measuredOn: '2014-01-10' };
  objectivesOf(f, 2014);
  const audit = structuredClone(obj(f, 'audits/DGNB-2013-01.yaml'));
  Object.assign(audit, { id: 'DGNB-2014-01', date: '2014-07-14', endDate: '2014-07-15' });
  audit.findings[0].closed = '2014-07-30';
  audit.findings[0].verification.date = '2014-08-10';
  f['audits/DGNB-2014-01.yaml'] = audit;
  f['reviews/2014-08-20.yaml'] = { ...structuredClone(obj(f, 'reviews/2013-04-20.yaml')), date: '2014-08-20' };
  obj(f, 'qms.yaml').milestones.announcements = [
    {
      number: '98/QĐ-UBND',
      date: announcementDate,
      reason: 'initial',
      sentTo: 'Sở Khoa học và Công nghệ Hà Nội',
      sentDate: announcementDate,
    },
  ];
  return f;
}

describe('the order of the law: documents → application → audit and review → announcement', () => {
  it('an announcement in force from the right order counts: announced, 100', () => {
    const u = assess(announcedUnit(), '2014-12-31');
    expect(u.status).toBe('announced');
    expect(u.score).toBe(100);
    expect(u.blockers.filter((b) => b.severity === 'blocker')).toEqual([]);
  });

  it('an announcement before the internal audit and the review does not count; the blocker names both dates and files', () => {
    // announced 2014-06-02, audit 2014-07-14, review 2014-08-20, as of 2014-12-31 (issue 13); the 2013 audit is gone.
    const f = announcedUnit('2014-06-02');
    delete f['audits/DGNB-2013-01.yaml'];
    delete f['reviews/2013-04-20.yaml'];
    const u = assess(f, '2014-12-31');
    expect(stageOf(u, 'target').met).toBe(false);
    expect(u.status).not.toBe('announced');
    expect(u.targetAchieved).toBe(false);
    const b = blockersOf(u, 'target-order')[0];
    expect(b).toMatchObject({ severity: 'blocker', file: 'qms.yaml', path: '/milestones/announcements/0' });
    expect(b.files).toEqual(['qms.yaml', 'audits/DGNB-2014-01.yaml']);
    expect(b.message.vi).toContain('02/06/2014');
    expect(b.message.vi).toContain('14/07/2014');
    expect(b.message.vi).toContain('audits/DGNB-2014-01.yaml');
  });

  it('an announcement after the audit but before the review names the review', () => {
    const f = announcedUnit('2014-08-01');
    delete f['reviews/2013-04-20.yaml'];
    const b = blockersOf(assess(f, '2014-12-31'), 'target-order')[0];
    expect(b.message.en).toContain('management review of 2014-08-20 (reviews/2014-08-20.yaml)');
  });
});

describe('yearly objectives (5.4.1)', () => {
  it('a unit whose only objectives are for an earlier year is not announced at 100: objectives-current blocks', () => {
    const f = announcedUnit();
    delete f['objectives/2014.yaml'];
    const u = assess(f, '2014-12-31');
    expect(u.status).toBe('needs-maintenance');
    expect(u.score).toBeLessThanOrEqual(90);
    expect(blockersOf(u, 'objectives-current')[0]).toMatchObject({
      severity: 'blocker',
      file: 'objectives/2014.yaml',
      newFile: true,
    });
  });

  it("last year's objectives stand in during January; their results are required from February", () => {
    const f = announcedUnit();
    expect(checkOf(assess(f, '2015-01-20'), 'objectives-current').passed).toBe(true);
    const feb = assess(f, '2015-02-10');
    expect(checkOf(feb, 'objectives-current').passed).toBe(false);
    objectivesOf(f, 2015);
    const u = assess(f, '2015-02-10');
    expect(checkOf(u, 'objectives-current').passed).toBe(true);
    expect(blockersOf(u, 'objectives-results')[0]).toMatchObject({
      file: 'objectives/2014.yaml',
      path: '/objectives/0/result',
    });
  });
});

describe('score and status agree', () => {
  it('a blocker caps the score at 90, and says which', () => {
    const f = announcedUnit();
    obj(f, 'qms.yaml').milestones.announcements[0].sentDate = undefined;
    delete obj(f, 'qms.yaml').milestones.announcements[0].sentDate;
    const u = assess(f, '2014-12-31');
    expect(u.status).toBe('needs-maintenance');
    expect(u.parts.reduce((n, p) => n + p.points, 0)).toBe(100);
    expect(u.score).toBe(90);
    expect(u.cappedBy).toBe('announcement-sent');
  });

  it('a validation error is a blocker and keeps the score at 90 or below', () => {
    const f = announcedUnit();
    obj(f, 'procedures/QT-HT-01.yaml').steps[0].role = 'khong-co';
    const u = assess(f, '2014-12-31');
    expect(u.validation.errors).toBeGreaterThan(0);
    expect(blockersOf(u, 'documents-valid')[0].severity).toBe('blocker');
    expect(u.score).toBeLessThanOrEqual(90);
  });

  it('not being announced yet does not cap: a ready unit scores 100', () => {
    const u = assess(readyUnit(), '2013-05-01');
    expect(u.status).toBe('ready');
    expect(u.score).toBe(100);
    expect(u.cappedBy).toBeUndefined();
  });
});

describe('--as-of: what is dated after it does not exist', () => {
  it('a procedure first issued after asOf is not asked for; an audit after asOf does not count', () => {
    const f = announcedUnit();
    const p = structuredClone(obj(f, 'procedures/QT-HT-01.yaml'));
    Object.assign(p, { code: 'QT-HT-02', effectiveDate: '2015-05-15' });
    p.revisions = [{ issue: 1, date: '2015-05-15', description: 'Ban hành lần đầu' }];
    p.tthc = { ...p.tthc, id: 'khong-co-trong-mo-hinh' };
    f['procedures/QT-HT-02.yaml'] = p;
    const u = assess(f, '2014-12-31');
    expect(checkOf(u, 'audit-procedures').passed).toBe(true);
    expect(JSON.stringify(u.blockers)).not.toContain('QT-HT-02');
    // The 2014 audit, seen from the day before it ended, is not there yet: the last one is 2013's.
    const before = assess(announcedUnit(), '2014-07-14');
    expect(checkOf(before, 'audit-procedures').evidence.en).not.toContain('DGNB-2014-01');
  });

  it('an announcement, a report or an inspection dated after asOf is ignored', () => {
    const f = announcedUnit();
    obj(f, 'qms.yaml').milestones.inspections = [
      { date: '2015-03-01', body: 'Sở KH&CN', findings: [{ id: 'KT-01', description: 'Chưa cập nhật.' }] },
    ];
    const u = assess(f, '2014-09-14');
    expect(u.targetAchieved).toBe(false);
    expect(blockersOf(u, 'inspection-findings')).toEqual([]);
  });
});

describe('history: announcements, re-announcements, reports, inspections', () => {
  it('a re-announcement after a scope change is the one in force; the former single object is still read', () => {
    const f = announcedUnit();
    obj(f, 'qms.yaml').milestones.announcements.push({
      number: '128/QĐ-UBND',
      date: '2014-11-20',
      reason: 'extended',
      sentTo: 'Sở Khoa học và Công nghệ Hà Nội',
      sentDate: '2014-11-21',
    });
    expect(checkOf(assess(f, '2014-12-31'), 'announcement').evidence.vi).toContain('128/QĐ-UBND');
    expect(checkOf(assess(f, '2014-11-01'), 'announcement').evidence.vi).toContain('98/QĐ-UBND');
    const old = announcedUnit();
    const m = obj(old, 'qms.yaml').milestones;
    m.announcement = m.announcements[0];
    delete m.announcements;
    expect(assess(old, '2014-12-31').status).toBe('announced');
  });

  it('from 12/2014 the yearly report to the Sở KH&CN is due by November', () => {
    const f = announcedUnit();
    objectivesOf(f, 2015);
    obj(f, 'objectives/2014.yaml').objectives[0].result = { value: 99, measuredOn: '2015-01-10' };
    const audit = structuredClone(obj(f, 'audits/DGNB-2014-01.yaml'));
    Object.assign(audit, { id: 'DGNB-2015-01', date: '2015-07-13', endDate: '2015-07-14', findings: [] });
    f['audits/DGNB-2015-01.yaml'] = audit;
    f['reviews/2015-08-10.yaml'] = { ...structuredClone(obj(f, 'reviews/2014-08-20.yaml')), date: '2015-08-10' };
    expect(checkOf(assess(f, '2014-12-31'), 'maintain-target').passed).toBe(true);
    expect(() => checkOf(assess(f, '2014-12-31'), 'yearly-report')).toThrow();
    const late = assess(f, '2015-12-31');
    expect(late.status).toBe('needs-maintenance');
    expect(blockersOf(late, 'yearly-report')[0]).toMatchObject({ file: 'qms.yaml', path: '/milestones/reports' });
    expect(blockersOf(late, 'yearly-report')[0].message.vi).toContain('năm 2015');
    obj(f, 'qms.yaml').milestones.reports = [{ year: 2015, number: '86/BC-UBND', date: '2015-11-09' }];
    expect(assess(f, '2015-12-31').status).toBe('announced');
  });

  it("an inspection's open finding blocks like an internal nonconformity", () => {
    const f = announcedUnit();
    obj(f, 'qms.yaml').milestones.inspections = [
      {
        date: '2014-10-10',
        body: 'Chi cục Tiêu chuẩn Đo lường Chất lượng Hà Nội',
        findings: [{ id: 'KT-01', description: 'Chưa lập sổ theo dõi.', due: '2014-11-30', closed: '2015-01-05' }],
      },
    ];
    const u = assess(f, '2014-12-31');
    expect(u.status).toBe('needs-maintenance');
    expect(blockersOf(u, 'inspection-findings')[0]).toMatchObject({
      stage: 'corrective',
      path: '/milestones/inspections/0/findings/0',
    });
    expect(blockersOf(u, 'inspection-findings')[0].message.vi).toContain('quá hạn');
    expect(assess(f, '2015-01-06').blockers.some((b) => b.code === 'inspection-findings')).toBe(false);
  });
});

describe('certification (until 17/05/2014)', () => {
  const certified = (patch: Record<string, unknown> = {}) => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.certificates = [
      {
        number: 'HT 1.13',
        body: 'Trung tâm Chứng nhận Phù hợp (QUACERT)',
        bodyId: 'quacert',
        date: '2013-04-28',
        expires: '2016-04-27',
        externalAudit: { date: '2013-04-22', nonconformities: 2, closed: '2013-04-26' },
        ...patch,
      },
    ];
    return assess(f, '2013-05-01');
  };

  it('a certificate from a designated body, within 3 years, its audit NCs closed, after the internal audit and review: certified', () => {
    const u = certified();
    expect(u.status).toBe('certified');
    expect(checkOf(u, 'certificate-body').evidence.vi).toContain('⚠');
  });

  it('a body not in the designated list blocks', () => {
    const u = certified({ bodyId: undefined, body: 'Công ty TNHH Chứng nhận ABC' });
    expect(u.status).toBe('needs-maintenance');
    expect(blockersOf(u, 'certificate-body')[0].message.vi).toContain('Công ty TNHH Chứng nhận ABC');
  });

  it('validity over 3 years blocks', () => {
    expect(blockersOf(certified({ expires: '2017-04-27' }), 'certificate-validity')[0].severity).toBe('blocker');
  });

  it("the certification audit's nonconformities must be closed before the certificate", () => {
    const u = certified({ externalAudit: { date: '2013-04-22', nonconformities: 2, closed: '2013-04-30' } });
    expect(blockersOf(u, 'certificate-nc-closed')[0].message.vi).toContain('chưa được khắc phục xong');
  });

  it('a certification audit before the internal audit is out of order', () => {
    const u = certified({ externalAudit: { date: '2013-02-01', nonconformities: 0 } });
    expect(blockersOf(u, 'target-order')[0].message.en).toContain('came before internal audit DGNB-2013-01');
  });
});

describe('the end of the 2008 regime', () => {
  it('from 15/09/2018 a TCVN ISO 9001:2008 announcement no longer counts: cần chuyển đổi, pointing at qms transition', () => {
    const f = announcedUnit();
    const last = assess(f, '2018-09-14');
    expect(blockersOf(last, 'standard-current')).toEqual([]);
    const u = assess(f, '2026-01-15');
    expect(u.status).toBe('needs-transition');
    expect(u.targetAchieved).toBe(false);
    const b = blockersOf(u, 'standard-current')[0];
    expect(b.message.vi).toContain('15/09/2018');
    expect(b.message.vi).toContain('4108/QĐ-BKHCN');
    expect(b.action.vi).toContain('--to 2015');
    expect(u.score).toBeLessThanOrEqual(90);
    // Transitioning comes before everything else the unit is told to do.
    expect(u.blockers[0].code).toBe('standard-current');
  });

  it('a unit still on TCVN ISO 9001:2008 that never announced is cần chuyển đổi after 14/09/2018, with qms transition first', () => {
    const f = readyUnit();
    expect(assess(f, '2018-09-14').status).not.toBe('needs-transition');
    const u = assess(f, '2026-12-03');
    expect(u.status).toBe('needs-transition');
    expect(u.blockers[0]).toMatchObject({ code: 'standard-current', severity: 'blocker', file: 'qms.yaml' });
    expect(u.blockers[0].message.vi).toContain('áp dụng TCVN ISO 9001:2008');
    expect(u.blockers[0].action.vi).toMatch(/qms transition .* --to 2015/);
  });

  it('a unit that moved to TCVN ISO 9001:2015 is not sent back to qms transition by its 2008 announcement', () => {
    const f = announcedUnit();
    obj(f, 'qms.yaml').standard = 'TCVN ISO 9001:2015';
    const u = assess(f, '2026-12-03');
    expect(u.status).not.toBe('needs-transition');
    expect(blockersOf(u, 'standard-current')).toEqual([]);
    const b = blockersOf(u, 'announcement')[0];
    expect(b.message.vi).toContain('98/QĐ-UBND');
    expect(b.message.vi).toContain('chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015');
    // The new announcement has to say its standard: a record without one reads as 2008.
    expect(b.action.vi).toContain('standard: TCVN ISO 9001:2015');
  });
});

describe('the regime by date (data/regimes/regimes.yaml)', () => {
  const at = (d: string) => regimeInfo(regimeAt(d), d);
  it('certification, then announcement to 2008, then announcement to 2015 from 15/09/2018', () => {
    expect(at('2013-01-01').id).toBe('certification');
    expect(at('2018-09-14')).toMatchObject({ id: 'announcement', standard: 'TCVN ISO 9001:2008' });
    expect(at('2018-09-15')).toMatchObject({ id: 'announcement-2015', standard: 'TCVN ISO 9001:2015' });
    expect(at('2018-09-15').title.vi).toBe('tự công bố phù hợp TCVN ISO 9001:2015 (QĐ 19/2014/QĐ-TTg; từ 15/09/2018)');
  });

  it('after the last day a source confirms QĐ 19/2014 in force, the regime is printed with ⚠, never as certain', () => {
    expect(at('2023-06-30').unverifiedAfter).toBeUndefined();
    const today = at('2026-12-03');
    expect(today.unverifiedAfter).toBe('2023-06-30');
    expect(today.title.vi).toContain('⚠ chưa xác minh được 19/2014/QĐ-TTg');
    expect(today.title.en).toContain('⚠ not verified');
  });
});

describe('readiness explains an audit it does not count (issue 17)', () => {
  it('an audit five days old without milestones.applicationStart: says why, names the field, asks for no new audit', () => {
    const f = readyUnit();
    const m = obj(f, 'qms.yaml').milestones;
    delete m.applicationStart;
    delete m.documentsIssued;
    const u = assess(f, '2013-03-10');
    const b = blockersOf(u, 'audit-procedures')[0];
    expect(b).toMatchObject({ file: 'qms.yaml', path: '/milestones/applicationStart' });
    expect(b.newFile).toBeUndefined();
    expect(b.message.vi).toContain('DGNB-2013-01');
    expect(b.message.vi).toContain('milestones.applicationStart');
    expect(b.message.vi).not.toContain('không có cuộc đánh giá nội bộ nào trong 12 tháng');
    expect(b.action.vi).toContain('milestones.applicationStart');
    expect(b.action.vi).toContain('không cần đánh giá lại');
    expect(checkOf(u, 'audit-procedures').evidence.en).toContain(
      'does not count because qms.yaml has no application start',
    );
  });

  it('an audit before the application start says so, with both dates', () => {
    const f = readyUnit();
    obj(f, 'qms.yaml').milestones.applicationStart = '2013-03-06';
    const b = blockersOf(assess(f, '2013-03-10'), 'audit-procedures')[0];
    expect(b.message.vi).toContain('04/03/2013');
    expect(b.message.vi).toContain('06/03/2013');
    expect(b.files).toEqual(['qms.yaml', 'audits/DGNB-2013-01.yaml']);
  });
});

describe('model version currency', () => {
  it('advises when the documents were issued under an older model version than the one out then', () => {
    const u = assessUnit(join(repoRoot, 'examples/city/huyen-thanh-tri'), { asOf: '2012-12-31' });
    const b = u.blockers.find((x) => x.code === 'model-version')!;
    expect(b).toMatchObject({ severity: 'advice', file: 'qms.yaml', path: '/model/version', key: 'hanoi-qms@1.3.0' });
    expect(b.message.vi).toContain('hiện hành là 1.3.0');
    expect(b.message.vi).toContain('01/06/2012');
    expect(b.message.vi).toContain('1.1.0 đã có từ 16/04/2012');
    expect(b.action.vi).toContain('qms model update');
    // Tam Hiệp follows 2.1.0, the version in force until 2.2.0 (05/08/2015): no advice before then.
    const t = assessUnit(join(repoRoot, 'examples/city/xa-tam-hiep'), { asOf: '2015-07-31' });
    expect(t.blockers.some((x) => x.code === 'model-version')).toBe(false);
  });

  it('names the newest release of the unit’s own model line: a 2008 unit today is told of 2.7.0, not 3.x', () => {
    const t = assessUnit(join(repoRoot, 'examples/city/xa-tam-hiep'), { asOf: '2026-12-03' });
    const b = t.blockers.find((x) => x.code === 'model-version')!;
    expect(b.key).toBe('hanoi-qms@2.7.0');
    expect(b.action.vi).toContain('--to 2.7.0');
  });
});

describe('the standard asked for follows the date', () => {
  it('a unit not yet announced is asked for TCVN ISO 9001:2008 until 14/09/2018, then for its successor', () => {
    const f = readyUnit();
    expect(blockersOf(assess(f, '2016-01-10'), 'announcement')[0].action.vi).toContain('TCVN ISO 9001:2008');
    // From 15/09/2018 it cannot announce to 2008: it transitions, then announces to the successor.
    expect(blockersOf(assess(f, '2019-01-10'), 'standard-current')[0].action.vi).toContain(
      'milestones.announcements (standard: TCVN ISO 9001:2015)',
    );
  });
});
