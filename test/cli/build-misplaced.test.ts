import { cpSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-build-misplaced-');
afterAll(() => temp.cleanup());

describe('qms build with misplaced procedure files', () => {
  it('warns about an upper-case extension and a sub-folder instead of skipping them silently', async () => {
    const unit = join(temp.dir, 'unit');
    cpSync(FIXTURE, unit, { recursive: true });
    renameSync(join(unit, 'procedures', 'QT-HT-14.yaml'), join(unit, 'procedures', 'QT-HT-14.YAML'));
    mkdirSync(join(unit, 'procedures', 'cu'));
    renameSync(join(unit, 'procedures', 'QT-HT-15.yaml'), join(unit, 'procedures', 'cu', 'QT-HT-15.yaml'));
    const r = await runInProcess([
      'build',
      unit,
      '--format',
      'md',
      '--out',
      join(temp.dir, 'out'),
      '--lang',
      'en',
      '--force',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('procedures/QT-HT-14.YAML');
    expect(r.stderr).toContain('procedures/cu/QT-HT-15.yaml');
  });
});
