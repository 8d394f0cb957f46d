/**
 * CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, RFC 4180 quoting (a field
 * with a comma, semicolon, quote, CR or LF is quoted, quotes doubled), CRLF between records. A field that Excel
 * would take for a formula (= + - @ at the start) gets a leading apostrophe, which import removes.
 */

export const BOM = '\ufeff';

/** ',' for Excel with a comma list separator (en-US); ';' for Excel set to Vietnamese (vi-VN), whose list separator is ';'. */
export type CsvSeparator = ',' | ';';

const NEEDS_QUOTES = /[",;\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: string[][], separator: CsvSeparator = ','): string {
  return (
    BOM +
    rows
      .map((r) => r.map(csvField).join(separator))
      .map((line) => `${line}\r\n`)
      .join('')
  );
}
