import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/** Issue 11 item 18: two builds into the same --out must not both write and leave a mix. */
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-build-lock-');
afterAll(() => temp.cleanup());

const build = (out: string) =>
  runInProcess(['build', FIXTURE, '--out', out, '--format', 'md', '--only', 'CSCL', '--lang', 'en']);

function lockOf(pid: number, host = hostname()): string {
  return `${JSON.stringify({ pid, host, started: '2026-01-01T00:00:00.000Z', what: 'qms build', nonce: 'x' })}\n`;
}

describe('qms build locks its output folder', () => {
  it('a build running into the same --out: the second exits 2 naming the owner, writes nothing', async () => {
    const out = join(temp.dir, 'busy');
    mkdirSync(out);
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      writeFileSync(join(out, '.qms-lock'), lockOf(other.pid!));
      const r = await build(out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('E_LOCKED');
      expect(r.stderr).toContain(`qms build (pid ${other.pid} on ${hostname()}`);
      expect(r.stderr).toContain('.qms-lock');
      expect(readdirSync(out)).toEqual(['.qms-lock']);
    } finally {
      other.kill();
    }
  });

  it('a lock left by a build that was killed is taken over, and removed at the end', async () => {
    const out = join(temp.dir, 'stale');
    mkdirSync(out);
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
    writeFileSync(join(out, '.qms-lock'), lockOf(dead));
    const r = await build(out);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'md', 'CSCL.md'))).toBe(true);
    expect(existsSync(join(out, '.qms-lock'))).toBe(false);
  });

  it('a lock held on another host is respected (its pid cannot be checked here)', async () => {
    const out = join(temp.dir, 'remote');
    mkdirSync(out);
    writeFileSync(join(out, '.qms-lock'), lockOf(1, 'another-host.example'));
    const r = await build(out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('another-host.example');
  });

  it('without --out, the lock is in the unit’s dist/ and gone after the build', async () => {
    const unit = join(temp.dir, 'unit');
    spawnSync('cp', ['-r', FIXTURE, unit]);
    const r = await runInProcess(['build', unit, '--format', 'md', '--only', 'CSCL']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(unit, 'dist'))).toEqual(['md']);
  });
});
