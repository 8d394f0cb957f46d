import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateUnit } from '../../../src/core/validate/index.js';
import { describeHours } from '../../../src/core/law/time.js';
import { makeUnit } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-032-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The commune marriage procedure (05 days in model 1.0.0, 03 working days from NĐ 06/2012 in 1.1.0). */
function marriage(effectiveDate: string, asOf: string) {
  const dir = makeUnit(mkdtempSync(join(root, 'xa-')), { type: 'xa', version: '1.0.0', effectiveDate });
  return validateUnit(dir, { asOf }).diagnostics.filter((d) => d.rule === 'QMS034');
}

describe('QMS034: the processing time against the legal time of the model version in force', () => {
  it('a commune marriage procedure at 05 days effective in 2013 is an error naming the law’s 03 days', () => {
    const found = marriage('2013-01-01', '2013-01-01');
    const kethon = found.filter((d) => d.file === 'procedures/QT-HT-04.yaml');
    expect(kethon.length).toBeGreaterThan(0);
    expect(kethon[0].severity).toBe('error');
    expect(kethon[0].message.vi).toContain('5 ngày làm việc (40 giờ) dài hơn thời hạn luật định 3 ngày làm việc');
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
