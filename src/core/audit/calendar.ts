import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir } from '../paths.js';
import { text, type Text } from '../text.js';
import { addDays, isRealDate, weekday } from '../dates/dates.js';

/**
 * Working days of a Vietnamese public body (closed Saturday and Sunday): the fixed solar holidays, and
 * per year from data/holidays/vn-public-holidays.yaml the Tết Nguyên đán break, the other announced
 * breaks (Giỗ Tổ Hùng Vương, 30/4–1/5, Quốc khánh…), the compensating working days (ngày làm bù), and a
 * unit's own days off. The lunar days off move every year and are announced by the government, so they
 * are data with sources, not computed; a year without data is reported, never guessed.
 */

/** The solar public holidays every year (month-day). */
const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

export const HOLIDAYS_FILE = join(dataDir, 'holidays', 'vn-public-holidays.yaml');

interface Range {
  name: string;
  from: string;
  to: string;
}

export interface HolidayYear {
  year: number;
  daysOff: Range[];
  workingDays: string[];
  verified: boolean;
  /** Whether the year's data names the Giỗ Tổ Hùng Vương day off. */
  hasGioTo: boolean;
}

let cached: Map<number, HolidayYear> | undefined;

/** The holiday data by year (read once). */
export function loadHolidays(file = HOLIDAYS_FILE): Map<number, HolidayYear> {
  if (cached && file === HOLIDAYS_FILE) return cached;
  const doc = parse(readFileSync(file, 'utf8')) as { years?: Record<string, Record<string, unknown>> };
  const out = new Map<number, HolidayYear>();
  for (const [key, y] of Object.entries(doc.years ?? {})) {
    const range = (r: unknown, name: string): Range | undefined => {
      const x = r as { from?: unknown; to?: unknown; name?: unknown } | undefined;
      return typeof x?.from === 'string' && typeof x.to === 'string' && isRealDate(x.from) && isRealDate(x.to)
        ? { name: typeof x.name === 'string' ? x.name : name, from: x.from, to: x.to }
        : undefined;
    };
    const other = Array.isArray(y.other) ? y.other.map((r) => range(r, '')) : [];
    const daysOff = [range(y.tet, 'Tết Nguyên đán'), ...other].filter((r): r is Range => r !== undefined);
    out.set(Number(key), {
      year: Number(key),
      daysOff,
      workingDays: Array.isArray(y.workingDays) ? y.workingDays.filter((d): d is string => typeof d === 'string') : [],
      verified: y.verified !== false,
      hasGioTo: daysOff.some((r) => /Giỗ Tổ/u.test(r.name)),
    });
  }
  if (file === HOLIDAYS_FILE) cached = out;
  return out;
}

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** What the calendar does not know for the year, for the plan to say. */
  warnings: Text[];
  /** The year's data lacks the Giỗ Tổ Hùng Vương day off (10/3 lunar, late March to late April). */
  gioToUnknown: boolean;
}

/** The calendar for planning in `year`, with the unit's own days off (YYYY-MM-DD). */
export function workCalendar(year: number, unitDaysOff: string[] = [], data = loadHolidays()): WorkCalendar {
  const years = [...data.values()];
  const workingDays = new Set(years.flatMap((y) => y.workingDays));
  const ranges = years.flatMap((y) => y.daysOff);
  const own = new Set(unitDaysOff);
  const isWorkingDay = (date: string): boolean => {
    if (workingDays.has(date)) return true;
    const d = weekday(date);
    if (d === 0 || d === 6 || FIXED_HOLIDAYS.includes(date.slice(5)) || own.has(date)) return false;
    return !ranges.some((r) => r.from <= date && date <= r.to);
  };
  const known = [...data.keys()].sort((a, b) => a - b);
  const span = known.length ? `${known[0]}–${known[known.length - 1]}` : '';
  const y = data.get(year);
  const warnings: Text[] = [];
  if (!y) {
    warnings.push(
      text(
        `chưa có dữ liệu ngày nghỉ Tết, Giỗ Tổ Hùng Vương và ngày làm bù năm ${year} (dữ liệu có các năm ${span}): ngày đánh giá chỉ tránh thứ Bảy, Chủ nhật và ngày lễ dương lịch — đối chiếu thông báo nghỉ lễ của Chính phủ trước khi ban hành`,
        `no data on the Tết break, Giỗ Tổ Hùng Vương and compensating working days of ${year} (the data covers ${span}): the dates avoid only weekends and solar holidays — check the government's announcement before issuing`,
      ),
    );
  } else {
    if (!y.verified) {
      warnings.push(
        text(
          `ngày nghỉ Tết năm ${year} trong dữ liệu chưa được xác minh với thông báo chính thức: đối chiếu trước khi ban hành`,
          `the ${year} Tết break in the data is not verified against the official announcement: check before issuing`,
        ),
      );
    }
  }
  return { isWorkingDay, warnings, gioToUnknown: y !== undefined && !y.hasGioTo };
}

/** Said only when an audit falls in the weeks Giỗ Tổ Hùng Vương can fall in. */
export function gioToWarning(year: number): Text {
  return text(
    `dữ liệu chưa có ngày nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch) năm ${year}: kiểm tra các ngày đánh giá trong tháng 3, tháng 4`,
    `the data lacks the ${year} Giỗ Tổ Hùng Vương day off (10th day of the 3rd lunar month): check the audit dates in March and April`,
  );
}

/** The n-th working day counting `start` as day 0. */
export function workingDayAfter(start: string, n: number, calendar: WorkCalendar): string {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}
