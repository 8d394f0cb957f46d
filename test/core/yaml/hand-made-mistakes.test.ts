import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';

/** The mistakes officers make typing YAML by hand: where they are, and what to do, in Vietnamese. */
const first = (source: string) => {
  const p = parseYaml(source).problems[0];
  expect(p, source).toBeDefined();
  return p;
};

describe('YAML mistakes typed by hand', () => {
  it('a key indented too far: the line of that key, an indentation hint, Vietnamese text', () => {
    const p = first('code: QT-01\ntitle: Cấp giấy khai sinh\n  issue: 2\nkind: operational\n');
    expect([p.line, p.col]).toEqual([3, 3]);
    expect(p.message.vi).not.toMatch(/[Nn]ested|compact/);
    expect(p.message.vi).toContain('thụt lề');
    expect(p.hint.vi).toContain('thụt lề');
    expect(p.hint.vi).not.toContain('ngoặc kép');
  });

  it('a step key indented too far inside a list', () => {
    const p = first('steps:\n  - action: Tiếp nhận\n    role: mot-cua\n  - action: Thẩm định\n     role: tu-phap\n');
    expect([p.line, p.col]).toEqual([5, 6]);
    expect(p.hint.vi).toContain('thụt lề');
  });

  it('a key indented too little: that line, at the key', () => {
    const p = first('approval:\n  prepared:\n    name: A\n   title: B\n');
    expect([p.line, p.col]).toEqual([4, 4]);
    expect(p.hint.vi).toContain('thụt lề');
    expect(p.message.vi).not.toContain('All mapping items');
  });

  it('a colon inside a value keeps the quoting hint', () => {
    const p = first('title: Quy trình: cấp giấy khai sinh\n');
    expect(p.line).toBe(1);
    expect(p.hint.vi).toContain('ngoặc kép');
    expect(p.message.vi).toContain('dấu hai chấm');
  });

  it('a missing space after the colon', () => {
    const p = first('code:QT-01\ntitle: x\n');
    expect(p.line).toBe(1);
    expect(p.hint.vi).toContain('dấu cách sau dấu hai chấm');
  });

  it('an unclosed quote: the line where the quote opens', () => {
    const p = first('code: QT-01\ntitle: "Cấp giấy\nkind: operational\n');
    expect(p.line).toBe(2);
    expect(p.hint.vi).toContain('ngoặc kép');
  });

  it('every syntax message of the parser is Vietnamese in vi', () => {
    const sources = [
      'a: [1, 2\nb: 3\n',
      'a: "x\\q"\n',
      'a: &x 1\nb: &y &z 2\n',
      'a: !!str !!int 1\n',
      '? [a, b]\n: 1\n',
      'a:\n  - x\n  b: 1\n',
      '- a\nb: 1\n',
      'a: b: c\n',
      '{a: 1}}\n',
    ];
    for (const s of sources) {
      for (const p of parseYaml(s).problems)
        expect(p.message.vi, `${s} → ${p.code}`).not.toMatch(/ (the|must|are|is|not) /);
    }
  });
});
