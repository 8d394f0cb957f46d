import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workCalendar, workingDayAfter } from '../../../src/core/dates/holidays.js';
import { weekday } from '../../../src/core/dates/dates.js';
import { buildProgramme, type Programme } from '../../../src/core/audit/plan/build-plan.js';
import { loadAuditUnit, type AuditUnit } from '../../../src/core/audit/unit-scope.js';
import { QmsError } from '../../../src/core/errors.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const load = (id: string) => loadAuditUnit(resolve(root, 'examples/city', id));
const UNITS = ['xa-tam-hiep', 'xa-vinh-quynh', 'huyen-thanh-tri', 'so-tu-phap'];

/** The holiday data read here straight from the file, not through the planner's loader. */
type Range = { from: string; to: string; name?: string };
const data = parse(readFileSync(resolve(root, 'data/holidays/vn-public-holidays.yaml'), 'utf8')) as {
  years: Record<string, { tet: Range; gioTo: { date: string }; other?: Range[]; workingDays?: string[] }>;
};
const offRanges = Object.values(data.years).flatMap((y) => [y.tet, ...(y.other ?? [])]);
const gioTo = new Set(Object.values(data.years).map((y) => y.gioTo.date));
const madeUp = new Set(Object.values(data.years).flatMap((y) => y.workingDays ?? []));
/**
 * Compensating days off (nghỉ bù) for a holiday on a weekend, as announced (sources in the data file):
 * Giỗ Tổ 31/3/2012 (Sat), 16/4/2016 (Sat), 14/4/2019 (Sun), 10/4/2022 (Sun), 29/4/2023 (Sat, with
 * 30/4 Sun: off to 3/5), 26/4/2026 (Sun); 30/4 and 1/5/2016 on a weekend → 2 and 3/5/2016.
 */
const NGHI_BU = [
  '2012-04-02',
  '2016-04-18',
  '2016-05-02',
  '2016-05-03',
  '2019-04-15',
  '2022-04-11',
  '2023-05-02',
  '2023-05-03',
  '2026-04-27',
];
function isDayOff(date: string): boolean {
  if (madeUp.has(date)) return false;
  if ([0, 6].includes(weekday(date))) return true;
  if (['01-01', '04-30', '05-01', '09-02'].includes(date.slice(5))) return true;
  if (gioTo.has(date) || NGHI_BU.includes(date)) return true;
  return offRanges.some((r) => r.from <= date && date <= r.to);
}

const rows = (p: Programme) => p.rounds.flatMap((r) => r.items);

describe.each(UNITS)('audit plan of %s: team and calendar', (id) => {
  const unit = load(id);
  const head = unit.roles.find((r) => r.id === 'lanh-dao')!.people;

  it('takes the team from the training record (or says which field to fill)', () => {
    const p = buildProgramme(unit, { year: 2014, rounds: 2, lang: 'vi' });
    if (unit.trainedAuditors) {
      const trained = unit.trainedAuditors.map((t) => t.name).filter((n) => !head.includes(n));
      expect(p.auditors.map((a) => a.name).sort()).toEqual(trained.sort());
      expect(p.auditors.every((a) => a.trainedOn === '2013-02-20' || a.trainedOn === '2012-09-17')).toBe(true);
      expect(p.warnings.map((w) => w.vi).join('\n')).not.toContain('milestones.training[].auditors');
    } else {
      expect(p.warnings.map((w) => w.vi).join('\n')).toContain('milestones.training[].auditors');
    }
  });

  it.each([1, 2, 3])('keeps each auditor to --max-per-day %i, rows in date order, no date off', (perDay) => {
    for (const rounds of [1, 2, 3]) {
      const p = buildProgramme(unit, { year: 2014, rounds, lang: 'vi', maxPerDay: perDay });
      const perAuditorDay = new Map<string, number>();
      for (const it of rows(p)) {
        const key = `${it.auditor}|${it.date}`;
        perAuditorDay.set(key, (perAuditorDay.get(key) ?? 0) + 1);
        expect(isDayOff(it.date), `${it.key} on ${it.date}`).toBe(false);
      }
      expect(Math.max(...perAuditorDay.values())).toBeLessThanOrEqual(perDay);
      for (const r of p.rounds) {
        const dates = r.items.map((it) => it.date);
        expect(dates).toEqual([...dates].sort());
      }
    }
  });
});

