import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, planWrites, writeAtomic } from '../../../src/core/write-files.js';
import { writeOutputFile } from '../../../src/core/write/output-file.js';
import { tempPathFor } from '../../../src/core/write/temp-files.js';
import { tempDir } from '../../helpers/run-cli.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const mode = (p: string) => statSync(p).mode & 0o777;

/** A pid that surely belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('file modes (issue 11 item 4)', () => {
  it('a rewritten 0600 file stays 0600, not world-readable', () => {
    const target = join(tmp.dir, '.qms-answers.yaml');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o600);
    applyPlan(planWrites(tmp.dir, [{ relPath: '.qms-answers.yaml', content: 'new\n' }], 'overwrite'));
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(mode(target)).toBe(0o600);
  });

  it('a read-only 0444 file is refused with a clear message, and replaced (still 0444) with --force', () => {
    const target = join(tmp.dir, 'qms.yaml');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o444);
    const plan = planWrites(tmp.dir, [{ relPath: 'qms.yaml', content: 'new\n' }], 'overwrite');
    expect(plan.readOnly).toEqual(['qms.yaml']);
    expect(() => applyPlan(plan)).toThrow(expect.objectContaining({ code: 'E_READONLY', exitCode: 2 }));
    expect(() => applyPlan(plan)).toThrow(/read-only file\(s\), not overwritten: .*qms\.yaml/);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    applyPlan(planWrites(tmp.dir, [{ relPath: 'qms.yaml', content: 'new\n' }], 'overwrite', { force: true }));
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(mode(target)).toBe(0o444);
  });
});

describe('only regular files (issue 11 item 2)', () => {
  it('refuses to replace a FIFO, with or without --force; the FIFO stays', () => {
    const fifo = join(tmp.dir, 'out.json');
    spawnSync('mkfifo', [fifo]);
    expect(statSync(fifo).isFIFO()).toBe(true);
    for (const force of [false, true]) {
      expect(() => writeOutputFile(fifo, '{}', { force })).toThrow(
        expect.objectContaining({ code: 'E_NOT_FILE', exitCode: 2 }),
      );
    }
    expect(() => planWrites(tmp.dir, [{ relPath: 'out.json', content: '{}' }], 'overwrite')).toThrow(
      /not a regular file/,
    );
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a character device such as /dev/null (the plan refuses; nothing is written)', () => {
    // planWrites only looks; even before the fix this test could not harm /dev/null.
    expect(() => planWrites('/dev', [{ relPath: 'null', content: 'x' }], 'overwrite', { force: true })).toThrow(
      expect.objectContaining({ code: 'E_NOT_FILE' }),
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a folder standing where the file should go', () => {
    mkdirSync(join(tmp.dir, 'report.json'));
    expect(() => writeOutputFile(join(tmp.dir, 'report.json'), '{}', { force: true })).toThrow(
      expect.objectContaining({ code: 'E_NOT_FILE' }),
    );
  });
});

describe('report outputs (issue 11 item 3)', () => {
  it('keep an existing different file unless --force', () => {
    const target = join(tmp.dir, 'report.json');
    writeFileSync(target, 'mine\n');
    expect(() => writeOutputFile(target, '{}\n')).toThrow(expect.objectContaining({ code: 'E_EXISTS' }));
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    expect(writeOutputFile(target, '{}\n', { force: true }).action).toBe('overwrite');
    expect(readFileSync(target, 'utf8')).toBe('{}\n');
  });

  // readiness --format json -o of a big tree spools the report, then copies it (never read whole): the
  // same rules as a report in memory, and the same bytes, across the 1 MiB chunks of the copy.
  it('a spooled report: created, unchanged, kept unless --force, overwritten keeping its mode, symlinks and FIFOs refused', () => {
    const spool = join(tmp.dir, 'spool.json');
    const big = Buffer.alloc(3 * (1 << 20) + 17, 'ư');
    writeFileSync(spool, big);
    const target = join(tmp.dir, 'report.json');
    expect(writeOutputFile(target, { spooled: spool }).action).toBe('create');
    expect(readFileSync(target).equals(big)).toBe(true);
    expect(writeOutputFile(target, { spooled: spool }).action).toBe('unchanged');
    const other = Buffer.from(big);
    other[other.length - 1] ^= 1; // differs only in the last chunk
    writeFileSync(target, other);
    chmodSync(target, 0o600);
    expect(() => writeOutputFile(target, { spooled: spool })).toThrow(expect.objectContaining({ code: 'E_EXISTS' }));
    expect(readFileSync(target).equals(other)).toBe(true);
    expect(writeOutputFile(target, { spooled: spool }, { force: true }).action).toBe('overwrite');
    expect(readFileSync(target).equals(big)).toBe(true);
    expect(mode(target)).toBe(0o600);
    symlinkSync(target, join(tmp.dir, 'link.json'));
    expect(() => writeOutputFile(join(tmp.dir, 'link.json'), { spooled: spool }, { force: true })).toThrow(
      expect.objectContaining({ code: 'E_SYMLINK' }),
    );
    spawnSync('mkfifo', [join(tmp.dir, 'fifo.json')]);
    expect(() => writeOutputFile(join(tmp.dir, 'fifo.json'), { spooled: spool }, { force: true })).toThrow(
      expect.objectContaining({ code: 'E_NOT_FILE' }),
    );
    expect(readdirSync(tmp.dir).sort()).toEqual(['fifo.json', 'link.json', 'report.json', 'spool.json']);
  });

  it('never go into a unit folder, even with --force', () => {
    const unit = join(tmp.dir, 'xa-a');
    mkdirSync(join(unit, 'procedures'), { recursive: true });
    writeFileSync(join(unit, 'qms.yaml'), 'id: a\n');
    for (const target of [join(unit, 'qms.yaml'), join(unit, 'bao-cao.json'), join(unit, 'procedures', 'x.json')]) {
      expect(() => writeOutputFile(target, '{}\n', { force: true })).toThrow(
        expect.objectContaining({ code: 'E_OUTPUT_IN_UNIT', exitCode: 2 }),
      );
    }
    expect(readFileSync(join(unit, 'qms.yaml'), 'utf8')).toBe('id: a\n');
    expect(readdirSync(unit).sort()).toEqual(['procedures', 'qms.yaml']);
  });
});

describe('temp files of interrupted writes (issue 11 item 6)', () => {
  it('our own stale temp files are removed on the next write; others are reported and kept', () => {
    mkdirSync(join(tmp.dir, 'procedures'));
    const ours = join(tmp.dir, 'procedures', `QT-01.yaml.qms-${deadPid()}-0123456789ab.tmp`);
    const foreign = join(tmp.dir, 'procedures', 'QT-01.yaml.3f2a1b4c.tmp');
    const unrelated = join(tmp.dir, 'procedures', 'notes.tmp');
    for (const p of [ours, foreign, unrelated]) writeFileSync(p, 'half');
    const notes = applyPlan(planWrites(tmp.dir, [{ relPath: 'procedures/QT-01.yaml', content: 'x\n' }], 'refuse'));
    expect(notes.removedTemps).toEqual([ours]);
    expect(notes.foreignTemps).toEqual([foreign]);
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });

  it('a temp file of a run still going (live pid) is left alone', () => {
    const sleeper = spawnSync('sh', ['-c', 'sleep 5 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' });
    const pid = Number(sleeper.stdout.trim());
    const live = join(tmp.dir, `a.yaml.qms-${pid}-0123456789ab.tmp`);
    writeFileSync(live, 'half');
    const notes = applyPlan(planWrites(tmp.dir, [{ relPath: 'a.yaml', content: 'x\n' }], 'refuse'));
    expect(notes.removedTemps).toEqual([]);
    expect(existsSync(live)).toBe(true);
    process.kill(pid);
  });

  it('the writer names its temp files with its pid, so that a later run can tell they are its own', () => {
    const target = join(tmp.dir, 'a.yaml');
    expect(tempPathFor(target)).toMatch(
      new RegExp(`^${target.replace(/[.]/g, '\\.')}\\.qms-${process.pid}-[0-9a-f]{12}\\.tmp$`),
    );
    writeAtomic(target, Buffer.from('x'), false);
    const left = join(tmp.dir, `a.yaml.qms-${deadPid()}-aaaaaaaaaaaa.tmp`);
    writeFileSync(left, 'half');
    const notes = applyPlan(planWrites(tmp.dir, [{ relPath: 'a.yaml', content: 'z' }], 'overwrite'));
    expect(notes.removedTemps).toEqual([left]);
    expect(readdirSync(tmp.dir)).toEqual(['a.yaml']);
  });
});

describe('environment errors while writing (issue 11 item 15)', () => {
  for (const [code, en] of [
    ['EACCES', 'permission denied'],
    ['ENOSPC', 'no space left'],
    ['ENOTDIR', 'not a folder'],
    ['EROFS', 'read-only'],
  ] as const) {
    it(`${code} → E_WRITE, exit 2, naming the path and what to do`, () => {
      const plan = planWrites(tmp.dir, [{ relPath: 'a.yaml', content: 'x' }], 'refuse');
      const failing = () => {
        throw Object.assign(new Error(`${code}: raw`), { code });
      };
      let caught: unknown;
      try {
        applyPlan(plan, failing);
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'E_WRITE', exitCode: 2 });
      const e = caught as { text: { vi: string; en: string }; hint: { vi: string; en: string } };
      expect(e.text.en).toContain(join(tmp.dir, 'a.yaml'));
      expect(e.text.en).toContain(en);
      expect(e.text.en).toContain(code);
      expect(e.text.vi).toMatch(/^không ghi được /);
      expect(e.hint.vi.length).toBeGreaterThan(10);
    });
  }

  it('a real ENOTDIR: a file standing where a folder of the path should be', () => {
    writeFileSync(join(tmp.dir, 'dist'), 'a file');
    expect(() => applyPlan(planWrites(tmp.dir, [{ relPath: 'dist/md/a.md', content: 'x' }], 'refuse'))).toThrow(
      expect.objectContaining({ code: 'E_WRITE', exitCode: 2 }),
    );
  });
});
