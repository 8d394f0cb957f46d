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
