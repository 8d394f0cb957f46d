import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildOptions } from '../../src/cli/commands/build.js';
import { createIo } from '../../src/cli/io.js';
import { repoRoot, runCli, tempDir } from '../helpers/run-cli.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-build-');
afterAll(() => temp.cleanup());
let n = 0;
const fresh = (name = 'case') => join(temp.dir, `${name}-${++n}`);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** runBuild in-process with captured output and a stand-in for the validator. */
async function build(options: BuildOptions, errorsIn: (dir: string) => number = () => 0, lang: 'vi' | 'en' = 'vi') {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _e, done) {
        add(String(chunk));
        done();
      },
    });
  const io = createIo({
    lang,
    color: 'never',
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: {},
  });
  const code = await runBuild(options, io, (unit) => ({ errors: errorsIn(unit.dir), warnings: 0 }));
  return { code, stdout, stderr };
}

describe('qms build (spawned)', () => {
  it('builds a fresh unit made by qms init: exit 0, docx, md and html under dist/', () => {
    const unit = fresh('init');
    const people = [
      'lanh-dao=Nguyễn Văn An',
      'pho-lanh-dao=Trần Thị Bình',
      'dai-dien-lanh-dao=Trần Thị Bình',
      'thu-ky-iso=Lê Văn Cường',
      'mot-cua=Phạm Thị Dung',
      'tu-phap-ho-tich=Hoàng Văn Em',
      'dia-chinh-xay-dung=Đỗ Văn Phúc',
      'van-hoa-xa-hoi=Vũ Thị Giang',
      'tai-chinh-ke-toan=Ngô Thị Hà',
      'van-phong=Bùi Văn Hùng',
    ];
    const init = runCli([
      'init',
      unit,
      '--yes',
      '--type',
      'xa',
      '--name',
      'UBND xã Tây Mỗ',
      '--parent',
      'UBND huyện Từ Liêm',
      ...people.flatMap((p) => ['--person', p]),
      '--effective-date',
      '2012-06-01',
      '--groups',
      'ho-tich',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const r = runCli(['build', unit, '--only', 'QT-HT-01', 'CSCL', 'BM-01-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('UBND xã Tây Mỗ: 3 tài liệu');
    expect(listFiles(join(unit, 'dist'))).toEqual([
      'docx/BM-01-01.docx',
      'docx/CSCL.docx',
      'docx/QT-HT-01.docx',
      'html/BM-01-01.html',
      'html/CSCL.html',
      'html/QT-HT-01.html',
      'md/BM-01-01.md',
      'md/CSCL.md',
      'md/QT-HT-01.md',
    ]);
  });

  it('gives identical bytes from two processes', () => {
    const a = fresh('a');
    const b = fresh('b');
    for (const out of [a, b]) {
      const r = runCli(['build', FIXTURE, '--out', out, '--force', '--only', 'STCL', 'QT-HT-01', 'BM-01-03']);
      expect(r.code, r.stderr).toBe(0);
    }
    const files = listFiles(a);
    expect(files).toHaveLength(9);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('lists the issued documents of a unit far along; --only takes a kind; missing data is named', () => {
    const out = fresh('issued');
    const tamHiep = join(repoRoot, 'examples', 'city', 'xa-tam-hiep');
    const all = runCli(['build', tamHiep, '--out', out, '--dry-run', '--format', 'md']);
    expect(all.code, all.stderr).toBe(0);
    for (const code of [
      'QD-BCD-ISO',
      'QD-DDLD',
      'KH-HTQLCL',
      'QD-BHTL',
      'BC-DGNB-2014-01',
      'SO-HDKP',
      'BB-XXLD-2015-08-10',
    ])
      expect(all.stdout).toContain(`md/${code}.md`);
    expect(all.stderr).not.toContain('thiếu dữ liệu');
    const kind = runCli(['build', tamHiep, '--out', out, '--dry-run', '--format', 'md', '--only', 'corrective-action']);
    expect(kind.code, kind.stderr).toBe(0);
    expect(kind.stdout).toContain('md/PYC-DGNB-2014-01-NC-01.md');
    expect(kind.stdout).not.toContain('md/QT-01.md');
    const bare = runCli(['build', FIXTURE, '--out', out, '--force', '--dry-run', '--format', 'md']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain(
      'thiếu dữ liệu: chưa xuất Quyết định thành lập Ban chỉ đạo ISO — điền qms.yaml: milestones.steeringCommittee.number',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const out = fresh('dry');
    const r = runCli(['build', FIXTURE, '--out', out, '--force', '--dry-run', '--format', 'md', '--only', 'QT-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/tạo mới\s+.*md\/QT-01\.md/);
    expect(r.stderr).toContain('không ghi tệp nào');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['build', 'khong-co-thu-muc'], 'E_NO_INPUT'],
    [['build', FIXTURE, '--format', 'pdf'], 'E_USAGE'],
    [['build', FIXTURE, '--force', '--format', 'md', '--only', 'QT-XX-99', '--dry-run'], 'E_USAGE'],
    [['build'], 'E_USAGE'],
  ])('exits 2 on usage errors: %j', (args, code) => {
    const r = runCli(args, { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code === 'error' ? 'error' : code);
  });

  it('speaks English with --lang en', () => {
    const r = runCli(['build', FIXTURE, '--format', 'pdf', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unsupported format: pdf');
  });

  it('refuses a unit whose files do not parse (exit 1), and builds it with --force', () => {
    const unit = fresh('broken');
    cpSync(FIXTURE, unit, { recursive: true });
    writeFileSync(join(unit, 'procedures', 'QT-HT-02.yaml'), 'code: QT-HT-02\ntitle: [không đóng\n');
    const refused = runCli(['build', unit, '--format', 'md', '--only', 'QT-HT-01']);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/lỗi kiểm tra; không xuất tài liệu/);
    expect(existsSync(join(unit, 'dist'))).toBe(false);
    const forced = runCli(['build', unit, '--format', 'md', '--force', '--only', 'QT-HT-01']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/procedures\/QT-HT-02\.yaml: không đọc được nội dung; bỏ qua/);
    expect(existsSync(join(unit, 'dist', 'md', 'QT-HT-01.md'))).toBe(true);
    expect(existsSync(join(unit, 'dist', 'md', 'QT-HT-02.md'))).toBe(false);
  });
});

describe('qms build (in-process)', () => {
  it('refuses a unit with validation errors: exit 1, nothing written; --force builds it', async () => {
    const out = fresh('gate');
    const refused = await build({ paths: [FIXTURE], out, format: 'md' }, () => 3);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('3 lỗi kiểm tra; không xuất tài liệu');
    expect(refused.stderr).toContain('--force');
    expect(existsSync(out)).toBe(false);
    const forced = await build({ paths: [FIXTURE], out, format: 'md', force: true }, () => 3, 'en');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('despite 3 validation error(s)');
    expect(existsSync(join(out, 'md', 'QT-HT-01.md'))).toBe(true);
  });

  it('replaces existing outputs atomically and leaves no temporary files', async () => {
    const out = fresh('atomic');
    mkdirSync(join(out, 'md'), { recursive: true });
    writeFileSync(join(out, 'md', 'QT-01.md'), 'cũ');
    const r = await build({ paths: [FIXTURE], out, format: 'md', only: ['QT-01', 'CSCL'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 tạo mới, 1 ghi đè, 0 không đổi');
    expect(readFileSync(join(out, 'md', 'QT-01.md'), 'utf8')).toContain('QUY TRÌNH KIỂM SOÁT TÀI LIỆU');
    expect(listFiles(out)).toEqual(['md/CSCL.md', 'md/QT-01.md']);
    const again = await build({ paths: [FIXTURE], out, format: 'md', only: ['QT-01', 'CSCL'] });
    expect(again.stderr).toContain('0 tạo mới, 0 ghi đè, 2 không đổi');
  });

  it('refuses a read-only output before writing anything, even when it is the last file (issue 16)', async () => {
    const out = fresh('readonly');
    mkdirSync(join(out, 'md'), { recursive: true });
    // QT-HT-01 is made after the policy and QT-01: written one at a time, the refusal still comes first.
    writeFileSync(join(out, 'md', 'QT-HT-01.md'), 'bản đã ký\n');
    chmodSync(join(out, 'md', 'QT-HT-01.md'), 0o444);
    await expect(
      build({ paths: [FIXTURE], out, format: 'md', only: ['CSCL', 'QT-HT-01', 'QT-01'] }),
    ).rejects.toMatchObject({
      code: 'E_READONLY',
    });
    expect(listFiles(out)).toEqual(['md/QT-HT-01.md']);
    expect(readFileSync(join(out, 'md', 'QT-HT-01.md'), 'utf8')).toBe('bản đã ký\n');
  });

  it('never writes through a symbolic link', async () => {
    const unit = fresh('link');
    cpSync(FIXTURE, unit, { recursive: true });
    const elsewhere = fresh('elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(unit, 'dist'));
    await expect(build({ paths: [unit], format: 'md', only: ['QT-01'] })).rejects.toMatchObject({ code: 'E_SYMLINK' });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('builds a tree unit by unit into sub-folders of --out; a refused unit does not stop the others', async () => {
    const tree = fresh('tree');
    cpSync(FIXTURE, join(tree, 'huyen-tu-liem', 'xa-dai-mo'), { recursive: true });
    cpSync(FIXTURE, join(tree, 'huyen-tu-liem', 'xa-tay-mo'), { recursive: true });
    const out = fresh('tree-out');
    const r = await build({ paths: [tree], out, format: 'md', only: ['CSCL'] }, (dir) =>
      dir.endsWith('xa-tay-mo') ? 1 : 0,
    );
    expect(r.code).toBe(1);
    expect(listFiles(out)).toEqual(['huyen-tu-liem/xa-dai-mo/md/CSCL.md']);
    expect(r.stderr).toContain('Tổng cộng: 1 đơn vị đã xuất, 1 bị từ chối vì lỗi kiểm tra, 0 không ghi được.');
  });
});
