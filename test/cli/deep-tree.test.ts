import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-deep-');
afterAll(() => tmp.cleanup());
const deep = join(tmp.dir, ...Array.from({ length: 14 }, (_, i) => `c${i + 1}`));
cpSync(join(repoRoot, 'examples', 'city', 'xa-tam-hiep'), join(deep, 'xa-tam-hiep'), { recursive: true });

describe('a unit deeper than the search depth', () => {
  it.each([
    ['validate', tmp.dir],
    ['readiness', tmp.dir],
    ['build', tmp.dir, '--dry-run'],
    ['model', 'diff', tmp.dir],
  ])('%s %s: "no unit found" names the depth limit and the folder not searched', async (...args) => {
    const r = await runInProcess([...args, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no unit');
    expect(r.stderr).toContain('12 levels');
    expect(r.stderr).toContain(join('c1', 'c2', 'c3'));
  });
});

const mixed = tempDir('qms-deep-mixed-');
afterAll(() => mixed.cleanup());
const deepInMixed = join(mixed.dir, ...Array.from({ length: 14 }, (_, i) => `c${i + 1}`));
cpSync(join(repoRoot, 'examples', 'city', 'xa-tam-hiep'), join(deepInMixed, 'xa-tam-hiep'), { recursive: true });
cpSync(join(repoRoot, 'examples', 'city', 'xa-vinh-quynh'), join(mixed.dir, 'xa-vinh-quynh'), { recursive: true });

describe('a unit deeper than the search depth, beside units that are found (issue 11, item 13)', () => {
  it.each([
    ['validate', mixed.dir, '--as-of', '2015-06-01'],
    ['readiness', mixed.dir, '--as-of', '2015-12-31'],
    ['build', mixed.dir, '--dry-run', '--force'],
    ['model', 'diff', mixed.dir],
  ])('%s %s: the found unit is processed and a warning names the limit and the folder', async (...args) => {
    const r = await runInProcess([...args, '--lang', 'en']);
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(r.stderr).toContain('warning: the search stops 12 folder levels deep');
    expect(r.stderr).toContain(join('c1', 'c2', 'c3'));
    expect(r.stderr).toContain('point at that folder');
  });

  it('in Vietnamese by default', async () => {
    const r = await runInProcess(['validate', mixed.dir, '--as-of', '2015-06-01']);
    expect(r.stderr).toContain('cảnh báo: không tìm sâu hơn 12 cấp thư mục');
  });
});
