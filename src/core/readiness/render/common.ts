import type { Text } from '../../text.js';
import { vnDate } from '../../dates/dates.js';

export type Lang = 'vi' | 'en';

/** Pick the language of a message. */
export const pick = (lang: Lang) => (t: Text) => t[lang];

/** A date as the reader writes it: 31/12/2014 in Vietnamese, 2014-12-31 in English. */
export const dateIn = (lang: Lang) => (date: string) => (lang === 'vi' ? vnDate(date) : date);

/** "12,5" in Vietnamese, "12.5" in English. */
export function num(value: number, lang: Lang): string {
  const s = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** "██████░░░░" for a share of 0–1 (Markdown and terminal charts). */
export function textBar(share: number, width = 10): string {
  const full = Math.round(Math.max(0, Math.min(1, share)) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** Words of the reports, by language. */
export const WORDS = {
  title: {
    vi: 'Mức sẵn sàng chứng nhận / công bố HTQLCL theo TCVN ISO 9001',
    en: 'Readiness for ISO 9001 certification / announcement',
  },
  asOf: { vi: 'Ngày đánh giá', en: 'As of' },
  regime: { vi: 'Chế độ', en: 'Regime' },
  units: { vi: 'đơn vị', en: 'units' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  type: { vi: 'Loại', en: 'Type' },
  status: { vi: 'Trạng thái', en: 'Status' },
  stage: { vi: 'Bước hiện tại', en: 'Current stage' },
  score: { vi: 'Điểm', en: 'Score' },
  next: { vi: 'Việc cần làm trước', en: 'Do first' },
  file: { vi: 'Tệp cần sửa', en: 'File to change' },
  stages: { vi: 'Các bước và bằng chứng', en: 'Stages and evidence' },
  reached: { vi: 'Đạt ngày', en: 'Reached' },
  blockers: { vi: 'Việc cần làm (theo thứ tự ưu tiên)', en: 'What to do (in order)' },
  parts: { vi: 'Điểm theo nhóm điều khoản', en: 'Score by clause group' },
  byStatus: { vi: 'Số đơn vị theo trạng thái', en: 'Units by status' },
  byLevel: { vi: 'Theo cấp', en: 'By level' },
  districts: { vi: 'Cấp huyện và các xã', en: 'Districts and their communes' },
  departments: { vi: 'Sở, ban, ngành', en: 'Departments' },
  indicators: { vi: 'Chỉ tiêu của chương trình', en: 'Programme indicators' },
  common: { vi: 'Vướng mắc phổ biến', en: 'Most common blockers' },
  behind: { vi: 'Đơn vị chậm nhất', en: 'Units furthest behind' },
  all: { vi: 'Tất cả đơn vị', en: 'All units' },
  details: { vi: 'Chi tiết từng đơn vị', en: 'Unit details' },
  average: { vi: 'điểm trung bình', en: 'average score' },
  communes: { vi: 'xã', en: 'communes' },
  district: { vi: 'Huyện', en: 'District' },
  districtUnit: { vi: 'UBND huyện', en: 'District office' },
  target: { vi: 'mục tiêu', en: 'target' },
  by: { vi: 'đến', en: 'by' },
  met: { vi: 'đạt', en: 'met' },
  notMet: { vi: 'chưa đạt', en: 'not met' },
  overdue: { vi: 'quá hạn', en: 'deadline passed' },
  blocker: { vi: 'chặn', en: 'blocker' },
  advice: { vi: 'gợi ý', en: 'advice' },
  newFile: { vi: 'tạo mới', en: 'new' },
  notApplicable: { vi: 'chưa áp dụng', en: 'not yet' },
  none: { vi: 'không có', en: 'none' },
  unitsWith: { vi: 'đơn vị', en: 'unit(s)' },
  generated: { vi: 'Tạo bởi', en: 'Made by' },
  notInTree: { vi: 'không có trong cây đơn vị', en: 'not in the tree' },
  noDistrict: { vi: '(không rõ huyện)', en: '(district unknown)' },
  moreBlockers: { vi: 'việc khác: xem --format json', en: 'more: see --format json' },
  history: {
    vi: 'Lịch sử công bố, chứng nhận, báo cáo, kiểm tra theo năm',
    en: 'Announcements, certificates, reports and inspections by year',
  },
  year: { vi: 'Năm', en: 'Year' },
  hAnnouncements: { vi: 'Công bố lần đầu', en: 'First announcements' },
  hReannouncements: { vi: 'Công bố lại', en: 'Re-announcements' },
  hCertificates: { vi: 'Giấy chứng nhận', en: 'Certificates' },
  hReports: { vi: 'Báo cáo gửi Sở KH&CN', en: 'Reports to the Sở KH&CN' },
  hInspections: { vi: 'Lần kiểm tra', en: 'Inspections' },
  unitHistory: { vi: 'Lịch sử', en: 'History' },
  noHistory: {
    vi: 'chưa có công bố, chứng nhận, báo cáo hay kiểm tra nào',
    en: 'no announcement, certificate, report or inspection yet',
  },
} satisfies Record<string, Text>;
