import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestFirst, runUnits, type FilesMade } from '../../../src/cli/commands/build-run.js';
import type { JobOptions, UnitOutcome } from '../../../src/cli/commands/build-unit.js';
import type { SettledTask } from '../../../src/core/batch/async-pool.js';
import { tempDir } from '../../helpers/run-cli.js';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-build-run-');
afterAll(() => temp.cleanup());

/** A copy of the fixture unit with only its first `keep` procedures. */
function unit(name: string, keep: number): { dir: string } {
  const dir = join(temp.dir, name);
  cpSync(FIXTURE, dir, { recursive: true });
  const procedures = join(dir, 'procedures');
  const all = [
    'QT-01',
    'QT-02',
    'QT-03',
    'QT-04',
    'QT-05',
    'QT-06',
    'QT-07',
    'QT-HT-01',
    'QT-HT-02',
    'QT-HT-03',
    'QT-HT-04',
    'QT-HT-05',
  ];
  for (const code of all.slice(keep)) rmSync(join(procedures, `${code}.yaml`), { force: true });
  return { dir };
}

describe('largestFirst: the order units go to build workers (issue 16)', () => {
  it('most procedures first, so that no large unit starts last and leaves the other worker idle', () => {
    const small = unit('small', 2);
    const large = unit('large', 12);
    const middle = unit('middle', 6);
    const large2 = unit('large-2', 12);
    // large and large-2 have the same count: they keep the units' order.
    expect(largestFirst([small, large, middle, large2])).toEqual([1, 3, 2, 0]);
  });

  it('a folder without procedures (or gone since it was found) counts as the smallest', () => {
    const missing = { dir: join(temp.dir, 'gone') };
    expect(largestFirst([missing, unit('some', 3)])).toEqual([1, 0]);
  });
});

/** Build one unit with `jobs` threads (a worker runs the built dist/, as the CLI does); what it reported. */
async function build(dir: string, out: string, jobs: number, dryRun = false) {
  const options: JobOptions = { formats: ['md', 'html'], only: [], force: true, dryRun, cwd: temp.dir };
  const results: Array<SettledTask<UnitOutcome>> = [];
  const progress: FilesMade[] = [];
  const locked: string[] = [];
  await runUnits([{ dir, root: out, prefix: '' }], {
    jobs,
    options,
    lock: (job) => locked.push(job.root),
    onUnit: (_i, item) => results.push(item),
    isFatal: () => true,
    onProgress: (_units, _job, files) => {
      if (files) progress.push(files);
    },
  });
  return { results, progress, locked };
}

const listing = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('runUnits: threads share one unit’s files (issue 16)', () => {
  const { dir } = unit('shared', 12);

  it('one unit on two threads: the same files and bytes as on one, counted once each, progress file by file', async () => {
    const one = join(temp.dir, 'one');
    const two = join(temp.dir, 'two');
    const a = await build(dir, one, 1);
    const b = await build(dir, two, 2);
    const files = listing(one);
    expect(files.length).toBeGreaterThan(40);
    expect(listing(two)).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
    for (const r of [a, b]) {
      expect(r.results).toHaveLength(1);
      const item = r.results[0];
      expect(item.ok && item.outcome.counts).toEqual({ create: files.length, overwrite: 0, unchanged: 0 });
      // Whichever thread made a file, the count goes up by one to the unit's total.
      expect(r.progress.map((p) => p.done)).toEqual(files.map((_, i) => i + 1));
      expect(new Set(r.progress.map((p) => p.total))).toEqual(new Set([files.length]));
    }
    // The folder is locked once, by the thread that opened the unit.
    expect(b.locked).toEqual([two]);
    // Built again: every file is unchanged.
    const again = await build(dir, two, 2);
    const item = again.results[0];
    expect(item.ok && item.outcome.counts).toEqual({ create: 0, overwrite: 0, unchanged: files.length });
  });

  it('--dry-run on two threads lists every file once, in the unit’s order, and writes nothing', async () => {
    const out = join(temp.dir, 'dry');
    const a = await build(dir, out, 1, true);
    const b = await build(dir, out, 2, true);
    const entries = (r: typeof a) => (r.results[0].ok ? r.results[0].outcome.entries : undefined);
    expect(entries(a)!.length).toBeGreaterThan(40);
    expect(entries(b)).toEqual(entries(a));
    expect(() => readdirSync(out)).toThrow();
  });
});
