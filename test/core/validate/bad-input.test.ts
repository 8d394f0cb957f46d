import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  openSync,
  closeSync,
  ftruncateSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateUnit } from '../../../src/core/validate/index.js';
import { cleanUnit, FIXTURE_MODEL, removeUnits, writeUnit, type UnitFiles } from './unit-builder.js';

afterAll(removeUnits);

const validate = (dir: string) => validateUnit(dir, { modelOverride: FIXTURE_MODEL, asOf: '2013-01-01' });

/** A clean unit whose policy.yaml (or `file`) is replaced by `content`. */
function withFile(content: string | Buffer, file = 'policy.yaml', more: UnitFiles = {}) {
  const files = { ...cleanUnit(), [file]: content, ...more };
  return validate(writeUnit(files));
}

function only(result: ReturnType<typeof validate>, file: string) {
  return result.diagnostics
    .filter((d) => d.file === file)
    .map((d) => ({ rule: d.rule, code: d.code, line: d.line, col: d.col }));
}

const deepFlow = `a: ${'['.repeat(5000)}\n`;
const billionLaughs =
  [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...Array.from(
      { length: 8 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ),
  ].join('\n') + '\n';

describe('bad input: each gives a diagnostic with a position, never a throw or a hang', () => {
  it.each([
    ['1 empty file', '', [{ rule: 'QMS002', code: 'E_EMPTY', line: 1, col: 1 }]],
    ['1 only comments', '# nothing\n', [{ rule: 'QMS002', code: 'E_EMPTY', line: 1, col: 1 }]],
    ['2 top level is a list', '- a\n', [{ rule: 'QMS003', code: 'type', line: 1, col: 1 }]],
    [
      '3 Latin-1 byte',
      Buffer.concat([Buffer.from('code: CSCL\ntitle: caf'), Buffer.from([0xe9, 0x0a])]),
      [{ rule: 'QMS001', code: 'E_ENCODING', line: 2, col: 11 }],
    ],
    [
      '4 UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code: CSCL\n', 'utf16le')]),
      [{ rule: 'QMS001', code: 'E_ENCODING', line: 1, col: 1 }],
    ],
    ['6 CR-only line endings', 'code: CSCL\rtitle: x\r', [{ rule: 'QMS001', code: 'E_LINE_ENDINGS', line: 1, col: 1 }]],
    [
      '7 tab indentation',
      'code: CSCL\napproval:\n\tprepared: x\n',
      [{ rule: 'QMS002', code: 'E_TAB', line: 3, col: 1 }],
    ],
    ['10 duplicate key', 'code: CSCL\ntitle: a\ntitle: b\n', [{ rule: 'QMS002', code: 'E_DUP_KEY', line: 3, col: 1 }]],
    ['11 two documents', 'code: CSCL\n---\ncode: X\n', [{ rule: 'QMS002', code: 'E_MULTI_DOC', line: 2, col: 1 }]],
    ['12 %YAML directive', '%YAML 1.1\n---\ncode: CSCL\n', [{ rule: 'QMS002', code: 'E_DIRECTIVE', line: 1, col: 1 }]],
    ['15 billion laughs', billionLaughs, 'E_ALIAS'],
    ['16 self reference', 'steps: &s [ {owner: *s} ]\n', 'E_ALIAS'],
    ['17 5,000 nested [', deepFlow, [{ rule: 'QMS002', code: 'E_TOO_DEEP', line: 1, col: 68 }]],
    ['20 a tag', 'code: !!js/function x\n', 'E_TAG'],
    ['21 merge key with an alias', 'base: &b {a: 1}\nother:\n  <<: *b\n', 'E_ALIAS'],
    ['22 complex key', '? [a, b]\n: 1\n', 'QMS002'],
    ['23 __proto__ key', '__proto__:\n  isAdmin: true\n', 'E_RESERVED_KEY'],
    ['24 escaped NUL and raw ESC', 'code: "a\\u0000b"\ntitle: x\u001b[2J\n', 'E_CTRL_CHAR'],
    ['25 U+FFFF', 'code: CSCL\ntitle: a\uffffb\n', 'E_CTRL_CHAR'],
    ['26 bidi override in a key', 'ti\u202etle: x\n', 'E_KEY_WS'],
    ['27 NBSP in a key', 'title\u00a0: x\n', 'E_KEY_WS'],
    ['binary file', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), 'QMS001'],
  ] as Array<[string, string | Buffer, unknown]>)('%s', (_name, content, expected) => {
    const got = only(withFile(content), 'policy.yaml');
    if (typeof expected === 'string')
      expect(
        got.some((d) => d.code === expected || d.rule === expected),
        JSON.stringify(got),
      ).toBe(true);
    else expect(got.slice(0, (expected as unknown[]).length)).toEqual(expected);
  });

  it('5 a BOM and CRLF: read, and positions stay right', () => {
    const clean = withFile('\ufeffcode: CSCL\r\ntitle: Chính sách\r\nissue: "1"\r\n');
    const got = only(clean, 'policy.yaml');
    expect(got.filter((d) => d.rule === 'QMS001' || d.rule === 'QMS002')).toEqual([]);
    expect(got).toContainEqual({ rule: 'QMS003', code: 'type', line: 3, col: 8 });
  });

  it('8/9 unclosed bracket and "key: a: b" are syntax errors with positions', () => {
    expect(only(withFile('code: [CSCL\ntitle: x\n'), 'policy.yaml')[0]).toMatchObject({ rule: 'QMS002' });
    const colon = withFile('code: CSCL\ntitle: x: y\n').diagnostics.find((d) => d.file === 'policy.yaml')!;
    expect(colon).toMatchObject({ rule: 'QMS002', line: 2 });
    expect(colon.hint?.en).toMatch(/quote/i);
  });

  it('13 "code: 007" and "version: 1.10" get a quote-it hint', () => {
    const d = withFile('code: 007\n').diagnostics.find((x) => x.path === '/code')!;
    expect(d).toMatchObject({ rule: 'QMS003', line: 1, col: 7 });
    expect(d.message.en).toContain('YAML read this value as a number');
    expect(d.hint?.en).toContain('"7"');
  });

  it('14 an impossible date is not rolled over', () => {
    const files = cleanUnit();
    (files['policy.yaml'] as Record<string, unknown>).effectiveDate = '2024-02-30';
    const got = validate(writeUnit(files)).diagnostics.filter((x) => x.file === 'policy.yaml' && x.rule === 'QMS003');
    expect(got.map((x) => x.path)).toEqual(['/effectiveDate']);
  });

  it('17 two deeply nested files in one batch: both reported, the process survives', () => {
    const block = `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`;
    const r = validate(
      writeUnit({
        ...cleanUnit(),
        'policy.yaml': deepFlow,
        'manual.yaml': `a: ${'['.repeat(5000)}\n`,
        'objectives/2012.yaml': block,
      }),
    );
    expect(
      r.diagnostics
        .filter((d) => d.code === 'E_TOO_DEEP')
        .map((d) => d.file)
        .sort(),
    ).toEqual(['manual.yaml', 'objectives/2012.yaml', 'policy.yaml']);
  });

  it('18 a 50 MB file is refused before reading', () => {
    const dir = writeUnit(cleanUnit());
    const fd = openSync(join(dir, 'manual.yaml'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expect(only(validate(dir), 'manual.yaml')).toEqual([{ rule: 'QMS001', code: 'E_TOO_BIG', line: 1, col: 1 }]);
  });

  // No wall-clock assertion (the machine is shared): the test's timeout is the guard against a hang
  // or a quadratic blow-up; speed lives in `npm run bench`.
  it('19 40,000 keys: parsed, reported by the schema', { timeout: 60_000 }, () => {
    const source = `${Array.from({ length: 40000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`;
    const got = only(withFile(source), 'policy.yaml');
    expect(got.some((d) => d.rule === 'QMS003')).toBe(true);
  });

  it('29/31 NFD and case-only duplicates of codes', () => {
    const files = cleanUnit();
    (files['manual.yaml'] as Record<string, unknown>).code = 'CSCL';
    const r = validate(writeUnit(files));
    expect(r.diagnostics.filter((d) => d.rule === 'QMS012')).toHaveLength(1);
  });

  it('30 a path-like code is a schema error', () => {
    const files = cleanUnit();
    (files['procedures/QT-HT-01.yaml'] as Record<string, unknown>).code = '../../etc/x';
    const d = validate(writeUnit(files)).diagnostics.filter((x) => x.rule === 'QMS003');
    expect(d.map((x) => x.path)).toEqual(['/code']);
  });

  it('32 a FIFO named .yaml does not hang', () => {
    const dir = writeUnit(cleanUnit());
    execFileSync('mkfifo', [join(dir, 'procedures', 'QT-09.yaml')]);
    expect(only(validate(dir), 'procedures/QT-09.yaml')).toEqual([
      { rule: 'QMS001', code: 'E_NOT_FILE', line: 1, col: 1 },
    ]);
  });

  it('33 a symlink to /dev/zero or outside the unit is not followed', () => {
    const dir = writeUnit(cleanUnit());
    symlinkSync('/dev/zero', join(dir, 'procedures', 'QT-09.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'procedures', 'QT-10.yaml'));
    const got = validate(dir)
      .diagnostics.filter((d) => d.rule === 'QMS001')
      .map((d) => `${d.file} ${d.code}`);
    expect(got).toEqual(['procedures/QT-09.yaml E_SYMLINK', 'procedures/QT-10.yaml E_SYMLINK']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const dir = writeUnit(cleanUnit());
    chmodSync(join(dir, 'manual.yaml'), 0o000);
    expect(only(validate(dir), 'manual.yaml')[0]).toMatchObject({ rule: 'QMS001', code: 'E_UNREADABLE' });
  });

  it('a missing manifest is a finding, not a crash', () => {
    const files = cleanUnit();
    delete files['qms.yaml'];
    const r = validate(writeUnit(files));
    expect(r.diagnostics.some((d) => d.rule === 'QMS026' && d.file === 'qms.yaml')).toBe(true);
  });

  it('a wrong manifest: schema errors, and no rule crashes on it', () => {
    const r = withFile('id: 42\nroles: nobody\n', 'qms.yaml');
    expect(r.diagnostics.filter((d) => d.file === 'qms.yaml').every((d) => d.rule === 'QMS003')).toBe(true);
    expect(r.id).toBeUndefined();
  });

  it('nothing is written into the unit folder', () => {
    const dir = writeUnit(cleanUnit());
    mkdirSync(join(dir, 'audits'));
    writeFileSync(join(dir, 'audits', 'x.yaml'), 'nope: [\n');
    const before = JSON.stringify(listAll(dir));
    validate(dir);
    expect(JSON.stringify(listAll(dir))).toBe(before);
  });
});

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
}
