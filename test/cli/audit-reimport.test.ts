import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/yaml/parse-yaml.js';
import { fillCsv } from '../core/audit/fill.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/** Issue 11 item 8: the same filled checklist imported twice must not become two audits. */
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-reimport-');
afterAll(() => temp.cleanup());

const importArgs = (unit: string, csv: string, ...extra: string[]) => [
  'audit',
  'import',
  unit,
  csv,
  '--date',
  '2012-09-10',
  '--auditor',
  'Vũ Thị Giang',
  ...extra,
];

describe('audit import recognises a checklist it already imported', () => {
  const unit = join(temp.dir, 'unit');
  cpSync(FIXTURE, unit, { recursive: true });
  const filled = join(temp.dir, 'filled.csv');

  it('records the content hash, refuses the same file again (exit 2); the unit still validates', async () => {
    const blank = join(temp.dir, 'blank.csv');
    const c = await runInProcess(['checklist', unit, '--process', 'QT-HT-01', '--format', 'csv', '--output', blank]);
    expect(c.code, c.stderr).toBe(0);
    writeFileSync(filled, fillCsv(readFileSync(blank, 'utf8'), { 'QT-HT-01/T-01': ['Thiếu phiếu hẹn', 'NC nhẹ'] }));
    const first = await runInProcess(importArgs(unit, filled));
    expect(first.code, first.stderr).toBe(0);
    const audit = parseYaml(readFileSync(join(unit, 'audits', 'DGNB-2012-01.yaml'), 'utf8')).data as {
      imported: { file: string; sha256: string };
    };
    expect(audit.imported.file).toBe('filled.csv');
    expect(audit.imported.sha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await runInProcess(importArgs(unit, filled, '--lang', 'en'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('E_REIMPORT');
    expect(again.stderr).toContain('already imported as audits/DGNB-2012-01.yaml');
    expect(readdirSync(join(unit, 'audits'))).toEqual(['DGNB-2012-01.yaml']);

    // The same content saved again with CRLF line endings under another name is the same checklist.
    const copy = join(temp.dir, 'copy.csv');
    writeFileSync(copy, readFileSync(filled, 'utf8').replace(/\r?\n/g, '\r\n'));
    expect((await runInProcess(importArgs(unit, copy))).code).toBe(2);

    const v = await runInProcess(['validate', unit, '--as-of', '2012-09-30']);
    expect(v.code, v.stdout).toBe(0);
  });

  it('a second audit from the same file only when asked: --id names it, or --force', async () => {
    const withId = await runInProcess(importArgs(unit, filled, '--id', 'DGNB-2012-05'));
    expect(withId.code, withId.stderr).toBe(0);
    const forced = await runInProcess(importArgs(unit, filled, '--force'));
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(join(unit, 'audits')).sort()).toEqual([
      'DGNB-2012-01.yaml',
      'DGNB-2012-05.yaml',
      'DGNB-2012-06.yaml',
    ]);
  });
});
