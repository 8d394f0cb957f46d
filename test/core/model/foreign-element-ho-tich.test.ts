import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/core/model/load-model.js';
import { registerOf, statusOn } from '../../../src/core/law/legal.js';
import { validateUnit } from '../../../src/core/validate/index.js';
import { makeUnit } from './unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-foreign-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MARRIAGE = 'huyen-ht-ket-hon-yeu-to-nuoc-ngoai';
const CORRECTION = 'huyen-ht-cai-chinh-yeu-to-nuoc-ngoai';

/**
 * Luật Hộ tịch 2014 (from 01/01/2016) hands foreign-element marriage and civil-status corrections from the
 * Sở Tư pháp to UBND cấp huyện: the district catalogue gains them when the department's loses them.
 */
describe('foreign-element hộ tịch moves from the department to the district on 01/01/2016', () => {
  it('the district catalogue has both procedures from 2.5.0 (not before), under the law’s times', () => {
    const catalogue = (v: string) => loadModel('hanoi-qms', v).unitTypes.huyen!.tthc.map((t) => t.id);
    expect(catalogue('2.4.0')).not.toContain(MARRIAGE);
    for (const v of ['2.5.0', '2.6.0', '2.7.0'])
      expect(catalogue(v)).toEqual(expect.arrayContaining([MARRIAGE, CORRECTION]));
    const v250 = loadModel('hanoi-qms', '2.5.0');
    // Luật Hộ tịch Điều 38: 15 ngày; Điều 47 → Điều 28: 03 ngày làm việc, +03 to verify.
    expect(v250.tthc.get(MARRIAGE)!.processingTime).toMatchObject({ value: 15, unit: 'day' });
    expect(v250.tthc.get(CORRECTION)!.processingTime).toMatchObject({
      value: 3,
      unit: 'working_day',
      extension: { value: 3, unit: 'working_day' },
    });
    // No fee amount while Hà Nội's resolution is unverified; the one-stop basis follows NĐ 61/2018 in 2.7.0.
    expect(v250.tthc.get(MARRIAGE)!.fees![0].amount).toBeUndefined();
    const basis = (v: string) =>
      loadModel('hanoi-qms', v)
        .tthc.get(MARRIAGE)!
        .legalBasis!.map((l) => l.number);
    expect(basis('2.5.0')).toContain('09/2015/QĐ-TTg');
    expect(basis('2.7.0')).toContain('61/2018/NĐ-CP');
  });

  it('the register ends the department’s marriage competence under NĐ 24/2013 on 01/01/2016, and says no more than it knows', () => {
    const entry = registerOf(loadModel('hanoi-qms', '2.5.0')).get('24/2013/NĐ-CP')!;
    expect(statusOn(entry, '2015-12-31', 'dang-ky-ket-hon').state).toBe('unknown');
    expect(statusOn(entry, '2016-01-01', 'dang-ky-ket-hon')).toMatchObject({
      state: 'superseded',
      from: '2016-01-01',
      by: ['60/2014/QH13', '123/2015/NĐ-CP'],
    });
    // The decree as a whole: still unknown, never "in force".
    expect(statusOn(entry, '2016-06-01').state).toBe('unknown');
  });

  it('a department that kept its 2015 marriage procedure is told at --as-of 2016: a warning in the grace, then an error', () => {
    const dir = makeUnit(mkdtempSync(join(root, 'so-')), { type: 'so', version: '2.1.0', effectiveDate: '2015-06-01' });
    const stale = (asOf: string) =>
      validateUnit(dir, { asOf }).diagnostics.filter(
        (d) => d.rule === 'QMS024' && d.file === 'procedures/QT-HT-02.yaml' && d.message.vi.includes('24/2013/NĐ-CP'),
      );
    expect(stale('2015-12-31')).toEqual([]);
    const soon = stale('2016-02-01');
    expect(soon).toHaveLength(1);
    expect(soon[0].severity).toBe('warning');
    expect(soon[0].line).toBeGreaterThan(1);
    expect(stale('2016-08-01')[0].severity).toBe('error');
  });
});
