import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { positionOf } from '../../../src/core/validate/engine/positions.js';
import { validateUnit } from '../../../src/core/validate/index.js';
import { loadSource } from '../../../src/core/unit/read-file.js';
import { locate, pointerToPath } from '../../../src/core/yaml/locate.js';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from './unit-builder.js';

afterAll(removeUnits);

const P = 'procedures/QT-HT-01.yaml';

/**
 * The clean unit's birth-registration procedure as an officer keeps it (a heading comment, a blank
 * line, a comment above the forms), with a form that has neither a source nor a generator (QMS050 at
 * /forms/1), or with a property the schema does not know (QMS003, reported at its key; a procedure
 * that breaks its schema is not checked by the rules).
 */
function procedureText(unknownKey = false): string {
  const proc = obj(cleanUnit(), P);
  proc.forms = [
    { code: 'BM-HT-01-01', title: 'Tờ khai', source: 'Mẫu hộ tịch do Bộ Tư pháp ban hành' },
    { code: 'BM-HT-01-02', title: 'Giấy biên nhận' },
  ];
  if (unknownKey) proc.ghiChu = 'thêm';
  const body = stringify(proc, { lineWidth: 0 }).replace(/^forms:\n/m, '# 6. Biểu mẫu\nforms:\n');
  return `# Quy trình đăng ký khai sinh\n\n${body}`;
}

/** 1-based line and column where `needle` starts in `text` (the expected place, found by reading the text). */
function where(text: string, needle: string): { line: number; col: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, col: lines[line].indexOf(needle) + 1 };
}

function validateWith(text: string) {
  const dir = writeUnit({ ...cleanUnit(), [P]: text });
  const result = validateUnit(dir, { modelOverride: FIXTURE_MODEL, asOf: '2013-01-01' });
  return { dir, found: result.diagnostics.filter((d) => d.file === P) };
}

describe('positions of findings in a file the fast reader took', () => {
  const text = procedureText();

  it('the file takes the fast path (positions come from the line walk, not from composing it)', () => {
    const { dir } = validateWith(text);
    expect(loadSource(dir, P).fast).toBe(true);
  });

  it('reports file:line:column where the form and the unknown key stand', () => {
    const show = (d: { rule: string; path: string; line: number; col: number }) =>
      `${d.rule} ${d.path} ${d.line}:${d.col}`;
    const form = where(text, 'code: BM-HT-01-02');
    expect(validateWith(text).found.map(show)).toEqual([`QMS050 /forms/1 ${form.line}:${form.col}`]);
    const unknown = procedureText(true);
    const key = where(unknown, 'ghiChu:');
    expect(validateWith(unknown).found.map(show)).toEqual([`QMS003 /ghiChu ${key.line}:${key.col}`]);
  });

  it('gives, for every finding and every node it could point at, the safe parser’s position', () => {
    const { dir, found } = validateWith(text);
    const file = loadSource(dir, P);
    const safe = parseYaml(text);
    const pointers = [
      ...found.map((d) => d.path),
      '',
      '/forms',
      '/forms/0/source',
      '/forms/1/source', // missing: at its parent
      '/steps/0/forms/0',
      '/processingTime/unit',
      '/legalBasis/1/number',
      '/nothing/here',
    ];
    for (const pointer of pointers) {
      for (const atKey of [false, true]) {
        expect(positionOf(file, pointer, atKey), `${pointer}${atKey ? ' (key)' : ''}`).toEqual(
          locate(safe.doc, safe.lineCounter, pointerToPath(pointer), atKey),
        );
      }
    }
    // The walk never composed the file.
    expect(file.parsed).toBeUndefined();
  });

  it('the same file read by the safe loader (a tab in a comment) gives the same findings at the same places', () => {
    const withTab = text.replace('# 6. Biểu mẫu', '# 6.\tBiểu mẫu');
    const { dir, found } = validateWith(withTab);
    expect(loadSource(dir, P).fast).toBe(false);
    const show = (d: (typeof found)[number]) => `${d.rule} ${d.path} ${d.line}:${d.col}`;
    expect(found.map(show)).toEqual(validateWith(text).found.map(show));
  });
});
