import { QmsError } from '../../errors.js';
import { cleanText } from '../../sanitize.js';
import { escapeForDisplay, text, type Text } from '../../text.js';
import { firstFromIso2008, sectionsOf, type Catalogue, type GradeId } from '../../standard/catalogue.js';
import { DERIVED_CLAUSE, type DerivedKind } from '../checklist/derive.js';
import { CSV_COLUMNS, type CsvColumn } from '../checklist/checklist-csv.js';
import { columnLetter, parseCsv, type CsvRecord } from '../csv/read-csv.js';
import { LABELS } from '../labels.js';
import type { AuditUnit } from '../unit-scope.js';
import { fold, resultReader } from './results.js';

/** One answered row of a filled-in checklist. */
export interface FilledRow {
  /** Spreadsheet row (the header is row 1). */
  row: number;
  id: string;
  clause: string;
  procedure?: string;
  grade: GradeId | 'none';
  notes: string;
}

export interface FilledChecklist {
  rows: FilledRow[];
  warnings: Text[];
}

/** Columns import needs; the others (TT, the question, the evidence hint) are for the auditor. */
const REQUIRED: CsvColumn[] = ['id', 'result', 'notes'];
const MAX_NOTES = 3000;
const MAX_PROBLEMS = 20;
const ID =
  /^(?:(QT(?:-[A-Z]{2,4})?-[0-9]{2})\/)?(?:(Q-[4-8](?:\.[0-9]){0,2}-[0-9]{2})|X-([4-8](?:\.[0-9]){0,2})|([DTSFRLP])-[0-9]{2,3})$/;

/**
 * Read a checklist CSV (from `qms checklist --format csv`) after the auditor filled it in. Columns are
 * found by their header, in Vietnamese or English. Every problem names the spreadsheet row and column;
 * the first twenty are reported together, and nothing is returned unless the whole file is good.
 */
