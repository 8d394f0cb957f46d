import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, modelVersionAt } from '../../../src/core/model/load-model.js';
import { validateLoaded } from '../../../src/core/validate/engine/validate-unit.js';
import { scaffoldInMemory } from './unit-fixture.js';

/** The first day of every month from July 2011 to September 2018 (the end of ISO 9001:2008). */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > to) return out;
    out.push(d);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * What \`qms init\` writes, validated in memory (the same files and the same engine as on disk, without
 * 261 folders written and read back).
 */
function initAndValidate(type: 'xa' | 'huyen' | 'so', version: string, date: string) {
  const { dir, files } = scaffoldInMemory(version, type, date);
  return validateLoaded(dir, files, date);
}

/**
 * From the first release (16/01/2012: earlier dates are refused by init) to the end of ISO 9001:2008
 * certificates (15/09/2018): the 2.x releases cover Luật Hộ tịch 2014 (2.5.0), Bộ luật Dân sự 2015 and the
 * 2017 fee circulars (2.6.0) and NĐ 61/2018 (2.7.0).
 */
const FIRST = '2012-02-01';
const LAST = '2018-09-01';

describe('the city model tells the truth on every date', () => {
  it.each(['xa', 'huyen', 'so'] as const)(
    '%s: init with the version in force on the first of each month, validate --as-of that day → no error, no stale citation',
    (type) => {
      const problems: string[] = [];
      for (const date of months(FIRST, LAST)) {
        const version = modelVersionAt('hanoi-qms', date);
        const result = initAndValidate(type, version, date);
        for (const d of result.diagnostics)
          if (!d.waived && (d.severity === 'error' || d.rule === 'QMS024'))
            problems.push(`${date} ${version} ${d.rule} ${d.file}:${d.line} ${d.message.en}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
    600_000,
  );
});

/**
 * Issue 12: the law changes after 2018 too. A unit initialised on the day a 3.x release takes effect, or
 * long after it (the last date here is the day the records law check was written), cites only instruments
 * in force: Luật Lưu trữ 2024 replaced Luật Lưu trữ 2011 on 01/07/2025, the day 3.2.0 takes effect.
 */
describe('the 3.x releases cite the law in force', () => {
  const DAYS: Array<[string, Array<'xa' | 'huyen' | 'so'>]> = [
    ['2019-02-01', ['xa', 'huyen', 'so']],
    ['2025-06-01', ['xa', 'huyen', 'so']],
    ['2025-07-01', ['xa', 'so']],
    ['2026-12-01', ['xa', 'so']],
  ];
  it.each(DAYS)(
    '%s: init with the version in force, validate --as-of that day → no error, no stale citation',
    (date, types) => {
      const problems: string[] = [];
      const version = modelVersionAt('hanoi-qms', date);
      for (const type of types)
        for (const d of initAndValidate(type, version, date).diagnostics)
          if (!d.waived && (d.severity === 'error' || d.rule === 'QMS024'))
            problems.push(`${type} ${version} ${d.rule} ${d.file}:${d.line} ${d.message.en}`);
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  it('a records procedure (QT-02) from 01/07/2025 rests on Luật Lưu trữ 33/2024/QH15, not the 2011 law', () => {
    const qt02 = (v: string) => (loadModel('hanoi-qms', v).system.get('QT-02')!.legalBasis ?? []).map((b) => b.number);
    expect(modelVersionAt('hanoi-qms', '2025-07-01')).toBe('3.2.0');
    expect(qt02('3.2.0')).toContain('33/2024/QH15');
    expect(qt02('3.2.0')).not.toContain('01/2011/QH13');
  });
});

/**
 * Issue 12: Thông tư 26/2014/TT-BKHCN took effect on 01/12/2014 and replaced Thông tư 01/2010/TT-BKHCN
 * (as amended by 09/2011/TT-BKHCN). Release 1.8.1 moves the seven system procedures on that day; the
 * releases after it inherit them; a unit that kept the 1.8.0 procedures is told at --as-of.
 */
describe('the system procedures follow Thông tư 26/2014/TT-BKHCN from 01/12/2014', () => {
  const cited = (version: string) =>
    [...loadModel('hanoi-qms', version).system.values()].map((p) => (p.legalBasis ?? []).map((b) => b.number));

  it('1.8.1 is in force from that day; every system procedure cites 26/2014 in it and after it, 01/2010 before', () => {
    expect(modelVersionAt('hanoi-qms', '2014-11-30')).toBe('1.8.0');
    expect(modelVersionAt('hanoi-qms', '2014-12-01')).toBe('1.8.1');
    expect(cited('1.8.0').every((n) => n.includes('01/2010/TT-BKHCN'))).toBe(true);
    for (const v of ['1.8.1', '1.9.0', '1.10.0', '2.0.0']) {
      const numbers = cited(v);
      expect(
        numbers.some((n) => n.includes('01/2010/TT-BKHCN')),
        v,
      ).toBe(false);
      expect(
        numbers.some((n) => n.includes('26/2014/TT-BKHCN')),
        v,
      ).toBe(true);
    }
    expect(cited('1.8.1')).toHaveLength(7);
    expect(cited('1.8.1').every((n) => n.includes('26/2014/TT-BKHCN'))).toBe(true);
  });

  it('a commune that kept its 1.8.0 system procedures is told at --as-of 2014-12-01 that 01/2010/TT-BKHCN was replaced', () => {
    const { dir, files } = scaffoldInMemory('1.8.0', 'xa', '2014-11-03', join('/nonexistent', 'xa-1.8.0'));
    const before = validateLoaded(dir, files, '2014-11-30').diagnostics.filter((d) => d.rule === 'QMS024');
    const after = validateLoaded(dir, files, '2014-12-01').diagnostics.filter(
      (d) => d.rule === 'QMS024' && d.message.en.includes('01/2010/TT-BKHCN'),
    );
    expect(before).toEqual([]);
    expect(new Set(after.map((d) => d.file.split('/').pop()))).toEqual(
      new Set(['QT-01.yaml', 'QT-02.yaml', 'QT-03.yaml', 'QT-04.yaml', 'QT-05.yaml', 'QT-06.yaml', 'QT-07.yaml']),
    );
  });
});
