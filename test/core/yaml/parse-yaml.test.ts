import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';
import { locate, pointerToPath } from '../../../src/core/yaml/locate.js';

const codes = (src: string) => parseYaml(src).problems.map((p) => `${p.code}@${p.line}:${p.col}`);

describe('parseYaml', () => {
  it('reads a clean file with the YAML 1.2 core schema: no yes/no booleans, dates stay strings', () => {
    const r = parseYaml('a: no\nd: 2024-02-30\nn: 1.10\ncode: "007"\n');
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ a: 'no', d: '2024-02-30', n: 1.1, code: '007' });
  });

  it.each([
    ['duplicate key, with both positions', 'a: 1\nb: 2\na: 3\n', ['E_DUP_KEY@3:1']],
    ['anchors and aliases', 'a: &x 1\nb: *x\n', ['E_ALIAS@1:4', 'E_ALIAS@2:4']],
    ['tags', 'a: !!js/function x\n', ['E_TAG@1:4']],
    ['two documents', 'a: 1\n---\nb: 2\n', ['E_MULTI_DOC@2:1']],
    ['tab indentation', 'a:\n\tb: 1\n', ['E_TAB@2:1']],
    ['an empty file', '# only a comment\n', ['E_EMPTY@1:1']],
    ['a %YAML directive', '%YAML 1.1\n---\na: no\n', ['E_DIRECTIVE@1:1']],
    ['a control character', 'a: "x\\u001b[2J"\n', ['E_CTRL_CHAR@1:4']],
    ['U+FFFF, which breaks DOCX', 'a: "x\\uffffy"\n', ['E_CTRL_CHAR@1:4']],
    ['a __proto__ key', '__proto__: 1\n', ['E_RESERVED_KEY@1:1']],
    ['a key with a no-break space', 'title\u00a0: x\n', ['E_KEY_WS@1:1']],
    ['an unquoted colon', 'title: x: y\n', ['E_YAML_BLOCK_AS_IMPLICIT_KEY@1:8']],
  ])('reports %s with its position', (_name, src, expected) => {
    expect(codes(src)).toEqual(expected);
  });

  it('refuses an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const r = parseYaml(levels.join('\n'));
    expect(r.data).toBeUndefined();
    expect(r.problems[0].code).toBe('E_ALIAS');
  });

  it('survives two hostile deeply nested files in one process (the Node 20 abort)', () => {
    for (let i = 0; i < 2; i++) {
      expect(codes('['.repeat(5000))).toEqual(['E_TOO_DEEP@1:65']);
      expect(codes(`${'- '.repeat(1500)}x`)[0]).toMatch(/^E_TOO_DEEP@1:/);
    }
  });

  it('names an unpaired surrogate as such, shown escaped (not as a control character "\ufffd")', () => {
    for (const src of ['a: "x\\ud800y"\n', 'a: "x\\udc00"\n']) {
      const [p] = parseYaml(src).problems;
      expect(p.code).toBe('E_SURROGATE');
      expect(p.message.en).toMatch(/^unpaired surrogate \\ud[8c]00 /);
      expect(p.message.vi).toMatch(/^ký tự thay thế UTF-16 \\ud[8c]00 đứng lẻ/);
      expect(p.message.en).not.toContain('\ufffd');
      expect(`${p.line}:${p.col}`).toBe('1:4');
    }
    // A pair written as two escapes is a whole character.
    expect(parseYaml('a: "\\ud83d\\ude00"\n').problems).toEqual([]);
  });

  it('gives correct columns with CRLF line endings', () => {
    expect(codes('a: 1\r\nb: 2\r\na: 3\r\n')).toEqual(['E_DUP_KEY@3:1']);
  });
});

describe('locate', () => {
  const src = 'code: QT-01\nsteps:\n  - action: x\n    role: mot-cua\n  - action: y\n';
  const parsed = parseYaml(src);
  it('finds the node of an ajv instancePath', () => {
    expect(locate(parsed.doc, parsed.lineCounter, pointerToPath('/steps/0/role'))).toEqual({ line: 4, col: 11 });
  });
  it('points at the nearest parent for a missing property', () => {
    expect(locate(parsed.doc, parsed.lineCounter, pointerToPath('/steps/1/role'))).toEqual({ line: 5, col: 5 });
  });
  it('points at the key for an unknown property', () => {
    expect(locate(parsed.doc, parsed.lineCounter, ['steps', 0, 'role'], true)).toEqual({ line: 4, col: 5 });
  });
});
