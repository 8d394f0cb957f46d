import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillCsv } from '../core/audit/fill.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-audit-broken-');
afterAll(() => temp.cleanup());
let n = 0;
/** A copy of the fixture unit whose QT-HT-01 procedure no longer parses. */
function unitWithBrokenProcedure(): string {
  const dir = join(temp.dir, `unit-${++n}`);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'procedures', 'QT-HT-01.yaml'), 'code: QT-HT-01\ntitle: [unclosed\n');
  return dir;
}

describe('audit commands over a unit with a broken procedure file', () => {
  it('audit plan names the broken file, exits 1 and writes nothing', async () => {
    const unit = unitWithBrokenProcedure();
    const out = join(temp.dir, 'plan.md');
    const r = await runInProcess(['audit', 'plan', unit, '--year', '2014', '--output', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('procedures/QT-HT-01.yaml');
    expect(r.stderr).toContain(`qms validate ${unit}`);
    expect(existsSync(out)).toBe(false);
  });

  it('checklist --process on the broken file says the file cannot be read, not that the procedure is missing', async () => {
    const unit = unitWithBrokenProcedure();
    const r = await runInProcess(['checklist', unit, '--process', 'QT-HT-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('has no procedure');
    expect(r.stderr).toContain('procedures/QT-HT-01.yaml');
    expect(r.stderr).toContain('cannot be read');
  });
});

describe('audit import of a CSV saved with old-Mac line endings (CR only)', () => {
  it('imports it like the same file with CRLF', async () => {
    const unit = join(temp.dir, `unit-${++n}`);
    cpSync(FIXTURE, unit, { recursive: true });
    const blank = join(temp.dir, 'blank.csv');
    const c = await runInProcess(['checklist', unit, '--process', 'QT-HT-01', '--format', 'csv', '--output', blank]);
    expect(c.code, c.stderr).toBe(0);
    const filled = fillCsv(readFileSync(blank, 'utf8'), { 'QT-HT-01/T-01': ['Hồ sơ 12/2012 trả chậm', 'NC nhẹ'] });
    writeFileSync(blank, filled);
    const cr = join(temp.dir, 'cr.csv');
    writeFileSync(cr, filled.replace(/\r?\n/g, '\r'));
    const args = ['--auditor', 'Vũ Thị Giang', '--date', '2012-09-10', '--dry-run'];
    const fromCr = await runInProcess(['audit', 'import', unit, cr, ...args]);
    const fromCrlf = await runInProcess(['audit', 'import', unit, blank, ...args]);
    expect(fromCr.code, fromCr.stderr).toBe(0);
    expect(fromCr.stdout.replace(/cr\.csv/g, 'blank.csv')).toBe(fromCrlf.stdout);
  });
});
