import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUnit, FIXTURE_MODEL, removeUnits, writeUnit } from '../core/validate/unit-builder.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/** Report options (--output) follow the rules of every writer (issue 11 items 2 and 3). */
const tmp = tempDir('qms-outputs-');
let unit: string;
beforeAll(() => {
  unit = writeUnit(cleanUnit());
});
afterAll(() => {
  tmp.cleanup();
  removeUnits();
});

const base = ['--model', FIXTURE_MODEL, '--as-of', '2013-01-01', '--lang', 'en'];

describe('validate --output', () => {
  it('never writes into the unit it checks, not even with --force (-o u/qms.yaml)', async () => {
    const manifest = readFileSync(join(unit, 'qms.yaml'), 'utf8');
    const listing = readdirSync(unit).sort();
    for (const extra of [[], ['--force']]) {
      const r = await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', join(unit, 'qms.yaml'), ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('E_OUTPUT_IN_UNIT');
      expect(r.stderr).toContain('outside');
    }
    const inside = await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', join(unit, 'result.json')]);
    expect(inside.code).toBe(2);
    expect(readFileSync(join(unit, 'qms.yaml'), 'utf8')).toBe(manifest);
    expect(readdirSync(unit).sort()).toEqual(listing);
  });

  it('keeps an existing file with other content unless --force', async () => {
    const out = join(tmp.dir, 'result.json');
    writeFileSync(out, 'my notes\n');
    const r = await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_EXISTS');
    expect(readFileSync(out, 'utf8')).toBe('my notes\n');
    const forced = await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ schemaVersion: 1 });
    // The same result again is "unchanged", not a conflict.
    expect((await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', out])).code).toBe(0);
  });

  it('refuses a FIFO as output (exit 2) and leaves it a FIFO', async () => {
    const fifo = join(tmp.dir, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    const r = await runInProcess(['validate', ...base, unit, '-f', 'json', '-o', fifo, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_NOT_FILE');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('readiness and checklist --output', () => {
  it('readiness -o into the unit folder is refused', async () => {
    const r = await runInProcess(['readiness', ...base, unit, '-f', 'json', '-o', join(unit, 'readiness.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_OUTPUT_IN_UNIT');
    expect(readdirSync(unit)).not.toContain('readiness.json');
  });

  it('a folder in the way of a report is refused, not replaced', async () => {
    const dir = join(tmp.dir, 'r.json');
    mkdirSync(dir);
    const r = await runInProcess(['readiness', ...base, unit, '-f', 'json', '-o', dir, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_NOT_FILE');
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});

describe('environment errors of writers (issue 11 item 15)', () => {
  it('build --out under a file: exit 2 naming the path and what to do, not "internal error" (spawned)', () => {
    const file = join(tmp.dir, 'a-file');
    writeFileSync(file, 'x');
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
    for (const [lang, todo] of [
      ['vi', 'Cách xử lý: Kiểm tra đường dẫn'],
      ['en', 'What to do: Check the path'],
    ]) {
      const r = runCli(['build', fixture, '--out', join(file, 'sub'), '--format', 'md', '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('E_WRITE');
      expect(r.stderr).toContain(join(file, 'sub'));
      expect(r.stderr).toContain('ENOTDIR');
      expect(r.stderr).toContain(todo);
      expect(r.stderr).not.toMatch(/internal error|lỗi nội bộ/);
    }
  });
});
