import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { checklistCsv } from '../../../src/core/audit/checklist/checklist-csv.js';
import { checklistRows } from '../../../src/core/audit/checklist/types.js';
import { columnLetter, parseCsv } from '../../../src/core/audit/csv/read-csv.js';
import { csvField, toCsv } from '../../../src/core/audit/csv/write-csv.js';
import { loadAuditUnit } from '../../../src/core/audit/unit-scope.js';

const unit = loadAuditUnit(resolve(import.meta.dirname, '..', '..', '..', 'examples/city/xa-tam-hiep'));

describe('checklist CSV', () => {
  const checklist = buildChecklist(unit, {
    scope: { kind: 'processes', codes: ['QT-HT-01'] },
    lang: 'vi',
    date: '2014-07-14',
  });
  const csv = checklistCsv(checklist);
  const bytes = Buffer.from(csv, 'utf8');

  it('starts with the UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line) => line === '' || line.endsWith('\r')),
    ).toBe(true);
  });

  it('has the header TT, Mã câu hỏi, Điều khoản, Câu hỏi, Bằng chứng cần xem, Bằng chứng / ghi chép, Kết quả', () => {
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(
      'TT,Mã câu hỏi,Điều khoản,Câu hỏi,Bằng chứng cần xem,Bằng chứng / ghi chép,Kết quả',
    );
  });

  it('keeps Vietnamese intact (NFC) and parses back to the same cells', () => {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(decoded.normalize('NFC')).toBe(decoded);
    const table = parseCsv(decoded, 'x.csv');
    const rows = checklistRows(checklist);
    expect(table.records).toHaveLength(rows.length + 1);
    table.records.slice(1).forEach((record, i) => {
      expect(record.fields).toHaveLength(7);
      expect(record.fields[1]).toBe(rows[i].id);
      expect(record.fields[3]).toBe(rows[i].question);
    });
    expect(decoded).toContain('«Sổ đăng ký khai sinh»');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(toCsv([['a', 'b,c']])).toBe('\ufeffa,"b,c"\r\n');
  });
});

describe('CSV reader', () => {
  it('reads quotes, doubled quotes, line breaks inside quotes, CRLF or LF, and counts rows and lines', () => {
    const t = parseCsv('\ufeffa,b\r\n"x, ""y""","multi\r\nline"\n3,4\n', 'f.csv');
    expect(t.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'multi\r\nline'],
      ['3', '4'],
    ]);
    expect(t.records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('takes ";" when the header uses it (Excel with Vietnamese regional settings)', () => {
    const t = parseCsv('TT;Mã câu hỏi;Kết quả\r\n1;Q-4.1-01;"Phù hợp; đủ"\r\n', 'f.csv');
    expect(t.delimiter).toBe(';');
    expect(t.records[1].fields).toEqual(['1', 'Q-4.1-01', 'Phù hợp; đủ']);
  });

  it('skips blank lines and refuses an unclosed quote, naming its line', () => {
    expect(parseCsv('a\n\nb\n', 'f.csv').records.map((r) => [r.fields[0], r.row])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', 'f.csv')).toThrow(/line 2/);
  });

  it('names columns as a spreadsheet does', () => {
    expect([1, 7, 26, 27, 52].map(columnLetter)).toEqual(['A', 'G', 'Z', 'AA', 'AZ']);
  });
});
