import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
