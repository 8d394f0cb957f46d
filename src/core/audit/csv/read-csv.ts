import { QmsError } from '../../errors.js';
import { text } from '../../text.js';

/**
 * Parse a CSV file an auditor saved from Excel or LibreOffice (decoded by the safe reader: strict UTF-8,
 * BOM dropped): CRLF, LF or CR alone (old Mac), RFC 4180 quotes, comma or semicolon (Excel under Vietnamese regional
 * settings saves with ";"), found from the header line.
 */

export interface CsvRecord {
  /** 1-based record number as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: ',' | ';';
  records: CsvRecord[];
}

/** Split decoded text into records. Quotes are RFC 4180; an unclosed quote is an error naming its line. */
export function parseCsv(source: string, file: string): CsvTable {
  const body = source.startsWith('\ufeff') ? source.slice(1) : source;
  const delimiter = guessDelimiter(body);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let i = 0;
  let row = 0;
  const endRecord = () => {
    fields.push(field);
    row++;
    // A blank line is a row in the spreadsheet too: skip it, but keep counting.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ row, line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < body.length) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && body[i + 1] !== '\n')) line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      i++;
      continue;
    } else if (c === '\n' || c === '\r') {
      // A lone CR ends a line too: classic Mac OS and old Excel for Mac saved CSV that way.
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) {
    throw new QmsError(
      'E_CSV',
      text(
        `dấu ngoặc kép mở ở dòng ${quoteLine} không được đóng`,
        `the quote opened on line ${quoteLine} is never closed`,
      ),
      text(
        'Mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng CSV.',
        'Open the file in Excel or LibreOffice and save it as CSV again.',
      ),
      2,
      { file, line: quoteLine, col: 1 },
    );
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records };
}

/** ";" when the header line has semicolons and no comma outside quotes. */
function guessDelimiter(body: string): ',' | ';' {
  const end = body.search(/\r|\n/);
  const header = (end < 0 ? body : body.slice(0, end)).replace(/"[^"]*"/g, '');
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** Spreadsheet column name: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
