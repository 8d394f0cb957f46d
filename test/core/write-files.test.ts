import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, planWrites, writeAtomic } from '../../src/core/write-files.js';
import { tempDir } from '../helpers/run-cli.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const files = [
  { relPath: 'qms.yaml', content: 'id: a\n' },
  { relPath: 'procedures/QT-01.yaml', content: 'code: QT-01\n' },
  { relPath: 'procedures/QT-02.yaml', content: 'code: QT-02\n' },
];

describe('planWrites', () => {
  it('decides create / unchanged / conflict before anything is written', () => {
    mkdirSync(join(tmp.dir, 'procedures'));
    writeFileSync(join(tmp.dir, 'qms.yaml'), 'id: a\n');
    writeFileSync(join(tmp.dir, 'procedures/QT-01.yaml'), 'code: QT-01\n# sửa tay\n');
    const plan = planWrites(tmp.dir, files, 'refuse');
    expect(plan.entries.map((e) => e.action)).toEqual(['unchanged', 'skip', 'create']);
    expect(plan.conflicts).toEqual(['procedures/QT-01.yaml']);
    expect(() => applyPlan(plan)).toThrow(/already exist/);
    expect(existsSync(join(tmp.dir, 'procedures/QT-02.yaml'))).toBe(false);
    expect(readFileSync(join(tmp.dir, 'procedures/QT-01.yaml'), 'utf8')).toContain('# sửa tay');
  });

  it('overwrites or skips existing files when told to', () => {
    mkdirSync(join(tmp.dir, 'procedures'));
    writeFileSync(join(tmp.dir, 'procedures/QT-01.yaml'), 'old\n');
    expect(planWrites(tmp.dir, files, 'skip').entries[1].action).toBe('skip');
    const plan = planWrites(tmp.dir, files, 'overwrite');
    expect(plan.entries[1].action).toBe('overwrite');
    applyPlan(plan);
    expect(readFileSync(join(tmp.dir, 'procedures/QT-01.yaml'), 'utf8')).toBe('code: QT-01\n');
  });

  it('refuses paths that leave the target folder', () => {
    for (const relPath of ['../x.yaml', 'procedures/../../x.yaml', '/etc/passwd', '']) {
      expect(() => planWrites(tmp.dir, [{ relPath, content: 'x' }], 'refuse')).toThrow();
    }
  });

  it('refuses to write through a symbolic link, even a dangling one', () => {
    symlinkSync('/nonexistent-target', join(tmp.dir, 'qms.yaml'));
    expect(() => planWrites(tmp.dir, files, 'overwrite')).toThrow(/symbolic link/);
    const outside = tempDir();
    symlinkSync(outside.dir, join(tmp.dir, 'procedures'));
    expect(() => planWrites(tmp.dir, [files[1]], 'overwrite')).toThrow(/symbolic link/);
    expect(readdirSync(outside.dir)).toEqual([]);
    outside.cleanup();
  });
});

describe('applyPlan', () => {
  it('leaves whole files or none when a write fails mid-plan, and no temporary files', () => {
    let calls = 0;
    const failing = (path: string, data: Buffer, replace: boolean) => {
      calls++;
      if (calls === 2) throw new Error('disk full');
      writeAtomic(path, data, replace);
    };
    const plan = planWrites(tmp.dir, files, 'refuse');
    expect(() => applyPlan(plan, failing)).toThrow('disk full');
    expect(readFileSync(join(tmp.dir, 'qms.yaml'), 'utf8')).toBe('id: a\n');
    expect(existsSync(join(tmp.dir, 'procedures/QT-01.yaml'))).toBe(false);
    const all = [...readdirSync(tmp.dir), ...readdirSync(join(tmp.dir, 'procedures'))];
    expect(all.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a file atomically: the old content until the rename', () => {
    const target = join(tmp.dir, 'a.yaml');
    writeFileSync(target, 'old\n');
    writeAtomic(target, Buffer.from('new\n'), true);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(tmp.dir)).toEqual(['a.yaml']);
  });
});
