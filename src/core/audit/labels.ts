/** Words the audit documents print, in the two languages the tool speaks. */

export type Lang = 'vi' | 'en';

/** Pick the text for a language (both written side by side where they are used). */
export function pick(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Tick boxes, two options a line; each option held together by no-break spaces. */
function resultBoxes(...lines: string[][]): string {
  return lines.map((options) => options.map((o) => `□ ${o}`.replace(/ /gu, '\u00a0')).join('  ')).join('\n');
}

export const LABELS = {
  vi: {
    checklistTitle: 'Phiếu ghi chép đánh giá nội bộ',
    planTitle: 'Chương trình đánh giá nội bộ năm',
    no: 'TT',
    id: 'Mã câu hỏi',
    clause: 'Điều khoản',
    question: 'Câu hỏi',
    lookFor: 'Bằng chứng cần xem',
    notes: 'Bằng chứng / ghi chép',
    result: 'Kết quả',
    code: 'Mã hiệu',
    unit: 'Đơn vị được đánh giá',
    auditor: 'Đánh giá viên',
    date: 'Ngày đánh giá',
    scope: 'Phạm vi',
    excluded: 'NGOẠI LỆ',
    newClause: 'yêu cầu mới',
    iso2015: 'ISO 9001:2015',
    sample: 'Lấy mẫu',
    allClauses: 'Toàn bộ các điều khoản TCVN ISO 9001:2008 (mục 4 đến 8)',
    clauses: 'Điều khoản',
    processes: 'Quy trình',
    /**
     * Printed in the result cell of the DOCX: the auditor ticks one. No-break spaces (U+00A0) inside each
     * option, so a narrow cell wraps between options, never inside one ("□ Lưu" / "ý").
     */
    resultBoxes: resultBoxes(['Phù hợp', 'Lưu ý'], ['NC nhẹ', 'NC nặng']),
  },
  en: {
    checklistTitle: 'Internal audit checklist',
    planTitle: 'Internal audit programme',
    no: 'No.',
    id: 'Question id',
    clause: 'Clause',
    question: 'Question',
    lookFor: 'Evidence to look for',
    notes: 'Evidence / notes',
    result: 'Result',
    code: 'Code',
    unit: 'Auditee',
    auditor: 'Auditor',
    date: 'Audit date',
    scope: 'Scope',
    excluded: 'EXCLUDED',
    newClause: 'new requirement',
    iso2015: 'ISO 9001:2015',
    sample: 'Sampling',
    allClauses: 'Every clause of ISO 9001:2008 (sections 4 to 8)',
    clauses: 'Clauses',
    processes: 'Procedures',
    resultBoxes: resultBoxes(['Conforming', 'Observation'], ['Minor NC', 'Major NC']),
  },
} as const;

export type Labels = (typeof LABELS)[Lang];
