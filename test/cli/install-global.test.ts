import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/run-cli.js';

const tmp = tempDir('qms-global-');
afterAll(() => tmp.cleanup());

describe('qms outside the clone (README: npm install -g . / npm link)', () => {
  it('a global install runs from any folder: --version, help, and a validation by absolute path', () => {
    const prefix = join(tmp.dir, 'prefix');
    const install = spawnSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--offline', '--no-audit', '--no-fund', repoRoot],
      { encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    const qms = (args: string[]) =>
      spawnSync(join(prefix, 'bin', 'qms'), args, { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const version = qms(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(qms(['rules', '--format', 'json']).status).toBe(0);
    const v = qms(['validate', join(repoRoot, 'examples', 'city', 'xa-tam-hiep'), '--quiet']);
    expect([0, 1]).toContain(v.status);
    expect(v.stderr).not.toContain('internal error');
  });
});

describe('README', () => {
  it('documents how to run qms outside the clone', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npm install -g .');
    expect(readme).toContain('npm link');
    expect(readme).toMatch(/2 × `node -e 0`/);
  });
});
