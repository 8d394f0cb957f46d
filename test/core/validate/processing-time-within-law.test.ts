import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateUnit } from '../../../src/core/validate/index.js';
import { describeHours } from '../../../src/core/law/time.js';
import { editFile, makeUnit, read } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-032-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The commune marriage procedure (05 days in model 1.0.0, 03 working days from NĐ 06/2012 in 1.1.0). */
function marriage(effectiveDate: string, asOf: string) {
  const dir = makeUnit(mkdtempSync(join(root, 'xa-')), { type: 'xa', version: '1.0.0', effectiveDate });
  // Info (a time the model marks unchecked, e.g. QT-XH-01 in 1.x) is not a finding against the law.
  return validateUnit(dir, { asOf }).diagnostics.filter((d) => d.rule === 'QMS034' && d.severity !== 'info');
}

describe('QMS034: the processing time against the legal time of the model version in force', () => {
  it('a commune marriage procedure at 05 days effective in 2013 is an error naming the law’s 03 days', () => {
    const found = marriage('2013-01-01', '2013-01-01');
    const kethon = found.filter((d) => d.file === 'procedures/QT-HT-04.yaml');
    expect(kethon.length).toBeGreaterThan(0);
    expect(kethon[0].severity).toBe('error');
    expect(kethon[0].message.vi).toContain('5 ngày (40 giờ) dài hơn thời hạn luật định 3 ngày làm việc');
    expect(kethon[0].message.vi).toMatch(/hanoi-qms 1\.\d+\.0/);
    expect(kethon[0].line).toBeGreaterThan(1);
  });

  it('issued under the old time, then checked after the new version: a warning within the grace, an error after', () => {
    expect(marriage('2012-02-01', '2012-02-01')).toEqual([]);
    const soon = marriage('2012-02-01', '2012-06-01');
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((d) => d.severity === 'warning')).toBe(true);
    const late = marriage('2012-02-01', '2012-11-01');
    expect(late.length).toBe(soon.length);
    expect(late.every((d) => d.severity === 'error')).toBe(true);
  });
});

describe('step totals against a limit in calendar days (QMS017 message)', () => {
  it('says "ngày", not "ngày làm việc", when the limit is in calendar days', () => {
    expect(describeHours(240, 'vi', 'day')).toBe('30 ngày (240 giờ)');
    expect(describeHours(240, 'vi')).toBe('30 ngày làm việc (240 giờ)');
  });
});

/** A 2016 commune unit on model 2.5.0, its re-registration of a death (QT-HT-08) at `days` working days. */
function reRegistrationOfDeath(days: number) {
  const dir = makeUnit(mkdtempSync(join(root, 'xa-2016-')), {
    type: 'xa',
    version: '2.5.0',
    effectiveDate: '2016-03-01',
  });
  editFile(dir, 'procedures/QT-HT-08.yaml', '  value: 5\n  unit: working_day', `  value: ${days}\n  unit: working_day`);
  return validateUnit(dir, { asOf: '2016-03-01' }).diagnostics.filter(
    (d) => d.rule === 'QMS034' && d.file === 'procedures/QT-HT-08.yaml',
  );
}

describe('QMS034 and a legal time the model could not verify (verified: false)', () => {
  it('the unit’s own unchecked time is said at info level, asking the signer to check it', () => {
    const found = reRegistrationOfDeath(5);
    expect(found.map((d) => d.severity)).toEqual(['info']);
    expect(found[0].message.vi).toContain('chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật');
    expect(found[0].hint?.vi).toContain('xóa dòng verified: false');
  });

  it('longer than an unchecked maximum is never an error: info, and the message does not call it the law’s', () => {
    const found = reRegistrationOfDeath(7);
    expect(found.every((d) => d.severity === 'info')).toBe(true);
    const longer = found.find((d) => d.message.vi.includes('dài hơn'));
    expect(longer?.message.vi).toContain('chưa đối chiếu được với văn bản nên không báo lỗi');
    expect(longer?.message.vi).not.toContain('luật định');
  });

  it('a time the model verified (xác nhận tình trạng hôn nhân, 03 ngày, NĐ 123/2015 Điều 22) still errs when longer', () => {
    const dir = makeUnit(mkdtempSync(join(root, 'xa-2016-')), {
      type: 'xa',
      version: '2.5.0',
      effectiveDate: '2016-03-01',
    });
    const file = readdirSync(join(dir, 'procedures')).find((f) =>
      read(dir, `procedures/${f}`).includes('id: xa-ht-xac-nhan-tinh-trang-hon-nhan'),
    )!;
    editFile(dir, `procedures/${file}`, '  value: 3\n  unit: working_day', '  value: 5\n  unit: working_day');
    const found = validateUnit(dir, { asOf: '2016-03-01' }).diagnostics.filter(
      (d) => d.rule === 'QMS034' && d.file === `procedures/${file}`,
    );
    expect(found.map((d) => d.severity)).toEqual(['error']);
    expect(found[0].message.vi).toContain('dài hơn thời hạn luật định 3 ngày làm việc');
  });
});