describe('audit plan across the years of the holiday data', () => {
  const unit = load('xa-tam-hiep');
  it.each(Object.keys(data.years).map(Number))(
    'no audit of %i falls on a weekend, a solar or lunar holiday (Tết, Giỗ Tổ) or a compensating day off',
    (year) => {
      const tet = data.years[year].tet;
      for (const rounds of [1, 2, 3, 6]) {
        for (const it of rows(buildProgramme(unit, { year, rounds, lang: 'vi', maxPerDay: 1 }))) {
          expect(it.date >= tet.from && it.date <= tet.to, `${it.key} on ${it.date}`).toBe(false);
          expect(isDayOff(it.date), `${it.key} on ${it.date}`).toBe(false);
        }
      }
    },
  );

  it('steps over the Tết break and counts compensating working days', () => {
    const cal = workCalendar(2014);
    // 2014: Tết 28/01–05/02; Saturday 25/01 and 08/02 were worked (làm bù).
    expect(cal.isWorkingDay('2014-01-25')).toBe(true);
    expect(cal.isWorkingDay('2014-01-30')).toBe(false);
    expect(workingDayAfter('2014-01-27', 1, cal)).toBe('2014-02-06');
    expect(workingDayAfter('2014-02-07', 1, cal)).toBe('2014-02-08');
    // Giỗ Tổ Hùng Vương 2011 (12/04, a Tuesday) is a day off where the data names it.
    expect(workCalendar(2011).isWorkingDay('2011-04-12')).toBe(false);
  });

  it('skips a unit’s own days off', () => {
    expect(workCalendar(2014, ['2014-07-15']).isWorkingDay('2014-07-15')).toBe(false);
    const unit2: AuditUnit = { ...unit, daysOff: ['2014-07-14', '2014-07-15'] };
    const p = buildProgramme(unit2, { year: 2014, rounds: 1, lang: 'vi' });
    expect(p.rounds[0].start).toBe('2014-07-16');
    expect(rows(p).some((it) => it.date === '2014-07-14' || it.date === '2014-07-15')).toBe(false);
  });

  it('has Giỗ Tổ Hùng Vương (10/3 lunar) for every year 2011–2026, on its solar date, and the compensating day', () => {
    expect(Object.keys(data.years).map(Number)).toEqual(Array.from({ length: 16 }, (_, i) => 2011 + i));
    // Dates found in announcements (the others computed and checked against these).
    expect(data.years[2016].gioTo.date).toBe('2016-04-16');
    expect(data.years[2020].gioTo.date).toBe('2020-04-02');
    expect(data.years[2021].gioTo.date).toBe('2021-04-21');
    expect(data.years[2026].gioTo.date).toBe('2026-04-26');
    for (const [year, y] of Object.entries(data.years)) {
      // 10/3 lunar falls between 31 March and 30 April in these years.
      expect(y.gioTo.date >= `${year}-03-31` && y.gioTo.date <= `${year}-04-30`, year).toBe(true);
      expect(workCalendar(Number(year)).isWorkingDay(y.gioTo.date), y.gioTo.date).toBe(false);
    }
    for (const d of NGHI_BU) expect(workCalendar(Number(d.slice(0, 4))).isWorkingDay(d), d).toBe(false);
    // The day after a weekday Giỗ Tổ is a working day again (2024: Thursday 18/4).
    expect(workCalendar(2024).isWorkingDay('2024-04-19')).toBe(true);
  });

  it('warns about Giỗ Tổ Hùng Vương only for a year whose data lacks it', () => {
    const warned = (p: Programme) => p.warnings.some((w) => w.vi.includes('Giỗ Tổ Hùng Vương (10/3 âm lịch)'));
    // Three rounds are in months 4, 7 and 10: the first is in April; 2014 has Giỗ Tổ (09/4).
    const p2014 = buildProgramme(unit, { year: 2014, rounds: 3, lang: 'vi', maxPerDay: 1 });
    expect(warned(p2014)).toBe(false);
    expect(rows(p2014).some((it) => it.date === '2014-04-09')).toBe(false);
    const lacking = {
      solarHolidays: ['01-01'],
      years: new Map([[2014, { year: 2014, daysOff: [], workingDays: [], verified: true, hasGioTo: false }]]),
    };
    expect(workCalendar(2014, [], lacking).gioToUnknown).toBe(true);
  });

  it('says so for a year the data does not cover, rather than guessing', () => {
    const p = buildProgramme(unit, { year: 2030, rounds: 1, lang: 'vi' });
    expect(p.warnings[0].vi).toContain('chưa có dữ liệu ngày nghỉ Tết, Giỗ Tổ Hùng Vương và ngày làm bù năm 2030');
    expect(p.warnings[0].en).toContain('the data covers 2011–2026');
    expect(
      buildProgramme(unit, { year: 2014, rounds: 1, lang: 'vi' })
        .warnings.map((w) => w.vi)
        .join(),
    ).not.toContain('chưa có dữ liệu ngày nghỉ Tết');
  });
});

describe('audit plan team: --auditor and too few trained', () => {
  const unit = load('xa-tam-hiep');

  it('lets --auditor win over the training record', () => {
    const p = buildProgramme(unit, {
      year: 2014,
      rounds: 1,
      lang: 'vi',
      auditors: ['Kiều Thị Nga', 'Nguyễn Văn Khách'],
    });
    expect(p.auditors.map((a) => a.name)).toEqual(['Kiều Thị Nga', 'Nguyễn Văn Khách']);
  });

  it('says the trained auditors are too few to stay independent, and what to do', () => {
    const few: AuditUnit = { ...unit, trainedAuditors: [{ name: 'Trần Văn Quang', date: '2013-02-20' }] };
    let error: unknown;
    try {
      buildProgramme(few, { year: 2014, rounds: 1, lang: 'vi' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QmsError);
    const e = error as QmsError;
    expect(e.exitCode).toBe(1);
    expect(e.text.vi).toMatch(
      /^chỉ có 1 người được đào tạo đánh giá viên nội bộ \(milestones\.training\[\]\.auditors trong qms\.yaml\), không đủ để giữ tính độc lập/,
    );
    expect(e.hint?.vi).toContain('Đào tạo thêm đánh giá viên và ghi vào milestones.training[].auditors');
    expect(e.hint?.vi).toContain('--auditor "Trần Văn Quang" --auditor "Họ tên người thêm"');
  });
});