export function readFilledChecklist(
  source: string,
  file: string,
  unit: AuditUnit,
  catalogue: Catalogue,
  lang: 'vi' | 'en',
): FilledChecklist {
  const table = parseCsv(source, file);
  const [header, ...records] = table.records;
  if (!header) throw csvProblems(file, [text('tệp CSV trống', 'the CSV file is empty')]);
  const columns = findColumns(header, file);
  const warnings: Text[] = [];
  const unknown = header.fields
    .map((h, i) => [h, i] as const)
    .filter(([h, i]) => h.trim() !== '' && ![...columns.values()].includes(i));
  if (unknown.length > 0) {
    warnings.push(
      text(
        `bỏ qua cột không dùng: ${unknown.map(([h, i]) => `${columnLetter(i + 1)} «${escapeForDisplay(h)}»`).join(', ')}`,
        `ignored columns: ${unknown.map(([h, i]) => `${columnLetter(i + 1)} "${escapeForDisplay(h)}"`).join(', ')}`,
      ),
    );
  }
  const results = resultReader(catalogue.grades, lang);
  const procedures = new Set(unit.procedures.map((p) => p.code));
  const problems: Text[] = [];
  const seen = new Map<string, number>();
  const rows: FilledRow[] = [];
  for (const record of records) {
    const cell = (c: CsvColumn) => {
      const i = columns.get(c);
      // A leading apostrophe is how the checklist kept Excel from reading a cell as a formula.
      return i === undefined
        ? ''
        : cleanText(record.fields[i] ?? '')
            .trim()
            .replace(/^'(?=[=+\-@])/, '');
    };
    const at = (c: CsvColumn) => where(record, columns.get(c)!, header.fields[columns.get(c)!]);
    const id = cell('id');
    const result = cell('result');
    const notes = cell('notes');
    if (id === '' && result === '' && notes === '') continue;
    const problem = (c: CsvColumn, vi: string, en: string) =>
      problems.push(text(`${at(c).vi}: ${vi}`, `${at(c).en}: ${en}`));
    const m = ID.exec(id);
    if (!m) {
      problem(
        'id',
        id ? `mã câu hỏi «${escapeForDisplay(id)}» không phải mã do qms checklist tạo` : 'thiếu mã câu hỏi',
        id ? `"${escapeForDisplay(id)}" is not a question id made by qms checklist` : 'the question id is missing',
      );
      continue;
    }
    const [, procedure, bankId, excludedClause, derived] = m;
    if (seen.has(id))
      problem('id', `câu hỏi ${id} đã có ở hàng ${seen.get(id)}`, `question ${id} is already on row ${seen.get(id)}`);
    seen.set(id, record.row);
    if (derived && !procedure)
      problem(
        'id',
        `mã ${id} thiếu mã quy trình ở đầu (ví dụ QT-HT-01/${id})`,
        `${id} lacks its procedure prefix (e.g. QT-HT-01/${id})`,
      );
    if (procedure && !procedures.has(procedure)) {
      problem(
        'id',
        `quy trình ${procedure} không có trong đơn vị ${escapeForDisplay(unit.name, 200)}: phiếu này có phải của đơn vị khác không?`,
        `procedure ${procedure} is not in unit ${escapeForDisplay(unit.name, 200)}: is this another unit's checklist?`,
      );
    }
    const bank = bankId ? catalogue.question.get(bankId) : undefined;
    if (bankId && !bank)
      problem('id', `không có câu hỏi ${bankId} trong bộ câu hỏi`, `no question ${bankId} in the question bank`);
    const fromId =
      bank?.clause ??
      excludedClause ??
      (derived ? firstFromIso2008(catalogue, DERIVED_CLAUSE[derived as DerivedKind]) : '');
    // Excel under Vietnamese settings may turn 8.3 into the number 8,3.
    const clause = cell('clause').replace(/,/g, '.') || fromId;
    if (!catalogue.clause.has(clause)) {
      problem(
        columns.has('clause') ? 'clause' : 'id',
        `«${escapeForDisplay(clause)}» không phải điều khoản của ${catalogue.standard.name} (mục ${sectionsOf(catalogue)[0]} đến ${sectionsOf(catalogue).at(-1)})`,
        `"${escapeForDisplay(clause)}" is not a ${catalogue.standard.shortName} clause (sections ${sectionsOf(catalogue)[0]} to ${sectionsOf(catalogue).at(-1)})`,
      );
    }
    const grade = results.read(result);
    if (!grade) {
      problem(
        'result',
        `kết quả «${escapeForDisplay(result)}» không hợp lệ; ghi một trong: ${results.allowed.join(', ')} (hoặc để trống nếu chưa đánh giá)`,
        `result "${escapeForDisplay(result)}" is not valid; write one of: ${results.allowed.join(', ')} (or leave it empty if not assessed)`,
      );
    } else if (grade !== 'none' && grade !== 'conforming' && notes === '') {
      problem(
        'notes',
        'phát hiện không phù hợp hoặc lưu ý cần ghi rõ điều đã thấy (bằng chứng)',
        'a nonconformity or observation needs a note of what was found (the evidence)',
      );
    }
    if (notes.length > MAX_NOTES)
      problem(
        'notes',
        `ghi chép dài ${notes.length} ký tự, tối đa ${MAX_NOTES}`,
        `the note is ${notes.length} characters long; at most ${MAX_NOTES}`,
      );
    if (grade) rows.push({ row: record.row, id, clause, ...(procedure ? { procedure } : {}), grade, notes });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw csvProblems(file, problems);
  if (!rows.some((r) => r.grade !== 'none')) {
    throw csvProblems(file, [
      text(
        `chưa hàng nào có kết quả (cột ${columnLetter(columns.get('result')! + 1)} «${escapeForDisplay(header.fields[columns.get('result')!], 40)}»)`,
        `no row has a result yet (column ${columnLetter(columns.get('result')! + 1)} "${escapeForDisplay(header.fields[columns.get('result')!], 40)}")`,
      ),
    ]);
  }
  return { rows, warnings };
}

/** "hàng 7, cột G «Kết quả»" (+ the file line when a multi-line cell shifts it). */
function where(record: CsvRecord, index: number, header: string): Text {
  const line = record.line !== record.row ? ` (dòng ${record.line} của tệp)` : '';
  const lineEn = record.line !== record.row ? ` (line ${record.line} of the file)` : '';
  return text(
    `hàng ${record.row}${line}, cột ${columnLetter(index + 1)} «${escapeForDisplay(header, 40)}»`,
    `row ${record.row}${lineEn}, column ${columnLetter(index + 1)} "${escapeForDisplay(header, 40)}"`,
  );
}

function findColumns(header: CsvRecord, file: string): Map<CsvColumn, number> {
  const names = new Map<string, CsvColumn>();
  for (const c of CSV_COLUMNS) for (const lang of ['vi', 'en'] as const) names.set(fold(LABELS[lang][c]), c);
  const columns = new Map<CsvColumn, number>();
  const problems: Text[] = [];
  header.fields.forEach((h, i) => {
    const c = names.get(fold(h));
    if (!c) return;
    if (columns.has(c)) {
      problems.push(
        text(
          `hàng 1, cột ${columnLetter(i + 1)}: cột «${escapeForDisplay(h, 40)}» lặp lại (đã có ở cột ${columnLetter(columns.get(c)! + 1)})`,
          `row 1, column ${columnLetter(i + 1)}: column "${escapeForDisplay(h, 40)}" appears twice (also column ${columnLetter(columns.get(c)! + 1)})`,
        ),
      );
    }
    columns.set(c, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const found = header.fields.map((h, i) => `${columnLetter(i + 1)} «${escapeForDisplay(h, 40)}»`).join(', ');
    problems.push(
      text(
        `hàng 1 (tiêu đề) thiếu cột ${missing.map((c) => `«${LABELS.vi[c]}»`).join(', ')}; tiêu đề hiện có: ${found}`,
        `row 1 (the header) lacks column ${missing.map((c) => `"${LABELS.en[c]}"`).join(', ')}; the header has: ${found}`,
      ),
    );
  }
  if (problems.length > 0) throw csvProblems(file, problems);
  return columns;
}

function csvProblems(file: string, problems: Text[]): QmsError {
  const join = (lang: 'vi' | 'en') => problems.map((p) => p[lang]).join('\n  ');
  return new QmsError(
    'E_CSV',
    text(
      `${file}: phiếu ghi chép không nhập được:\n  ${join('vi')}`,
      `${file}: the checklist cannot be imported:\n  ${join('en')}`,
    ),
    text(
      'Sửa các ô đã nêu trong Excel hoặc LibreOffice, lưu lại dạng CSV UTF-8 rồi chạy lại. Phiếu mẫu: qms checklist <đơn vị> … --format csv.',
      'Fix the cells named above in Excel or LibreOffice, save as CSV UTF-8 and run again. A blank checklist: qms checklist <unit> … --format csv.',
    ),
    2,
    { file },
  );
}
