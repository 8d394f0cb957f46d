import type { Change } from '../merge/diff-values.js';
import { modelPhrase } from '../model/issued-under.js';
import { isMap, type Json } from '../merge/json.js';
import type { DocKind } from './model-docs.js';

/** Field → (section of the printed procedure, what officers call it). Sections follow docs/unit-format.md. */
const FIELDS: Record<string, [string, string]> = {
  title: ['', 'tên tài liệu'],
  tthc: ['2', 'thông tin thủ tục hành chính'],
  purpose: ['1', 'mục đích'],
  scope: ['2', 'phạm vi áp dụng'],
  references: ['3', 'tài liệu viện dẫn'],
  definitions: ['4', 'định nghĩa, chữ viết tắt'],
  legalBasis: ['5.1', 'cơ sở pháp lý'],
  dossier: ['5.2', 'thành phần hồ sơ'],
  dossierSets: ['5.3', 'số lượng hồ sơ'],
  processingTime: ['5.4', 'thời hạn giải quyết'],
  receiveReturn: ['5.5', 'nơi tiếp nhận và trả kết quả'],
  fees: ['5.6', 'phí, lệ phí'],
  steps: ['5.7', 'trình tự, trách nhiệm, thời gian các bước'],
  requirements: ['5.8', 'yêu cầu, điều kiện'],
  forms: ['6', 'biểu mẫu'],
  records: ['7', 'hồ sơ cần lưu'],
  notes: ['', 'ghi chú, nguồn'],
  unchecked: ['', 'mục chưa đối chiếu với văn bản'],
  statement: ['', 'nội dung chính sách'],
  commitments: ['', 'cam kết'],
  sections: ['', 'nội dung sổ tay'],
  objectives: ['', 'mục tiêu'],
};

const UNITS: Record<string, string> = {
  working_day: 'ngày làm việc',
  day: 'ngày',
  same_day: 'trong ngày',
  same_session: 'trong buổi làm việc',
  hour: 'giờ',
};

function describeTime(value: Json | undefined): string {
  if (!isMap(value)) return '?';
  if (value.unit === 'same_session') return 'trong buổi làm việc';
  if (value.unit === 'same_day')
    return `trong ngày${typeof value.cutoffHour === 'number' ? ` (nhận trước ${value.cutoffHour} giờ)` : ''}`;
  const n = typeof value.value === 'number' ? String(value.value).padStart(2, '0') : '?';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
  return `${n} ${UNITS[String(value.unit)] ?? String(value.unit)}`;
}

/**
 * The revision-table entry for a document the update re-issues: which model version, which sections,
 * and the facts people look for first (instruments added or dropped, the new processing time, fees).
 */
export function revisionNote(
  kind: DocKind,
  changes: Change[],
  model: { id: string; version: string; releaseDate: string },
  before: Json,
  after: Json,
  lead = 'Cập nhật theo',
): { description: string; pages?: string } {
  const tops = [...new Set(changes.map((c) => String(c.path[0]?.seg ?? '')))];
  const parts: string[] = [];
  for (const top of tops) {
    const name = FIELDS[top]?.[1] ?? top;
    const here = changes.filter((c) => c.path[0]?.seg === top);
    if (top === 'legalBasis') {
      const numbers = (list: Json | undefined) =>
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
        Array.isArray(list) ? list.map((i) => (isMap(i) ? String(i.number) : '')).filter(Boolean) : [];
      const [was, now] = [
        numbers((before as Record<string, Json>)?.legalBasis),
        numbers((after as Record<string, Json>)?.legalBasis),
      ];
      const added = now.filter((n) => !was.includes(n));
      const dropped = was.filter((n) => !now.includes(n));
      const detail = [
        added.length ? `bổ sung ${added.join(', ')}` : '',
        dropped.length ? `bỏ ${dropped.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      parts.push(detail ? `${name} (${detail})` : name);
    } else if (top === 'processingTime') {
      const get = (d: Json) => (isMap(d) ? d.processingTime : undefined);
      parts.push(`${name} ${describeTime(get(before))} → ${describeTime(get(after))}`);
    } else if (top === 'fees') {
      const amounts = here
        .filter((c) => c.path[c.path.length - 1]?.seg === 'amount' && c.kind === 'changed')
        .map((c) => `${Number(c.before).toLocaleString('vi-VN')} → ${Number(c.after).toLocaleString('vi-VN')} đồng`);
      parts.push(amounts.length ? `${name} (${amounts.join(', ')})` : name);
    } else if (top === 'sections' && kind === 'manual') {
      const titles = [
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- user data: a scalar by schema, shown as written otherwise
        ...new Set(here.map((c) => (isMap(c.path[1]?.item) ? String(c.path[1].item.title) : '')).filter(Boolean)),
      ];
      parts.push(titles.length ? `${name}: ${titles.join('; ')}` : name);
    } else {
      parts.push(name);
    }
  }
  const description = `${lead} ${modelPhrase(model.id, model.version)} (phát hành ${model.releaseDate}): ${parts.join('; ')}.`;
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const sections =
    kind === 'procedure' ? [...new Set(tops.map((t) => FIELDS[t]?.[0]).filter(Boolean))].sort(byNumber) : [];
  return {
    description: description.length > 1000 ? `${description.slice(0, 999)}…` : description,
    ...(sections.length ? { pages: `Mục ${sections.join(', ')}`.slice(0, 100) } : {}),
  };
}
