import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestFirst } from '../../../src/cli/commands/build-run.js';
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
