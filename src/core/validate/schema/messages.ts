import { escapeForDisplay, text, type Text } from '../../text.js';
import { pathToPointer, pointerToPath } from '../../yaml/locate.js';
import { allowedKeys, nearest } from './did-you-mean.js';
import type { SchemaError } from './validators.js';

/** One schema problem, ready to become a QMS003 diagnostic. */
export interface SchemaFinding {
  path: string;
  atKey: boolean;
  message: Text;
  hint?: Text;
  keyword: string;
}

export const MAX_SCHEMA_ERRORS_PER_FILE = 50;

/**
 * Turn ajv errors into readable findings: one per path (the most specific), in Vietnamese and
 * English, a missing property reported at its parent, an unknown one at its key. `data` is used to
 * say "YAML read 1.10 as a number" for type errors on plain scalars.
 */
export function describeSchemaErrors(errors: SchemaError[], data: unknown, schemaFile?: string): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  // ajv reports oneOf/anyOf alongside the failures of each branch: keep the branch errors unless
  // they are all at the same path as the combinator (then one message says "one of").
  const combinatorPaths = new Set(
    errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  // One finding per path: when a value breaks several keywords (a date too long, off-pattern and not
  // a date), the one that says most about it wins. Each missing field is its own finding.
  const byPath = new Map<string, number>();
  for (const error of errors) {
    if (
      combinatorPaths.has(error.instancePath) &&
      error.keyword !== 'oneOf' &&
      error.keyword !== 'anyOf' &&
      error.schemaPath.includes('/oneOf/')
    )
      continue;
    const finding = describe(error, data, schemaFile);
    const missing =
      error.keyword === 'required' ? String((error.params as Record<string, unknown>).missingProperty) : '';
    const key = `${finding.path}|${finding.atKey}|${missing}`;
    const at = byPath.get(key);
    if (at !== undefined) {
      if (rank(finding.keyword) < rank(findings[at].keyword)) findings[at] = finding;
      continue;
    }
    if (findings.length >= MAX_SCHEMA_ERRORS_PER_FILE) break;
    byPath.set(key, findings.length);
    findings.push(finding);
  }
  return findings;
}

/** Which of several errors at one path to keep: the wrong type first, then a wrong value, then its form. */
const KEYWORD_RANK = ['type', 'enum', 'const', 'format', 'pattern'];
function rank(keyword: string): number {
  const i = KEYWORD_RANK.indexOf(keyword);
  return i < 0 ? KEYWORD_RANK.length : i;
}

function describe(error: SchemaError, data: unknown, schemaFile?: string): SchemaFinding {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath || '';
  const field = lastSegment(at);
  const f = (message: Text, hint?: Text, path = at, atKey = false): SchemaFinding => ({
    path,
    atKey,
    message,
    hint,
    keyword: error.keyword,
  });
  switch (error.keyword) {
    case 'required':
      return f(
        text(
          `thiếu trường bắt buộc "${String(p.missingProperty)}"`,
          `missing required field "${String(p.missingProperty)}"`,
        ),
        text(`Thêm trường "${String(p.missingProperty)}" vào mục này.`, `Add "${String(p.missingProperty)}" here.`),
      );
    case 'additionalProperties': {
      const name = escapeForDisplay(String(p.additionalProperty), 40);
      const allowed = schemaFile ? allowedKeys(schemaFile, at) : [];
      const guess = nearest(String(p.additionalProperty), allowed);
      const shown = allowed.slice(0, 12).join(', ') + (allowed.length > 12 ? ', …' : '');
      return f(
        guess
          ? text(
              `trường "${name}" không có trong mẫu; có phải "${guess}"?`,
              `unknown field "${name}"; did you mean "${guess}"?`,
            )
          : text(`trường "${name}" không có trong mẫu`, `unknown field "${name}"`),
        guess
          ? text(`Đổi tên thành "${guess}" (phân biệt chữ hoa, chữ thường).`, `Rename it to "${guess}" (case matters).`)
          : allowed.length > 0
            ? text(
                `Các trường được dùng ở đây: ${shown}. Sửa tên hoặc xóa trường này.`,
                `Fields allowed here: ${shown}. Fix the name or remove it.`,
              )
            : text(
                'Kiểm tra chính tả tên trường (phân biệt chữ hoa, chữ thường) hoặc xóa trường này.',
                'Check the spelling of the field (case matters) or remove it.',
              ),
        pathToPointer([...pointerToPath(at), String(p.additionalProperty)]),
        true,
      );
    }
    case 'type': {
      if (at === '') {
        return f(
          text(
            'nội dung tệp phải là các dòng "khóa: giá trị" (không phải danh sách hay một giá trị đơn)',
            'the file must be "key: value" lines (not a list or a single value)',
          ),
          text(
            'Bắt đầu tệp theo mẫu: mỗi dòng một trường "tên: giá trị".',
            'Start the file from the template: one "name: value" field per line.',
          ),
        );
      }
      const expected = String(p.type);
      const actual = valueAt(data, at);
      const quote =
        expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean' || actual === null);
      return f(
        text(
          `"${field}" phải là ${typeVi(expected)}${quote ? `; YAML đọc giá trị này là ${typeVi(typeof actual === 'object' ? 'null' : typeof actual)}` : ''}`,
          `"${field}" must be ${typeEn(expected)}${quote ? `; YAML read this value as ${typeEn(typeof actual === 'object' ? 'null' : typeof actual)}` : ''}`,
        ),
        quote
          ? text(
              `Đặt giá trị trong dấu ngoặc kép, ví dụ "${escapeForDisplay(String(actual), 30)}".`,
              `Put the value in double quotes, e.g. "${escapeForDisplay(String(actual), 30)}".`,
            )
          : undefined,
      );
    }
    case 'enum':
      return f(
        text(
          `"${field}" phải là một trong: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
          `"${field}" must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
        ),
      );
    case 'const':
      return f(text(`"${field}" phải là ${String(p.allowedValue)}`, `"${field}" must be ${String(p.allowedValue)}`));
    case 'pattern':
      return f(
        text(
          `"${field}" không đúng định dạng (mẫu ${String(p.pattern)})`,
          `"${field}" does not match the required format (${String(p.pattern)})`,
        ),
        patternHint(String(p.pattern)),
      );
    case 'format':
      return f(
        text(`"${field}" phải là ngày có thật, dạng YYYY-MM-DD`, `"${field}" must be a real date (YYYY-MM-DD)`),
        text(
          'Viết ngày dạng năm-tháng-ngày, ví dụ 2012-06-01, và kiểm tra ngày có trong lịch.',
          'Write the date as year-month-day, e.g. 2012-06-01, and check it exists.',
        ),
      );
    case 'minLength':
      return Number(p.limit) === 1
        ? f(text(`"${field}" không được để trống`, `"${field}" must not be empty`))
        : f(
            text(
              `"${field}" phải có ít nhất ${String(p.limit)} ký tự`,
              `"${field}" must have at least ${String(p.limit)} characters`,
            ),
          );
    case 'maxLength':
      return f(
        text(`"${field}" dài quá ${String(p.limit)} ký tự`, `"${field}" is longer than ${String(p.limit)} characters`),
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = String(p.comparison);
      return f(text(`"${field}" phải ${op} ${String(p.limit)}`, `"${field}" must be ${op} ${String(p.limit)}`));
    }
    case 'minItems':
      return f(
        text(
          `"${field}" phải có ít nhất ${String(p.limit)} mục`,
          `"${field}" must have at least ${String(p.limit)} item(s)`,
        ),
      );
    case 'maxItems':
      return f(text(`"${field}" có quá ${String(p.limit)} mục`, `"${field}" has more than ${String(p.limit)} items`));
    case 'maxProperties':
      return f(text(`mục này có quá ${String(p.limit)} trường`, `this entry has more than ${String(p.limit)} fields`));
    case 'propertyNames':
      return f(
        text(
          `tên trường "${escapeForDisplay(String(p.propertyName), 40)}" không hợp lệ`,
          `invalid field name "${escapeForDisplay(String(p.propertyName), 40)}"`,
        ),
      );
    case 'oneOf':
    case 'anyOf':
      return f(text(`"${field}" không hợp lệ: ${oneOfVi(at)}`, `"${field}" is not valid: ${oneOfEn(at)}`));
    default:
      return f(
        text(
          `"${field}" không hợp lệ (${error.keyword})`,
          `"${field}" is not valid (${error.message ?? error.keyword})`,
        ),
      );
  }
}

