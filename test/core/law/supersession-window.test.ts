import { describe, expect, it } from 'vitest';
import { staleCitation, statusOn } from '../../../src/core/law/legal.js';
import { loadModel } from '../../../src/core/model/load-model.js';
import type { LegalInstrument } from '../../../src/core/model/types.js';
import { unitContext } from '../../../src/core/render/view/common.js';
import { legalRegisterView } from '../../../src/core/render/view/registers.js';
import { validateLoaded } from '../../../src/core/validate/engine/validate-unit.js';
import { scaffoldInMemory } from '../model/unit-fixture.js';

/**
 * Issue 12: the effect date of TT 02/2014/TT-BTC, which replaced TT 97/2006/TT-BTC, was not found; only
 * its bounds are sourced (no earlier than 45 days after its signing on 02/01/2014; in force as a province's
 * basis on 25/07/2014). The register says so (`supersededBetween`): in force before the first bound,
 * unknown inside, superseded "no later than" the latest bound — and no output states the date as exact.
 */
const register = loadModel('hanoi-qms').legalRegister;
const tt97 = register.find((e) => e.number === '97/2006/TT-BTC')!;

describe('a supersession known only within bounds', () => {
  it('is recorded for TT 97/2006/TT-BTC with its successor and both bounds', () => {
    expect(tt97.supersededFrom).toBeUndefined();
    expect(tt97.supersededBetween).toEqual(['2014-02-16', '2014-07-25']);
    expect(tt97.supersededBy).toEqual(['02/2014/TT-BTC']);
  });

  it('is in force before the earliest bound, unknown inside the bounds, superseded from the latest on', () => {
    expect(statusOn(tt97, '2014-02-15')).toEqual({ state: 'in-force' });
    const window = { earliest: '2014-02-16', latest: '2014-07-25', by: ['02/2014/TT-BTC'] };
    expect(statusOn(tt97, '2014-02-16')).toEqual({ state: 'unknown', window });
    expect(statusOn(tt97, '2014-07-24')).toEqual({ state: 'unknown', window });
    expect(statusOn(tt97, '2014-07-25')).toEqual({
      state: 'superseded',
      from: '2014-07-25',
      by: ['02/2014/TT-BTC'],
      approximate: true,
    });
  });

  it('is stale only from the latest bound, with the same grace as an exact date', () => {
    expect(staleCitation(tt97, '2013-01-02', '2014-07-24')).toBeUndefined();
    expect(staleCitation(tt97, '2013-01-02', '2014-09-01')).toMatchObject({
      from: '2014-07-25',
      atIssue: false,
      due: '2015-01-25',
      overdue: false,
      approximate: true,
    });
    expect(staleCitation(tt97, '2013-01-02', '2015-01-25')).toMatchObject({ overdue: true });
    expect(staleCitation(tt97, '2014-08-01', '2014-08-01')).toMatchObject({ atIssue: true, overdue: true });
  });

  it('works for a part too: the part is unknown inside its bounds, the whole instrument with it', () => {
    const inParts: LegalInstrument = {
      number: '06/2012/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ',
      title: 'x',
      parts: [
        { id: 'a', title: 'phần a', supersededBetween: ['2015-01-01', '2015-06-01'], supersededBy: ['23/2015/NĐ-CP'] },
      ],
    };
    expect(statusOn(inParts, '2014-12-31', 'a')).toEqual({ state: 'in-force' });
    expect(statusOn(inParts, '2015-03-01', 'a')).toMatchObject({ state: 'unknown', window: { latest: '2015-06-01' } });
    expect(statusOn(inParts, '2015-03-01')).toEqual({ state: 'unknown' });
    expect(statusOn(inParts, '2015-06-01')).toMatchObject({
      state: 'superseded',
      from: '2015-06-01',
      approximate: true,
    });
  });
});

describe("the unit's register of legal documents says the date is not exact", () => {
  const row = (asOf: string) => {
    const ctx = unitContext({ name: 'UBND xã Đại Mỗ', roles: [] });
    const cited = [{ type: 'Thông tư', number: tt97.number, title: tt97.title }];
    const view = legalRegisterView(
      [{ code: 'QT-HT-01', data: { legalBasis: cited } }],
      register,
      'BM-01-03',
      asOf,
      ctx,
    );
    const block = view.sections[0].blocks.find((b) => 'table' in b);
    return block && 'table' in block ? block.table.rows[0][5] : '';
  };

  it('before, inside and after the bounds', () => {
    expect(row('2013-06-01')).toBe(
      'Còn hiệu lực; sẽ bị thay thế không sớm hơn 16/02/2014, chậm nhất từ 25/07/2014 (ngày chính xác chưa kiểm chứng) (thay thế bởi 02/2014/TT-BTC)',
    );
    const inside = row('2014-05-01');
    expect(inside).toMatch(/^Chưa xác định được tình trạng hiệu lực/u);
    expect(inside).toContain(
      'bị thay thế bởi 02/2014/TT-BTC trong khoảng từ 16/02/2014 đến chậm nhất 25/07/2014 (ngày chính xác chưa kiểm chứng)',
    );
    expect(inside).not.toMatch(/còn hiệu lực|hết hiệu lực/iu);
    expect(row('2014-09-01')).toBe(
      'Hết hiệu lực chậm nhất từ 25/07/2014 (ngày chính xác chưa kiểm chứng); thay thế bởi 02/2014/TT-BTC',
    );
  });
});

/**
 * A commune initialised with release 1.7.0 (its procedures cite TT 97/2006/TT-BTC as their fee basis) and
 * validated on its own date: QMS024 reports the citation with file and line once the latest bound has
 * passed, and says nothing while the date is open.
 */
describe('QMS024 on a procedure citing TT 97/2006/TT-BTC', () => {
  function validateAt(date: string) {
    const { dir, files } = scaffoldInMemory('1.7.0', 'xa', date);
    return validateLoaded(dir, files, date).diagnostics.filter(
      (d) => d.rule === 'QMS024' && d.message.vi.startsWith('97/2006/TT-BTC'),
    );
  }

  it('effective after the latest bound: an error naming the file, the line and the inexact date', () => {
    const found = validateAt('2014-09-01');
    expect(found.length).toBeGreaterThan(5);
    for (const d of found) {
      expect(d.severity).toBe('error');
      expect(d.file).toMatch(/^procedures\/QT-[A-Z]+-\d+\.yaml$/);
      expect(d.line).toBeGreaterThan(1);
      expect(d.message.vi).toContain(
        'đã hết hiệu lực chậm nhất từ 2014-07-25 (thay bằng 02/2014/TT-BTC; ngày chính xác chưa kiểm chứng), trước ngày hiệu lực của quy trình 2014-09-01',
      );
      expect(d.message.en).toContain(
        'was superseded no later than 2014-07-25 by 02/2014/TT-BTC (exact date not verified)',
      );
    }
  });

  it('effective inside the bounds: no finding', () => {
    expect(validateAt('2014-05-01')).toEqual([]);
  });
});
