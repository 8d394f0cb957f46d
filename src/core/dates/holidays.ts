import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir } from '../paths.js';
import { text, type Text } from '../text.js';
import { addDays, isRealDate, weekday } from './dates.js';

/**
 * The one holiday calendar of qms (issue 17): the working days of a Vietnamese public body (closed
 * Saturday and Sunday), all from data/holidays/vn-public-holidays.yaml — the solar public holidays, per
 * year the Tết Nguyên đán break, Giỗ Tổ Hùng Vương (10/3 lunar, as a solar date), the other announced
 * breaks, the compensating working days (ngày làm bù) — with the law's compensating day off when a
 * holiday falls on a weekend (nghỉ bù, next working day), and a unit's own days off. The audit plan and
 * the working-day counting both use it, so they agree. A year without data is reported, never guessed.
 */

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
  /** Giỗ Tổ Hùng Vương as a solar date, when the data has it. */
  gioTo?: string;
  /** Whether the year's data names the Giỗ Tổ Hùng Vương day off. */
  hasGioTo: boolean;
}

export interface HolidayData {
  /** The solar public holidays every year (MM-DD). */
  solarHolidays: string[];
  years: Map<number, HolidayYear>;
}

let cached: HolidayData | undefined;

/** The holiday data (read once). */
export function loadHolidays(file = HOLIDAYS_FILE): HolidayData {
  if (cached && file === HOLIDAYS_FILE) return cached;
  const doc = parse(readFileSync(file, 'utf8')) as {
    meta?: { solarHolidays?: { days?: unknown } };
    years?: Record<string, Record<string, unknown>>;
  };
  const days = doc.meta?.solarHolidays?.days;
  const solarHolidays = Array.isArray(days)
    ? days.filter((d): d is string => typeof d === 'string' && /^\d{2}-\d{2}$/u.test(d))
    : [];
  const years = new Map<number, HolidayYear>();
  for (const [key, y] of Object.entries(doc.years ?? {})) {
    const range = (r: unknown, name: string): Range | undefined => {
      const x = r as { from?: unknown; to?: unknown; name?: unknown } | undefined;
      return typeof x?.from === 'string' && typeof x.to === 'string' && isRealDate(x.from) && isRealDate(x.to)
        ? { name: typeof x.name === 'string' ? x.name : name, from: x.from, to: x.to }
        : undefined;
    };
    const g = (y.gioTo as { date?: unknown } | undefined)?.date;
    const gioTo = typeof g === 'string' && isRealDate(g) ? g : undefined;
    const other = Array.isArray(y.other) ? y.other.map((r) => range(r, '')) : [];
    const daysOff = [
      range(y.tet, 'Tết Nguyên đán'),
      ...(gioTo ? [{ name: 'Giỗ Tổ Hùng Vương', from: gioTo, to: gioTo }] : []),
      ...other,
    ].filter((r): r is Range => r !== undefined);
    years.set(Number(key), {
      year: Number(key),
      daysOff,
      workingDays: Array.isArray(y.workingDays) ? y.workingDays.filter((d): d is string => typeof d === 'string') : [],
      verified: y.verified !== false,
      ...(gioTo ? { gioTo } : {}),
      hasGioTo: daysOff.some((r) => /Giỗ Tổ/u.test(r.name)),
    });
  }
  const data = { solarHolidays, years };
  if (file === HOLIDAYS_FILE) cached = data;
  return data;
}

/**
 * The compensating days off of a year: each one-day holiday (solar, Giỗ Tổ) on a Saturday or Sunday gives
 * the next weekday that is not itself a day off (BLLĐ 2012 Điều 115 khoản 3). Tết breaks are announced
 * with their compensation in them.
 */
function compensatingDays(year: number, data: HolidayData, isOff: (date: string) => boolean): string[] {
  const y = data.years.get(year);
  const holidays = [...data.solarHolidays.map((md) => `${year}-${md}`), ...(y?.gioTo ? [y.gioTo] : [])].sort();
  const out: string[] = [];
  for (const h of holidays) {
    if (weekday(h) !== 0 && weekday(h) !== 6) continue;
    let d = addDays(h, 1);
    while (weekday(d) === 0 || weekday(d) === 6 || isOff(d) || out.includes(d)) d = addDays(d, 1);
    out.push(d);
  }
  return out;
}

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** What the calendar does not know for the year, for the plan to say. */
  warnings: Text[];
  /** The year's data lacks the Giỗ Tổ Hùng Vương day off (10/3 lunar, late March to late April). */
  gioToUnknown: boolean;
}

/** The calendar for `year` (and every other year the data knows), with the unit's own days off (YYYY-MM-DD). */
export function workCalendar(year: number, unitDaysOff: string[] = [], data = loadHolidays()): WorkCalendar {
  const years = [...data.years.values()];
  const workingDays = new Set(years.flatMap((y) => y.workingDays));
  const ranges = years.flatMap((y) => y.daysOff);
  const own = new Set(unitDaysOff);
  const fixedOff = (date: string): boolean =>
    data.solarHolidays.includes(date.slice(5)) || own.has(date) || ranges.some((r) => r.from <= date && date <= r.to);
  const compensation = new Map<number, Set<string>>();
  const compensatedIn = (y: number): Set<string> => {
    let set = compensation.get(y);
    if (!set) compensation.set(y, (set = new Set(compensatingDays(y, data, fixedOff))));
    return set;
  };
  const isWorkingDay = (date: string): boolean => {
    if (workingDays.has(date)) return true;
    const d = weekday(date);
    if (d === 0 || d === 6 || fixedOff(date)) return false;
    const y = Number(date.slice(0, 4));
    // A holiday on the last weekend of December is made up in January.
    return !compensatedIn(y).has(date) && !compensatedIn(y - 1).has(date);
  };
  const known = [...data.years.keys()].sort((a, b) => a - b);
  const span = known.length ? `${known[0]}–${known[known.length - 1]}` : '';
  const y = data.years.get(year);
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

/** The n-th working day counting `start` as day 0 (by default on the shared calendar, without a unit's days off). */
export function workingDayAfter(
  start: string,
  n: number,
  calendar: WorkCalendar = workCalendar(Number(start.slice(0, 4))),
): string {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}
