import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, runCli, tempDir } from '../helpers/run-cli.js';

/** Issue 16: `qms build --jobs N` builds units on worker threads, with the same result as one thread. */
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-build-jobs-');
afterAll(() => temp.cleanup());
let n = 0;
const fresh = (name: string) => join(temp.dir, `${name}-${++n}`);
// Enough documents to be real (a procedure, the policy, an issued decision) and quick.
const ONLY = ['--only', 'QT-HT-01', 'CSCL', 'QT-01'];

/** A tree of units: copies of the fixture under two district folders, each with its own name. */
function tree(count: number): string {
  const root = fresh('tree');
  for (let i = 1; i <= count; i++) {
    const unit = join(root, `huyen-0${1 + (i % 2)}`, `xa-0${i}`);
    cpSync(FIXTURE, unit, { recursive: true });
    const manifest = join(unit, 'qms.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^name: .*$/m, `name: UBND xã Số ${i}`));
  }
  return root;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('qms build --jobs', () => {
  it('--jobs 2 writes byte for byte what --jobs 1 writes, and says the same', () => {
    const units = tree(3);
    const one = fresh('one');
    const two = fresh('two');
    const a = runCli(['build', units, '--out', one, '--force', ...ONLY, '--jobs', '1'], { cwd: temp.dir });
    const b = runCli(['build', units, '--out', two, '--force', ...ONLY, '--jobs', '2'], { cwd: temp.dir });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const files = listFiles(one);
    expect(files).toHaveLength(3 * 3 * 3);
    expect(files).toContain('huyen-02/xa-01/docx/QT-HT-01.docx');
    expect(listFiles(two)).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
    // The messages come in the units' order whatever order the workers finish in.
    expect(b.stderr.replaceAll(two.slice(temp.dir.length + 1), 'OUT')).toBe(
      a.stderr.replaceAll(one.slice(temp.dir.length + 1), 'OUT'),
    );
    expect(b.stderr).toContain('Tổng cộng: 3 đơn vị đã xuất, 0 bị từ chối vì lỗi kiểm tra, 0 không ghi được.');
  });

  it('a unit that cannot be written in a worker is named, the others are built: exit 2', () => {
    const units = tree(3);
    const out = fresh('out');
    // A read-only file of other content where xa-02's policy goes: refused before xa-02 writes anything.
    const blocked = join(out, 'huyen-01', 'xa-02', 'md');
    mkdirSync(blocked, { recursive: true });
    writeFileSync(join(blocked, 'QT-01.md'), 'bản in đã ký, chỉ đọc\n');
    chmodSync(join(blocked, 'QT-01.md'), 0o444);
    // (--force would replace it: it also means "replace read-only outputs".)
    const r = runCli(['build', units, '--out', out, ...ONLY, '--format', 'md', '--jobs', '2'], { cwd: temp.dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/✗ .*huyen-01\/xa-02: E_READONLY tệp chỉ đọc, không ghi đè: .*QT-01\.md/);
    expect(r.stderr).toContain('Tổng cộng: 2 đơn vị đã xuất, 0 bị từ chối vì lỗi kiểm tra, 1 không ghi được.');
    expect(listFiles(out)).toEqual([
      'huyen-01/xa-02/md/QT-01.md',
      'huyen-02/xa-01/md/CSCL.md',
      'huyen-02/xa-01/md/QT-01.md',
      'huyen-02/xa-01/md/QT-HT-01.md',
      'huyen-02/xa-03/md/CSCL.md',
      'huyen-02/xa-03/md/QT-01.md',
      'huyen-02/xa-03/md/QT-HT-01.md',
    ]);
    expect(readFileSync(join(blocked, 'QT-01.md'), 'utf8')).toBe('bản in đã ký, chỉ đọc\n');
  });

  it('exit 1 when a unit is refused for validation errors, the others built; exit 2 on a bad --jobs', () => {
    const units = tree(3);
    writeFileSync(join(units, 'huyen-02', 'xa-03', 'procedures', 'QT-HT-02.yaml'), 'code: QT-HT-02\ntitle: [hỏng\n');
    const out = fresh('out');
    const r = runCli(['build', units, '--out', out, ...ONLY, '--format', 'md', '--jobs', '2'], { cwd: temp.dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/UBND xã Số 3 \(.*xa-03\): \d+ lỗi kiểm tra; không xuất tài liệu/);
    expect(existsSync(join(out, 'huyen-02', 'xa-03'))).toBe(false);
    expect(existsSync(join(out, 'huyen-02', 'xa-01', 'md', 'CSCL.md'))).toBe(true);
    const bad = runCli(['build', units, '--jobs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jobs "0"');
  });

  it('Ctrl+C in the middle leaves no torn file; the next run cleans up and finishes', async () => {
    const units = tree(3);
    const out = fresh('out');
    const args = ['build', units, '--force', '--format', 'docx,md'];
    const child = spawn(process.execPath, [bin, ...args, '--out', out, '--jobs', '2'], {
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Interrupt once the first documents are on disk (or whenever the build is over).
    for (let i = 0; i < 600 && child.exitCode === null; i++) {
      if (existsSync(out) && listFiles(out).some((f) => f.endsWith('.docx'))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGINT');
    await exited;
    const left = existsSync(out) ? listFiles(out) : [];
    const whole = fresh('whole');
    const reference = runCli([...args, '--out', whole, '--jobs', '1']);
    expect(reference.code, reference.stderr).toBe(0);
    // Every document left is complete: the bytes of an uninterrupted build (temp files aside).
    for (const f of left.filter((f) => !f.endsWith('.tmp') && !f.endsWith('.qms-lock')))
      expect(readFileSync(join(out, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
    const again = runCli([...args, '--out', out, '--jobs', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(listFiles(out)).toEqual(listFiles(whole));
    // Three full builds of three units: on a loaded shared machine this takes well over the default minute.
  }, 240_000);
});

describe('qms build --out with units named one by one', () => {
  it('refuses two units that would share a folder under --out, naming both, and writes nothing', () => {
    const root = fresh('same-name');
    for (const d of ['a', 'b']) cpSync(FIXTURE, join(root, d, 'xa-01'), { recursive: true });
    const out = fresh('out');
    const r = runCli(['build', join(root, 'a'), join(root, 'b'), '--out', out, '--force', ...ONLY], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cùng thư mục');
    expect(r.stderr).toContain(join(root, 'a', 'xa-01'));
    expect(r.stderr).toContain(join(root, 'b', 'xa-01'));
    expect(existsSync(out)).toBe(false);
  });

  it('builds units given from outside the current folder into folders named after them', () => {
    const root = fresh('outside');
    for (const d of ['xa-01', 'xa-02']) cpSync(FIXTURE, join(root, 'units', d), { recursive: true });
    mkdirSync(join(root, 'work'));
    const out = join(root, 'work', 'out');
    const r = runCli(['build', '../units/xa-01', '../units/xa-02', '--out', 'out', '--force', ...ONLY], {
      cwd: join(root, 'work'),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'xa-01', 'docx', 'QT-HT-01.docx'))).toBe(true);
    expect(existsSync(join(out, 'xa-02', 'docx', 'QT-HT-01.docx'))).toBe(true);
  });
});
