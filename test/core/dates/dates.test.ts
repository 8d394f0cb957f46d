import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isRealDate, parseDateOption, today } from '../../../src/core/dates/dates.js';
import { workCalendar, workingDayAfter } from '../../../src/core/dates/holidays.js';
import { QmsError } from '../../../src/core/errors.js';

describe('dates', () => {
  it('parses strictly: only days that exist, only YYYY-MM-DD', () => {
    expect(['2014-02-28', '2012-02-29', '2014-05-18'].every(isRealDate)).toBe(true);
    expect(
      ['2014-02-30', '2013-02-29', '2013-13-01', '2013-00-10', '2013-1-1', '18/05/2014', ''].some(isRealDate),
    ).toBe(false);
  });

  it('a bad flag value is a usage error (exit 2) that names the flag', () => {
    expect(parseDateOption(undefined, '--as-of')).toBeUndefined();
    let error: unknown;
    try {
      parseDateOption('2014-02-30', '--effective-date');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QmsError);
    expect((error as QmsError).exitCode).toBe(2);
    expect((error as QmsError).text.en).toContain('--effective-date "2014-02-30"');
  });

  it('today is the local calendar day', () => {
    // 23:30 local on 31 Dec is still 31 Dec here, whatever the UTC date is.
    expect(today(new Date(2013, 11, 31, 23, 30))).toBe('2013-12-31');
    expect(today(new Date(2014, 0, 1, 0, 10))).toBe('2014-01-01');
  });

  it('adds days and months across month and year ends, clamping to the last day', () => {
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addMonths('2014-01-31', 1)).toBe('2014-02-28');
    expect(addMonths('2014-05-18', -6)).toBe('2013-11-18');
    expect(daysBetween('2013-12-25', '2014-01-04')).toBe(10);
  });

  it('counts working days on the one holiday calendar (data/holidays), as the audit plan does', () => {
    const isWorkingDay = (d: string) => workCalendar(Number(d.slice(0, 4))).isWorkingDay(d);
    expect(isWorkingDay('2014-04-30')).toBe(false); // 30/4
    expect(isWorkingDay('2014-05-03')).toBe(false); // Saturday
    expect(isWorkingDay('2014-05-05')).toBe(true);
    // 2014: Friday 02/5 was swapped for Saturday 26/4 (CV 10525/VPCP-KGVX): Tuesday 29/4 + 1 working day
    // is Monday 5/5, not Friday 2/5 as a calendar of fixed holidays alone said.
    expect(isWorkingDay('2014-04-26')).toBe(true);
    expect(workingDayAfter('2014-04-29', 1)).toBe('2014-05-05');
    expect(workingDayAfter('2014-04-29', 2)).toBe('2014-05-06');
    // Tết and Giỗ Tổ Hùng Vương (lunar) count too: Wednesday 09/4/2014 is Giỗ Tổ.
    expect(workingDayAfter('2014-04-08', 1)).toBe('2014-04-10');
    expect(workingDayAfter('2014-01-27', 1)).toBe('2014-02-06');
  });
});
