import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from '../core/validate/unit-builder.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/** Issue 11 item 14: the cache and --merge inputs are files of ours read back; their problems are the user's. */
const tmp = tempDir('qms-cache-shape-');
let clean: string;
let broken: string;
beforeAll(() => {
  clean = writeUnit(cleanUnit());
  const b = cleanUnit();
  obj(b, 'policy.yaml').titel = 'x';
  broken = writeUnit(b);
});
afterAll(() => {
  tmp.cleanup();
  removeUnits();
});

const base = ['--model', FIXTURE_MODEL, '--as-of', '2013-01-01', '--lang', 'en'];
const v = (args: string[], env: NodeJS.ProcessEnv = {}) => runInProcess(['validate', ...base, ...args], env);

describe('an unusable cache folder: warn once, validate without the cache', () => {
  it('a cache location under a file (ENOTDIR): exit as without cache, one warning', async () => {
    const file = join(tmp.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const plain = await v([broken]);
    const r = await v([broken, '--cache', '--cache-location', join(file, 'cache')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr.match(/warning: cannot use the cache/g)).toHaveLength(1);
    expect(r.stderr).toContain('validating without it');
    expect(r.stderr).not.toContain('internal error');
  });

  it('HOME that is not a usable folder and no XDG_CACHE_HOME (spawned)', () => {
    const home = join(tmp.dir, 'home-file');
    writeFileSync(home, 'x');
    const r = runCli(['validate', ...base, clean, '--cache'], { env: { HOME: home, XDG_CACHE_HOME: '' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/warning: cannot use the cache/g)).toHaveLength(1);
  });
});

describe('a cache file of the wrong shape is ignored', () => {
  type Entry = { key: string; result: Record<string, unknown> };
  // A real cache with its real key (so the entry would be used) and a result that is not of the right shape.
  for (const [name, mangle] of [
    [
      'a result whose diagnostics are not diagnostics',
      (e: Entry) => ({ ...e, result: { ...e.result, diagnostics: [{}] } }),
    ],
    ['a result without its diagnostics', (e: Entry) => ({ ...e, result: { dir: e.result.dir, files: 1 } })],
    ['a result that is a string', (e: Entry) => ({ ...e, result: 'x' })],
    ['a key that is a number', (e: Entry) => ({ ...e, key: 5 })],
  ] as const) {
    it(name, async () => {
      const loc = join(tmp.dir, `cache-${name.replace(/\W+/g, '-')}`);
      const plain = await v([broken, '--json']);
      expect((await v([broken, '--json', '--cache', '--cache-location', loc])).stdout).toBe(plain.stdout);
      const file = join(loc, 'validate-cache.json');
      const cache = JSON.parse(readFileSync(file, 'utf8'));
      cache.entries[broken] = mangle(cache.entries[broken]);
      writeFileSync(file, JSON.stringify(cache));
      const r = await v([broken, '--json', '--cache', '--cache-location', loc]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).not.toContain('internal error');
      // The bad entry is replaced by a good one, which the next run uses.
      expect(JSON.parse(readFileSync(file, 'utf8')).entries[broken].result.diagnostics.length).toBeGreaterThan(0);
      expect((await v([broken, '--json', '--cache', '--cache-location', loc])).stdout).toBe(plain.stdout);
    });
  }

  it('a cache file that is valid JSON of another shape altogether', async () => {
    const loc = join(tmp.dir, 'cache-list');
    mkdirSync(loc, { mode: 0o700 });
    for (const body of ['[1,2,3]', 'null', '{"version":1,"entries":[1,2]}', '{"version":1,"entries":null}']) {
      writeFileSync(join(loc, 'validate-cache.json'), body);
      const r = await v([broken, '--cache', '--cache-location', loc]);
      expect(r.code, `${body}: ${r.stderr}`).toBe(1);
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('a --merge input of the wrong shape is rejected, naming the file (exit 2)', () => {
  it('validate --merge', async () => {
    const good = join(tmp.dir, 'good.json');
    expect((await v([clean, '--json', '-o', good])).code).toBe(0);
    const report = JSON.parse(readFileSync(good, 'utf8'));
    for (const [name, bad] of [
      ['units-not-objects.json', { ...report, units: [1, 2] }],
      ['diagnostic-line-text.json', { ...report, units: [{ ...report.units[0], diagnostics: [{ rule: 'x' }] }] }],
      ['summary-missing.json', { ...report, summary: undefined }],
    ] as const) {
      const path = join(tmp.dir, name);
      writeFileSync(path, JSON.stringify(bad));
      const r = await runInProcess(['validate', '--lang', 'en', '--merge', good, path]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('E_MERGE_INPUT');
      expect(r.stderr).toContain(name);
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it('readiness --merge', async () => {
    const good = join(tmp.dir, 'ready.json');
    const made = await runInProcess(['readiness', ...base, clean, '--format', 'json', '-o', good]);
    expect(made.code, made.stderr).toBe(0);
    const report = JSON.parse(readFileSync(good, 'utf8'));
    for (const [name, bad] of [
      ['r-units-numbers.json', { ...report, units: [1] }],
      ['r-score-text.json', { ...report, units: [{ ...report.units[0], score: 'high' }] }],
      ['r-stages-missing.json', { ...report, units: [{ ...report.units[0], stages: undefined }] }],
      ['r-blocker-message.json', { ...report, units: [{ ...report.units[0], blockers: [{ rank: 1 }] }] }],
    ] as const) {
      const path = join(tmp.dir, name);
      writeFileSync(path, JSON.stringify(bad));
      const r = await runInProcess(['readiness', '--lang', 'en', '--merge', good, path]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('E_MERGE_INPUT');
      expect(r.stderr).toContain(name);
      expect(r.stderr).not.toContain('internal error');
    }
    expect((await runInProcess(['readiness', '--lang', 'en', '--merge', good])).code).toBe(0);
  });
});
