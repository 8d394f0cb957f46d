import { text, type Text } from '../text.js';
import type { FileKind } from './types.js';

/** Sub-folders of a unit and the kind of YAML file each holds. */
export const UNIT_FOLDERS: Record<string, FileKind> = {
  procedures: 'procedure',
  objectives: 'objectives',
  audits: 'audit',
  reviews: 'review',
};

const TOP_FILES: Record<string, FileKind> = {
  'qms.yaml': 'unit',
  '.qms-answers.yaml': 'answers',
  'policy.yaml': 'policy',
  'manual.yaml': 'manual',
};

/** Folders inside a unit the tool never reads (build output, VCS). */
export const IGNORED_FOLDERS = new Set(['dist', 'node_modules', '.git']);

export const MANIFEST = 'qms.yaml';
export const ANSWERS = '.qms-answers.yaml';

export function kindOf(relPath: string): FileKind {
  if (!/\.ya?ml$/.test(relPath)) return 'unknown'; // QT-01.YAML: see misplacedReason
  const parts = relPath.split('/');
  if (parts.length === 1) return TOP_FILES[parts[0]] ?? 'unknown';
  if (parts.length === 2) return UNIT_FOLDERS[parts[0]] ?? 'unknown';
  return 'unknown';
}

/** The JSON Schema file (in schemas/) for each kind. */
export const SCHEMA_OF: Record<Exclude<FileKind, 'unknown'>, string> = {
  unit: 'unit.schema.json',
  answers: 'answers.schema.json',
  policy: 'policy.schema.json',
  manual: 'manual.schema.json',
  objectives: 'objectives.schema.json',
  procedure: 'procedure.schema.json',
  audit: 'audit.schema.json',
  review: 'review.schema.json',
};

/** Case-insensitive, so that `QT-01.YAML` is listed (and reported) rather than skipped without a word. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Deepest sub-folder of procedures/, audits/… searched for misplaced YAML files to report. */
export const MAX_NESTED_DEPTH = 4;

/**
 * Why a YAML file of the unit belongs to no file kind, when there is a precise reason (wrong case
 * of the extension, a sub-folder of a known folder); undefined for any other unknown file.
 */
export function misplacedReason(relPath: string): { code: string; message: Text; hint: Text } | undefined {
  const parts = relPath.split('/');
  const name = parts[parts.length - 1];
  if (!/\.ya?ml$/.test(name)) {
    const fixed = name.replace(/\.ya?ml$/i, (e) => e.toLowerCase());
    return {
      code: 'E_EXTENSION_CASE',
      message: text(
        `phần mở rộng "${name.slice(fixed.lastIndexOf('.'))}" viết hoa nên tệp không được đọc như tài liệu`,
        `the extension "${name.slice(fixed.lastIndexOf('.'))}" is upper-case, so the file is not read as a document`,
      ),
      hint: text(`Đổi tên thành ${fixed}.`, `Rename it to ${fixed}.`),
    };
  }
  if (parts.length > 2 && parts[0] in UNIT_FOLDERS) {
    return {
      code: 'E_NESTED',
      message: text(
        `tệp nằm trong thư mục con ${parts.slice(0, -1).join('/')}/ nên không được đọc; chỉ tệp nằm ngay trong ${parts[0]}/ được đọc`,
        `the file is in the sub-folder ${parts.slice(0, -1).join('/')}/, so it is not read; only files directly in ${parts[0]}/ are`,
      ),
      hint: text(
        `Chuyển tệp lên ${parts[0]}/${name}, hoặc đổi phần mở rộng nếu đó là bản lưu cũ.`,
        `Move it up to ${parts[0]}/${name}, or change its extension if it is an old copy.`,
      ),
    };
  }
  return undefined;
}
