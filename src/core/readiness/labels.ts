import { text, type Text } from '../text.js';
import type { UnitType } from '../unit/types.js';
import type { ClauseGroup, StageId, Status } from './types.js';

/** The programme's status vocabulary. */
export const STATUS_LABELS: Record<Status, Text> = {
  'not-started': text('chưa triển khai', 'not started'),
  building: text('đang xây dựng', 'building'),
  applying: text('đang áp dụng', 'applying'),
  ready: text('sẵn sàng đánh giá', 'ready for assessment'),
  certified: text('đã chứng nhận', 'certified'),
  announced: text('đã công bố', 'announced'),
  'needs-maintenance': text('cần duy trì', 'needs maintenance'),
  'needs-transition': text('cần chuyển đổi', 'needs transition'),
};

/** One colour per status, the same in every chart (and readable printed in grey). */
export const STATUS_COLORS: Record<Status, string> = {
  'not-started': '#b8bec8',
  building: '#f2c14e',
  applying: '#f08a24',
  ready: '#3f9b5b',
  certified: '#1b4f72',
  announced: '#2e86c1',
  'needs-maintenance': '#c0392b',
  'needs-transition': '#7d3c98',
};

export const STAGE_LABELS: Record<StageId, Text> = {
  steering: text('Ban chỉ đạo ISO, Đại diện lãnh đạo', 'Steering committee, management representative'),
  training: text('Đào tạo', 'Training'),
  documents: text('Ban hành tài liệu (đủ, hợp lệ, cập nhật)', 'Documents issued (complete, valid, current)'),
  application: text('Áp dụng ít nhất 3 tháng', 'Applied for at least 3 months'),
  audit: text('Đánh giá nội bộ toàn bộ hệ thống', 'Internal audit of the whole system'),
  review: text('Xem xét của lãnh đạo', 'Management review'),
  corrective: text('Khắc phục điểm không phù hợp', 'Nonconformities closed'),
  target: text('Chứng nhận / công bố', 'Certification / announcement'),
  maintenance: text('Duy trì', 'Maintenance'),
};

/** The label of a score part: its own (a 2015 section title) or the fixed label of a 2008 group. */
export function groupLabel(part: { group: ClauseGroup; label?: Text }): Text {
  return part.label ?? GROUP_LABELS[part.group] ?? text(part.group, part.group);
}

export const GROUP_LABELS: Record<ClauseGroup, Text> = {
  '4': text('4 Hệ thống, tài liệu', '4 System, documents'),
  '5': text('5 Trách nhiệm lãnh đạo', '5 Management'),
  '6': text('6 Nguồn lực', '6 Resources'),
  '7': text('7 Tạo sản phẩm (TTHC)', '7 Realisation (TTHC)'),
  '8': text('8 Đo lường, cải tiến', '8 Measurement, improvement'),
};

export const TYPE_LABELS: Record<UnitType, Text> = {
  so: text('Sở, ban, ngành', 'Departments'),
  huyen: text('UBND cấp huyện', 'Districts'),
  xa: text('UBND cấp xã', 'Communes'),
};

/** What a blocker is about, in city-level words (the unit's own message has its details). */
export const CHECK_LABELS: Record<string, Text> = {
  'manifest-invalid': text('qms.yaml không hợp lệ', 'qms.yaml not valid'),
  'steering-committee': text('chưa có QĐ thành lập Ban chỉ đạo ISO', 'no steering committee decision'),
  'management-representative': text('chưa có QĐ cử Đại diện lãnh đạo', 'no management representative appointed'),
  training: text('chưa đào tạo về tiêu chuẩn TCVN ISO 9001', 'no TCVN ISO 9001 training'),
  'training-auditors': text('chưa đào tạo chuyên gia đánh giá nội bộ', 'no internal-auditor training'),
  'documents-issued': text('chưa có QĐ ban hành tài liệu', 'documents not issued by a decision'),
  'documents-complete': text('thiếu tài liệu bắt buộc', 'mandatory documents missing'),
  'iso2015-context': text('chưa có bối cảnh, phạm vi (TCVN ISO 9001:2015)', 'no context and scope (ISO 9001:2015)'),
  'iso2015-risks': text('chưa có sổ rủi ro và cơ hội', 'no risk and opportunity register'),
  'iso2015-process-map': text('chưa có sơ đồ quá trình', 'no process map'),
  'documents-valid': text('lỗi kiểm tra tài liệu', 'validation errors'),
  'legal-basis-current': text('quy trình viện dẫn văn bản đã bị thay thế', 'procedures cite superseded instruments'),
  'tthc-coverage': text('TTHC chưa có quy trình', 'TTHC without a procedure'),
  'application-period': text('áp dụng chưa đủ 3 tháng', 'applied for less than 3 months'),
  'audit-procedures': text(
    'đánh giá nội bộ chưa bao trùm mọi quy trình',
    'internal audit does not cover every procedure',
  ),
  'audit-clauses': text('đánh giá nội bộ chưa bao trùm mọi điều khoản', 'internal audit does not cover every clause'),
  'review-held': text('chưa họp xem xét của lãnh đạo', 'no management review'),
  'review-inputs': text('xem xét của lãnh đạo thiếu đầu vào', 'management review lacks inputs'),
  'nc-closed': text('điểm không phù hợp chưa khắc phục xong', 'nonconformities not closed'),
  certificate: text('chưa có / hết hạn giấy chứng nhận', 'no valid certificate'),
  surveillance: text('quá hạn đánh giá giám sát', 'surveillance audit overdue'),
  announcement: text('chưa công bố HTQLCL', 'QMS not announced'),
  'announcement-sent': text('chưa gửi QĐ công bố tới Sở KH&CN', 'announcement not sent to Sở KH&CN'),
  'objectives-current': text('chưa có mục tiêu chất lượng năm nay', 'no quality objectives for this year'),
  'standard-current': text(
    'tiêu chuẩn không còn được thừa nhận: cần chuyển đổi (qms transition)',
    'standard no longer recognised: transition (qms transition)',
  ),
};

/** "quy trình viện dẫn văn bản đã bị thay thế (→ 19/2014/QĐ-TTg)" */
export function blockerLabel(code: string, key?: string): Text {
  const base = CHECK_LABELS[code] ?? text(code, code);
  if (!key) return base;
  const arrow = code === 'legal-basis-current' ? '→ ' : '';
  return text(`${base.vi} (${arrow}${key})`, `${base.en} (${arrow}${key})`);
}
