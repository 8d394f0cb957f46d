import type { Conflict } from './merge-values.js';
import { labelOf } from './path.js';
import { commentLines } from './render-yaml.js';

const OPEN = '<<<<<<< ';
const MARKER = /^[ \t]*# <<<<<<< /;

export interface MarkerSides {
  /** "mô hình hanoi-qms 1.0.0" */
  base: string;
  /** "mô hình hanoi-qms 1.1.0" */
  theirs: string;
}

/**
 * The comment block left above a field in conflict, git's diff3 layout inside YAML comments: the
 * unit's value (which stays in the file, so it still parses), the old model's, the new model's.
 */
export function conflictLines(conflict: Conflict, sides: MarkerSides): string[] {
  const last = conflict.path[conflict.path.length - 1];
  const key = typeof last?.seg === 'string' ? last.seg : undefined;
  const show = (value: Conflict['base']) =>
    value === undefined ? ['(không có)'] : key === undefined ? commentLines([value]) : commentLines(value, key);
  const ours = conflict.ours === undefined ? ['(đơn vị đã xóa)'] : show(conflict.ours);
  const theirs = conflict.theirs === undefined ? ['(mô hình mới bỏ nội dung này)'] : show(conflict.theirs);
  return [
    `${OPEN}đơn vị, ${labelOf(conflict.path)}: giữ nguyên giá trị hiện tại (ngay dưới khối chú thích này)`,
    ...ours,
    `||||||| ${sides.base} (gốc)`,
    ...show(conflict.base),
    `======= ${sides.theirs}`,
    ...theirs,
    `>>>>>>> ${sides.theirs}: chọn giá trị đúng, sửa nội dung bên dưới rồi xóa khối chú thích này`,
  ];
}

/** Line numbers (1-based) of conflict markers still in a file. */
export function findMarkers(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (MARKER.test(line)) lines.push(i + 1);
  });
  return lines;
}
