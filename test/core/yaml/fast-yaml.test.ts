import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { positionDifference } from '../../../src/core/yaml/fast-locate.js';
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

/**
 * The fast reader either bails or returns exactly what the safe loader returns, with no problem; and
 * the fast locator puts every node (and every missing child) where the safe loader's `locate` does.
 */
function agrees(source: string): 'bail' | 'same' {
  const fast = fastParseYaml(source);
  if (fast === undefined) return 'bail';
  const safe = parseYaml(source);
  expect(
    safe.problems.map((p) => p.code),
    source,
  ).toEqual([]);
  expect(JSON.stringify(fast), source).toBe(JSON.stringify(safe.data));
  expect(positionDifference(source, fast, safe), source).toBeUndefined();
  return 'same';
}

const corpus = [
  ...yamlFiles(join(root, 'models')).map((f) => readFileSync(f, 'utf8')),
  ...Object.values(cleanUnit()).map((data) => stringify(data, { lineWidth: 0 })),
  ...Object.values(cleanUnit()).map((data) => stringify(data, { lineWidth: 0, indentSeq: false })),
];

/** Spaces YAML keeps as content (JavaScript's trim would drop them), and line/paragraph separators. */
const UNICODE_SPACES = ['\u00a0', '\u2003', '\u202f', '\u3000', '\ufeff', '\u2028', '\u2029', '\u0085', '\u200b'];

/** Text from the pieces that make YAML hard: quotes, #, ": ", escapes, tabs, CR, BOM, Unicode spaces. */
const text = fc
  .array(
    fc.constantFrom(
      ...['a', 'Đ', 'ệ', 'QT-01', ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\\', '\\n', '\\u00e9'],
      ...['\n', '\t', '\r', '\r\n', '|', '>', '[', ']', '{', '}', ',', '&', '*', '!', '%', '@', '`', '?', '0'],
      ...['1.5', 'true', 'null', '~', '2012-06-01', '0x1', '1e3', '…', '\u0301'],
      ...UNICODE_SPACES,
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));

const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('k0', 'k1x', 'k2-y', 'k3_z'), tie('value'), { maxKeys: 3 }),
  ),
}));

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

  it('never disagrees on what yaml.stringify writes for random data (property, random seed)', () => {
    const data = fc.record({ title: text, body: value, list: fc.array(value, { maxLength: 3 }) });
    const options = fc.constantFrom({ lineWidth: 0 }, { lineWidth: 40 }, { indentSeq: false });
    fc.assert(
      fc.property(data, options, (d, o) => {
        agrees(stringify(d, o));
      }),
      { numRuns: 400 },
    );
  });

  it('never disagrees on hand-typed lines: Unicode spaces, tabs, CRLF, BOM, quotes, #, ": ", escapes (property)', () => {
    // key: value lines as an officer types them, nested by indentation, with any of the awkward pieces.
    const key = fc.constantFrom('a', 'code', 'title', 'k-', 'x_y', 'T.');
    // Mostly what officers type (names, codes, Unicode spaces pasted from Word), sometimes anything.
    const clean = fc
      .array(fc.constantFrom('a', 'Đại Mỗ', 'QT-01', ' ', '1', '#', '\\', ...UNICODE_SPACES), { maxLength: 5 })
      .map((p) => p.join(''));
    const escape = fc.constantFrom('\\n', '\\t', '\\"', '\\\\', '\\u00a0', '\\u0041', '\\x', "''");
    const value = fc.oneof(
      { weight: 4, arbitrary: clean },
      { weight: 2, arbitrary: fc.tuple(clean, escape, clean).map(([a, e, b]) => `"${a}${e}${b}"`) },
      { weight: 1, arbitrary: fc.tuple(clean, escape, clean).map(([a, e, b]) => `'${a}${e}${b}'`) },
      { weight: 1, arbitrary: clean.map((c) => `|${c}`) },
      { weight: 2, arbitrary: text },
    );
    const indent = fc.constantFrom('', '', '', '', '', '  ', '- ');
    const line = fc.tuple(indent, key, fc.constantFrom(': ', ': ', ':', ':  '), value, fc.constantFrom('', '', ' # c'));
    const eol = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', ' \n', '\u00a0\n', '\t\n');
    const source = fc
      .tuple(fc.constantFrom('', '', '\ufeff', '# c\n'), fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 6 }))
      .map(
        ([head, lines]) =>
          head +
          lines.map(([[ind, k, colon, v, comment], end], i) => `${ind}${k}${i}${colon}${v}${comment}${end}`).join(''),
      );
    let same = 0;
    fc.assert(
      fc.property(source, (src) => {
        if (agrees(src) === 'same') same++;
      }),
      { numRuns: 1500 },
    );
    // Most of these texts go to the safe loader; enough must take the fast path to test it.
    expect(same).toBeGreaterThan(25);
  });

  it.each([
    ['a trailing no-break space', 'a: Đại Mỗ\u00a0\n', { a: 'Đại Mỗ\u00a0' }],
    ['a trailing ideographic space', 'code: "QT-01"\ntitle: x\u3000\n', { code: 'QT-01', title: 'x\u3000' }],
    ['a trailing BOM in a flow list', 'a: [x\ufeff, y]\n', { a: ['x\ufeff', 'y'] }],
  ])('keeps %s as YAML does', (_name, source, expected) => {
    const fast = fastParseYaml(source);
    if (fast !== undefined) expect(fast).toEqual(expected);
    expect(parseYaml(source).data).toEqual(expected);
  });

  it('declines a block scalar header followed by a Unicode space (a syntax error for yaml)', () => {
    expect(fastParseYaml('a: |\u00a0\n  x\n')).toBeUndefined();
    expect(parseYaml('a: |\u00a0\n  x\n').problems.length).toBeGreaterThan(0);
  });

  it('never disagrees on mutated real files (differential fuzz, random seed)', () => {
    const snippets = fc.constantFrom(
      ...[': ', '#', ' #', '&a ', '*a', '"', "'", '|', '>', '- ', '[', ']', '{', '}', ',', '  ', '?', '!', '%'],
      ...['---', '\\', '\\u0041', "''", '-', ':', '>-', '|+', '~', 'null', 'true', '0x1', '1e3', '.5', '+1'],
      ...['007', '\u0301', '\n', '\n  ', '@', '`', '<<: ', 'k: ', '- k: v', '{a: 1}', '[1, 2]', '\t', '\r\n'],
      ...UNICODE_SPACES,
    );
    const mutation = fc.tuple(fc.nat(4), fc.nat(), fc.nat(), fc.nat(), snippets);
    const mutated = fc
      .tuple(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([which, mutations]) => {
        const lines = corpus[which].split('\n');
        for (const [op, a, b, c, snippet] of mutations) {
          const li = a % lines.length;
          if (op === 0) lines.splice(li, 1);
          else if (op === 1) lines.splice(li, 0, lines[b % lines.length]);
          else if (op === 2) lines[li] = ' '.repeat(1 + (b % 2)) + lines[li];
          else if (op === 3) lines[li] = lines[li].replace(/^ /, '');
          else {
            const p = c % (lines[li].length + 1);
            lines[li] = lines[li].slice(0, p) + snippet + lines[li].slice(p);
          }
        }
        return lines.join('\n');
      });
    let same = 0;
    fc.assert(
      fc.property(mutated, (src) => {
        if (agrees(src) === 'same') same++;
      }),
      { numRuns: 1200 },
    );
    expect(same).toBeGreaterThan(100);
  });
});
