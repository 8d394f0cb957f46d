import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

describe('qms build of a unit whose name holds a line break', () => {
  it('prints the name escaped on one line', async () => {
    const unit = join(temp.dir, 'named');
    cpSync(FIXTURE, unit, { recursive: true });
    const manifest = join(unit, 'qms.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^name: .*$/m, 'name: "UBND xã Đại Mỗ\\nGIẢ MẠO"'));
    const r = await runInProcess(['build', unit, '--format', 'md', '--out', join(temp.dir, 'out2'), '--force']);
    expect(r.stderr).toContain('UBND xã Đại Mỗ\\u000aGIẢ MẠO');
    expect(r.stderr.split('\n').some((l) => l.startsWith('GIẢ MẠO'))).toBe(false);
  });
});
