import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fastParseYaml } from '../../../src/core/yaml/fast-yaml.js';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';
import { cleanUnit } from '../validate/unit-builder.js';

const root = resolve(import.meta.dirname, '..', '..', '..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

/** The fast reader either bails or returns exactly what the safe loader returns, with no problem. */
function agrees(source: string): 'bail' | 'same' {
  const fast = fastParseYaml(source);
  if (fast === undefined) return 'bail';
  const safe = parseYaml(source);
  expect(
    safe.problems.map((p) => p.code),
    source,
  ).toEqual([]);
  expect(JSON.stringify(fast), source).toBe(JSON.stringify(safe.data));
  return 'same';
}

const corpus = [
  ...yamlFiles(join(root, 'models')).map((f) => readFileSync(f, 'utf8')),
  ...Object.values(cleanUnit()).map((data) => stringify(data, { lineWidth: 0 })),
  ...Object.values(cleanUnit()).map((data) => stringify(data, { lineWidth: 0, indentSeq: false })),
];

describe('fast YAML reader', () => {
  it('reads the shipped model and generated units exactly like the safe loader', () => {
    const outcomes = corpus.map(agrees);
    // The common clean file must take the fast path.
    expect(outcomes.filter((o) => o === 'same').length).toBeGreaterThan(corpus.length * 0.9);
  });

  it.each([
    ['block scalars', 'a: |\n  x\n  y\n\n  z\nb: >-\n  p\n  q\n\n  r\nc: |+\n  k\n\nd: >\n  m\n'],
    ['flow collections', 'a: [x, "y, z", \'w\']\nb: { value: 0.5, unit: hour }\nc: []\nd: {}\n'],
    [
      'scalars of the core schema',
      'a: 1\nb: -2\nc: 1.10\nd: 007\ne: true\nf: null\ng: ~\nh: "2012-06-01"\ni: 2012-06-01\nj: 1.0.0\n',
    ],
    [
      'comments and nesting',
      '# top\na: # after key\n  b: 1 # after value\n  c:\n    - d: 2\n      e: [3]\n    - - 4\n      - 5\nf:\n- g\n- "h #i"\n',
    ],
    ['quoted escapes', "a: \"x\\ty\\u00e9\\\"z\\\\\"\nb: 'it''s'\n"],
  ])('%s', (_name, source) => {
    expect(agrees(source)).toBe('same');
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: no\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['a control character', 'a: "\\u0000"\n'],
    ['no final newline', 'a: 1'],
    ['a key with a space', 'a b: 1\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a value with ": "', 'title: a: b\n'],
    ['hex and exponent numbers', 'a: 0x1F\nb: 1e3\n'],
    ['a top-level list', '- a\n'],
    ['deep nesting', `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n')} 1\n`],
  ])('bails on %s', (_name, source) => {
    expect(fastParseYaml(source)).toBeUndefined();
  });

  it('never disagrees on what yaml.stringify writes for random text (property)', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = [
      'a',
      'Đ',
      'ệ',
      ' ',
      '  ',
      ':',
      ': ',
      '#',
      ' #',
      '-',
      '- ',
      '"',
      "'",
      '\\',
      '\n',
      '\n\n',
      '\t',
      '|',
      '>',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '?',
      '0',
      '1.5',
      'true',
      'null',
      '~',
      '2012-06-01',
      '0x1',
      '1e3',
      '…',
      '\u00a0',
      '\u200b',
    ];
    const str = () => Array.from({ length: rnd(8) }, () => pieces[rnd(pieces.length)]).join('');
    const value = (depth: number): unknown => {
      const k = rnd(depth > 2 ? 4 : 7);
      if (k <= 1) return str();
      if (k === 2) return rnd(1000) / (rnd(3) === 0 ? 10 : 1);
      if (k === 3) return rnd(2) === 0;
      if (k === 4) return Array.from({ length: rnd(4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: rnd(4) }, (_, i) => [`k${i}${['', 'x', '-y', '_z'][rnd(4)]}`, value(depth + 1)]),
      );
    };
    let same = 0;
    for (let i = 0; i < 600; i++) {
      const data = { title: str(), body: value(0), list: [value(1), value(1)] };
      for (const options of [{ lineWidth: 0 }, { lineWidth: 40 }, { indentSeq: false }]) {
        if (agrees(stringify(data, options)) === 'same') same++;
      }
    }
    expect(same).toBeGreaterThan(600);
  });

  it('never disagrees on mutated real files (differential fuzz)', () => {
    let seed = 20111001;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const snippets = [
      ': ',
      '#',
      ' #',
      '&a ',
      '*a',
      '"',
      "'",
      '|',
      '>',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '  ',
      '?',
      '!',
      '%',
      '---',
      '\\',
      '\\u0041',
      "''",
      '-',
      ':',
      '>-',
      '|+',
      '~',
      'null',
      'true',
      '0x1',
      '1e3',
      '.5',
      '+1',
      '007',
      '\u0301',
      '\n',
      '\n  ',
      '@',
      '`',
      '<<: ',
      'k: ',
      '- k: v',
      '{a: 1}',
      '[1, 2]',
    ];
    let same = 0;
    for (let iter = 0; iter < 1200; iter++) {
      const lines = corpus[rnd(corpus.length)].split('\n');
      for (let m = 1 + rnd(3); m > 0; m--) {
        const li = rnd(lines.length);
        const op = rnd(5);
        if (op === 0) lines.splice(li, 1);
        else if (op === 1) lines.splice(li, 0, lines[rnd(lines.length)]);
        else if (op === 2) lines[li] = ' '.repeat(1 + rnd(2)) + lines[li];
        else if (op === 3) lines[li] = lines[li].replace(/^ /, '');
        else {
          const p = rnd(lines[li].length + 1);
          lines[li] = lines[li].slice(0, p) + snippets[rnd(snippets.length)] + lines[li].slice(p);
        }
      }
      if (agrees(lines.join('\n')) === 'same') same++;
    }
    expect(same).toBeGreaterThan(100);
  });
});
