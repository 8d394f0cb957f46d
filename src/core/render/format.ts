/** Vietnamese presentation of dates, numbers, durations and retention, shared by every output format. */

/** 2012-06-01 → 01/06/2012; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** 1 → "01" (lần ban hành, số lượng are written with two digits). */
export function twoDigits(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < 10 ? `0${value}` : formatNumber(value);
}

/** Decimal comma, dot as thousands separator: 0.5 → "0,5", 25000 → "25.000". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [int, frac] = String(Math.abs(value)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

const DURATION_UNITS: Record<string, string> = { hour: 'giờ', working_day: 'ngày làm việc', day: 'ngày' };

export function formatDuration(value: unknown, unit: unknown): string {
  if (typeof value !== 'number') return '';
  const name = typeof unit === 'string' ? (DURATION_UNITS[unit] ?? unit) : '';
  return `${formatNumber(value)} ${name}`.trim();
}

export function formatRetention(value: unknown): string {
  if (value === 'permanent') return 'Vĩnh viễn';
  if (typeof value === 'number') return `${twoDigits(value)} năm`;
  return '';
}

const MEDIA: Record<string, string> = { paper: 'Bản giấy', electronic: 'Điện tử', both: 'Bản giấy và điện tử' };

export function formatMedium(value: unknown): string {
  return typeof value === 'string' ? (MEDIA[value] ?? value) : '';
}

export function formatMoney(amount: number): string {
  return amount === 0 ? 'Miễn' : `${formatNumber(amount)} đồng`;
}

/** Upper case the Vietnamese way (đ → Đ), keeping NFC. */
export function upper(value: string): string {
  return value.toLocaleUpperCase('vi').normalize('NFC');
}

/** The issuer as the header prints it: an UBND's name breaks after "ỦY BAN NHÂN DÂN" (TT 01/2011 examples). */
export function issuerHeader(issuer: string): string {
  return upper(issuer).replace(/^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN) /u, '$1\n');
}
