import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const city = resolve(import.meta.dirname, '..', '..', 'examples', 'city');

describe('run({ argv, cwd, env, stdout, stderr })', () => {
  it('resolves command-line paths against the cwd it is given, not the process’s', async () => {
    const r = await runInProcess(['validate', 'xa-tam-hiep', '--format', 'json', '--as-of', '2015-12-31'], {}, city);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).units.map((u: { dir: string }) => u.dir)).toEqual(['xa-tam-hiep']);
  });

  it('reads its environment from the run, not from process.env', async () => {
    const r = await runInProcess(
      ['checklist', 'xa-tam-hiep', '--clause', '8.2.2', '--format', 'md'],
      {
        QMS_LANG: 'en',
      },
      city,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Internal audit|internal audit/);
  });
});
