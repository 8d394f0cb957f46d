import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { communeInitArgs, snapshot } from '../helpers/commune-2012.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const tmp = tempDir('qms-model-cli-');
afterAll(tmp.cleanup);

/** `qms init` at model 1.0.0, the way a commune did it in 2012. */
function init(name: string): string {
  const dir = join(tmp.dir, name);
  const r = runCli(communeInitArgs(dir));
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

function edit(dir: string, relPath: string, from: string, to: string): void {
  const path = join(dir, relPath);
  const source = readFileSync(path, 'utf8');
  expect(source.split(from).length - 1, `${relPath}: ${from}`).toBe(1);
  writeFileSync(path, source.replace(from, to));
}

const yamlOf = (dir: string, relPath: string) => parse(readFileSync(join(dir, relPath), 'utf8'), { schema: 'core' });

let base: string;
beforeAll(() => {
  base = init('base');
  // Localisation: the desk's address (with a comment), a step of the commune's own, a comment above a field.
  edit(
    base,
    'procedures/QT-HT-04.yaml',
    'receiveReturn: Bộ phận tiếp nhận và trả kết quả, UBND xã Đại Mỗ',
    'receiveReturn: Bộ phận tiếp nhận và trả kết quả, UBND xã Đại Mỗ (tầng 1, nhà A) # địa chỉ mới',
  );
  edit(
    base,
    'procedures/QT-DD-01.yaml',
    'steps:\n',
    'steps:\n  # bước riêng của xã\n  - action: Mời đại diện Mặt trận Tổ quốc xã tham dự buổi hòa giải.\n    role: van-phong\n    time:\n      value: 1\n      unit: working_day\n    local: true\n',
  );
  edit(
    base,
    'procedures/QT-CT-01.yaml',
    'dossierSets: 1\n',
    '# xã nhận cả bản chụp do người dân mang tới\ndossierSets: 1\n',
  );
});

const copy = (name: string) => {
  const dir = join(tmp.dir, name);
  cpSync(base, dir, { recursive: true });
  return dir;
};

describe('qms model update (spawned)', () => {
  it('updates a unit made at 1.0.0 and edited locally: model changes in, local edits kept, unit valid, diff in sync', () => {
    const dir = copy('clean');
    expect(runCli(['model', 'diff', dir]).code).toBe(1);
    const r = runCli(['model', 'update', dir, '--to', '2.0.0', '--date', '2015-05-04']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã cập nhật UBND xã Đại Mỗ lên hanoi-qms 2.0.0');
    expect(r.stdout).toMatch(/tạo mới\s+.*procedures\/QT-CT-05\.yaml {2}QT-CT-05 Quy trình chứng thực di chúc/);
    expect(r.stdout).toMatch(/bãi bỏ\s+.*procedures\/QT-CT-03\.yaml/);

    const marriage = readFileSync(join(dir, 'procedures/QT-HT-04.yaml'), 'utf8');
    const data = parse(marriage, { schema: 'core' });
    expect(data.processingTime.value).toBe(3); // NĐ 06/2012
    expect(data.legalBasis.map((l: { number: string }) => l.number)).toEqual(
      expect.arrayContaining(['06/2012/NĐ-CP', '52/2014/QH13', '02/2014/TT-BTC']),
    );
    expect(marriage).toContain('(tầng 1, nhà A) # địa chỉ mới');
    expect(data).toMatchObject({ issue: 2, effectiveDate: '2015-05-04' });
    expect(data.revisions).toHaveLength(2);
    expect(data.revisions[1]).toMatchObject({ issue: 2, date: '2015-05-04' });
    expect(data.revisions[1].description).toContain('Cập nhật theo mô hình hanoi-qms phiên bản 2.0.0');
    expect(readFileSync(join(dir, 'procedures/QT-CT-01.yaml'), 'utf8')).toContain(
      '# xã nhận cả bản chụp do người dân mang tới\ndossierSets: 1\n',
    );
    expect(yamlOf(dir, 'procedures/QT-CT-01.yaml').legalBasis[0].number).toBe('23/2015/NĐ-CP');
    const land = readFileSync(join(dir, 'procedures/QT-DD-01.yaml'), 'utf8');
    expect(land).toContain('  # bước riêng của xã\n  - action: Mời đại diện Mặt trận Tổ quốc xã');
    expect(yamlOf(dir, 'procedures/QT-DD-01.yaml').processingTime).toMatchObject({ value: 45, unit: 'day' });
    expect(yamlOf(dir, 'procedures/QT-01.yaml').legalBasis.map((l: { number: string }) => l.number)).toContain(
      '19/2014/QĐ-TTg',
    );
    expect(readFileSync(join(dir, 'procedures/QT-CT-03.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: .*\n# BÃI BỎ: TTHC "xa-ct-diem-chi"/,
    );
    expect(yamlOf(dir, 'procedures/QT-CT-05.yaml')).toMatchObject({ issue: 1, effectiveDate: '2015-05-04' });
    expect(yamlOf(dir, 'qms.yaml').model.version).toBe('2.0.0');
    expect(yamlOf(dir, '.qms-answers.yaml').model.version).toBe('2.0.0');

    const v = runCli(['validate', dir, '--as-of', '2015-05-04']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toContain('QMS028'); // the abolished TTHC, flagged as a warning until the unit withdraws it
    const d = runCli(['model', 'diff', dir, '--to', '2.0.0']);
    expect(d.code, d.stdout).toBe(0);
    expect(d.stdout).toContain('đúng phiên bản; khớp mô hình');
  });

  it('leaves conflicts marked in the file, reports them with their line and exits 1; diff and a second update then stop', () => {
    const dir = copy('conflict');
    edit(dir, 'procedures/QT-HT-04.yaml', 'processingTime:\n  value: 5\n', 'processingTime:\n  value: 4\n');
    const r = runCli(['model', 'update', dir, '--to', '1.1.0', '--date', '2012-09-03']);
    expect(r.code, r.stderr).toBe(1);
    const line = /xung đột\s+\S+procedures\/QT-HT-04\.yaml:(\d+) {2}processingTime\.value — đơn vị 4, mô hình 3/.exec(
      r.stdout,
    );
    expect(line, r.stdout).not.toBeNull();
    const lines = readFileSync(join(dir, 'procedures/QT-HT-04.yaml'), 'utf8').split('\n');
    expect(lines[Number(line![1]) - 1]).toContain('# <<<<<<< đơn vị, processingTime.value');
    expect(r.stderr).toContain('1 xung đột để lại trong tệp');
    expect(yamlOf(dir, 'procedures/QT-HT-04.yaml').processingTime.value).toBe(4);
    const d = runCli(['model', 'diff', dir, '--to', '1.1.0']);
    expect(d.code).toBe(1);
    expect(d.stdout).toContain(`khối xung đột chưa xử lý: procedures/QT-HT-04.yaml:${line![1]}`);
    const again = runCli(['model', 'update', dir, '--date', '2015-05-04']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('E_CONFLICT_MARKERS');
    const v = runCli(['validate', dir, '--as-of', '2012-09-03']);
    expect(v.code, v.stdout).toBe(1);
    expect(v.stdout).toContain(`procedures/QT-HT-04.yaml:${line![1]}:1 error QMS032/merge-conflict`);
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const dir = copy('dry');
    const before = snapshot(dir);
    const r = runCli(['model', 'update', dir, '--to', '2.0.0', '--dry-run', '--date', '2015-05-04']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ghi đè\s+.*procedures\/QT-HT-04\.yaml/);
    expect(r.stdout).toMatch(/tạo mới\s+.*procedures\/QT-CT-05\.yaml/);
    expect(r.stderr).toContain('không ghi tệp nào');
    expect(snapshot(dir)).toEqual(before);
  });

  it('summarises a tree: which units are behind and by what; JSON for scripts', () => {
    const tree = join(tmp.dir, 'tree');
    cpSync(base, join(tree, 'xa-dai-mo'), { recursive: true });
    cpSync(base, join(tree, 'xa-tay-mo'), { recursive: true });
    expect(runCli(['model', 'update', join(tree, 'xa-tay-mo'), '--to', '2.0.0', '--date', '2015-05-04']).code).toBe(0);
    const r = runCli(['model', 'diff', tree, '--to', '2.0.0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/xa-dai-mo\s+xa\s+1\.0\.0\s+2\.0\.0\s+12\s/);
    expect(r.stdout).toMatch(/xa-tay-mo\s+xa\s+2\.0\.0\s+2\.0\.0\s+0\s/);
    expect(r.stdout).toContain('1/2 đơn vị chậm phiên bản (1 × 1.0.0)');
    const json = runCli(['model', 'diff', tree, '--format', 'json', '--to', '1.1.0']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.units.map((u: { dir: string; behind: boolean }) => [u.dir.split('/').pop(), u.behind])).toEqual([
      ['xa-dai-mo', true],
      ['xa-tay-mo', false],
    ]);
    expect(report.units[0]).toMatchObject({
      from: '1.0.0',
      to: '1.1.0',
      behind: true,
      versionsBehind: ['1.1.0'],
      inSync: false,
    });
    const marriage = report.units[0].documents.find((d: { file: string }) => d.file === 'procedures/QT-HT-04.yaml');
    expect(marriage.modelChanges).toEqual(
      expect.arrayContaining([
        { path: '/processingTime/value', label: 'processingTime.value', kind: 'changed', before: 5, after: 3 },
      ]),
    );
    expect(marriage.localChanges).toEqual([expect.objectContaining({ path: '/receiveReturn', class: 'localisation' })]);
  });

  it.each([
    [['model', 'diff', 'khong-co-thu-muc'], 'E_NO_INPUT'],
    [['model', 'update', 'BASE', '--date', '2015-13-01'], 'E_USAGE'],
    [['model', 'update', 'BASE', '--to', '9.9.9'], 'E_MODEL_VERSION'],
    [['model', 'update', 'BASE', '--date', '2012-01-01'], 'E_USAGE'],
  ])('exits 2 on usage and input errors: %j', (args, code) => {
    const r = runCli(args.map((a) => (a === 'BASE' ? base : a)));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(code);
  });

  it('speaks English with --lang en', () => {
    const r = runCli(['model', 'diff', base, '--lang', 'en', '--to', '1.1.0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 version(s) behind (1.1.0); drifted');
  });
});
