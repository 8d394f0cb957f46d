import type { UnitType } from '../unit/types.js';
import type { UnitTypeDef } from '../model/types.js';

/**
 * `qms init --print-answers --type xa`: an answers file to fill in and pass to `qms init --answers`,
 * every field of the type commented (Vietnamese: the file is for the officer), required people first.
 * Values are left empty so that a template nobody filled in is refused, never turned into documents.
 */
export function answersTemplate(type: UnitType, def: UnitTypeDef, today: string): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    `# Câu trả lời cho: qms init <thư-mục> --answers <tệp này> --yes`,
    `# Loại đơn vị: ${def.title}. Điền các giá trị còn trống ("" và []), giữ nguyên phần còn lại.`,
    `type: ${type}`,
    `name: ""                 # tên đơn vị, ví dụ ${q(type === 'xa' ? 'UBND xã Đại Mỗ' : type === 'huyen' ? 'UBND huyện Thanh Trì' : 'Sở Tư pháp')}`,
  ];
  // Under two-level local government (model parentRequired: false) a commune has no huyện above it.
  if (type === 'xa' && def.parentRequired !== false)
    lines.push('parent:', '  name: ""               # huyện, ví dụ "UBND huyện Từ Liêm" (bắt buộc)');
  lines.push(
    '# superior: ""           # cơ quan chủ quản trên tiêu đề văn bản (mặc định: đơn vị cấp trên, hoặc UBND thành phố)',
    'city: Hà Nội',
    `effectiveDate: ${q(today)}   # ngày ban hành tài liệu: YYYY-MM-DD (hoặc DD/MM/YYYY)`,
    '# Người đảm nhiệm từng vai trò (một hoặc nhiều họ tên):',
    'people:',
  );
  for (const role of [...def.roles].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required))))
    lines.push(
      `  ${role.id}: []${' '.repeat(Math.max(1, 22 - role.id.length))}# ${role.title}${role.required ? ' (bắt buộc)' : ''}`,
    );
  lines.push('# Các nhóm TTHC đơn vị giải quyết (bỏ dòng nào không áp dụng; xóa cả khối = tất cả):', 'groups:');
  for (const g of def.groups) lines.push(`  - ${g.id}${' '.repeat(Math.max(1, 20 - g.id.length))}# ${g.title}`);
  return `${lines.join('\n')}\n`;
}