const STEP = /\/steps\/[0-9]+$/;

function oneOfVi(path: string): string {
  if (STEP.test(path))
    return 'ghi người thực hiện bằng một trong hai: role (vai trò của đơn vị) hoặc agency (cơ quan phối hợp)';
  return path.endsWith('/retention')
    ? 'ghi số năm lưu (số nguyên) hoặc permanent (vĩnh viễn)'
    : 'không khớp với dạng nào được phép';
}
function oneOfEn(path: string): string {
  if (STEP.test(path))
    return 'name who does it with exactly one of role (a role of the unit) or agency (a coordinating agency)';
  return path.endsWith('/retention')
    ? 'write a number of years (integer) or permanent'
    : 'matches none of the allowed forms';
}

function patternHint(pattern: string): Text | undefined {
  if (pattern.startsWith('^QT'))
    return text(
      'Mã hiệu quy trình có dạng QT-01 hoặc QT-HT-01 (chữ in hoa không dấu).',
      'Procedure codes look like QT-01 or QT-HT-01 (ASCII capitals).',
    );
  if (pattern.startsWith('^BM'))
    return text('Mã biểu mẫu có dạng BM-01-02 hoặc BM-HT-01-02.', 'Form codes look like BM-01-02 or BM-HT-01-02.');
  if (pattern.startsWith('^[a-z]'))
    return text(
      'Dùng chữ thường không dấu, số và dấu gạch nối, ví dụ mot-cua.',
      'Use lower-case ASCII letters, digits and hyphens, e.g. mot-cua.',
    );
  if (pattern.includes('[0-9]{4}-'))
    return text('Viết ngày dạng YYYY-MM-DD, ví dụ 2012-06-01.', 'Write dates as YYYY-MM-DD, e.g. 2012-06-01.');
  return undefined;
}

function lastSegment(pointer: string): string {
  const path = pointerToPath(pointer);
  const last = [...path].reverse().find((s) => !/^\d+$/.test(String(s)));
  return last === undefined ? '(tệp)' : escapeForDisplay(String(last), 40);
}

function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const seg of pointerToPath(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return node;
}

const TYPE_VI: Record<string, string> = {
  string: 'chữ (chuỗi ký tự)',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'một nhóm trường (key: value)',
  array: 'một danh sách (- …)',
  null: 'rỗng',
};
const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'a group of "key: value" fields',
  array: 'a list (- …)',
  null: 'empty',
};
function typeVi(t: string): string {
  return t
    .split(',')
    .map((x) => TYPE_VI[x] ?? x)
    .join(' hoặc ');
}
function typeEn(t: string): string {
  return t
    .split(',')
    .map((x) => TYPE_EN[x] ?? x)
    .join(' or ');
}
