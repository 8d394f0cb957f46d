import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/run-cli.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

const PEOPLE: Record<string, string[]> = {
  xa: [
    'lanh-dao=Nguyễn Văn An',
    'pho-lanh-dao=Trần Thị Bình',
    'dai-dien-lanh-dao=Trần Thị Bình',
    'thu-ky-iso=Lê Văn Cường',
    'van-phong=Đỗ Thị Giang',
    'mot-cua=Phạm Thị Dung',
    'tu-phap-ho-tich=Hoàng Văn Em, Ngô Thị Phương',
    'dia-chinh-xay-dung=Vũ Văn Hải',
    'van-hoa-xa-hoi=Bùi Thị Lan',
    'tai-chinh-ke-toan=Đặng Văn Khoa',
  ],
  huyen: [
    'lanh-dao=Nguyễn Đức Thắng',
    'pho-lanh-dao=Lê Thị Hằng',
    'dai-dien-lanh-dao=Lê Thị Hằng',
    'thu-ky-iso=Phạm Quang Minh',
    'van-phong=Trịnh Văn Long',
    'mot-cua=Đinh Thị Mai',
    'phong-tu-phap=Cao Văn Nam',
    'phong-tnmt=Lý Thị Oanh',
    'phong-qldt=Tạ Văn Phúc',
    'phong-tckh=Mai Thị Quỳnh',
    'phong-ldtbxh=Hồ Văn Sơn',
    'phong-noi-vu=Lưu Thị Tâm',
  ],
  so: [
    'lanh-dao=Phan Văn Thành',
    'pho-lanh-dao=Dương Thị Uyên',
    'dai-dien-lanh-dao=Dương Thị Uyên',
    'thu-ky-iso=Kiều Văn Vinh',
    'van-phong=Lâm Thị Xuân',
    'mot-cua=Tô Văn Yên',
    'phong-hctp=Hà Thị Ánh',
    'phong-bttp=Chu Văn Bảo',
    'phong-lltp=Nghiêm Thị Cúc',
    'phong-kiem-soat-tthc=Quách Văn Dũng',
  ],
};
const NAMES = {
  xa: ['UBND xã Đại Mỗ', 'UBND huyện Từ Liêm'],
  huyen: ['UBND huyện Từ Liêm', undefined],
  so: ['Sở Tư pháp Hà Nội', undefined],
} as const;

function initArgs(type: 'xa' | 'huyen' | 'so', dir: string, extra: string[] = []): string[] {
  const [name, parent] = NAMES[type];
  return [
    'init',
    dir,
    '--yes',
    '--type',
    type,
    '--name',
    name,
    ...(parent ? ['--parent', parent] : []),
    ...PEOPLE[type].flatMap((p) => ['--person', p]),
    '--effective-date',
    '2012-06-01',
    ...extra,
  ];
}

const yamlOf = (path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' });

describe('qms init', () => {
  for (const type of ['xa', 'huyen', 'so'] as const) {
    it(`writes a complete ${type} unit with its own names, every file with a schema modeline`, () => {
      const dir = join(tmp.dir, type);
      const r = runCli(initArgs(type, dir));
      expect(r.stderr).toContain(NAMES[type][0]);
      expect(r.code).toBe(0);
      const manifest = yamlOf(join(dir, 'qms.yaml'));
      expect(manifest).toMatchObject({ name: NAMES[type][0], type, model: { id: 'hanoi-qms' } });
      const procedures = readdirSync(join(dir, 'procedures')).sort();
      for (const code of ['QT-01', 'QT-02', 'QT-03', 'QT-04', 'QT-05', 'QT-06', 'QT-07'])
        expect(procedures).toContain(`${code}.yaml`);
      const minimum = { xa: 20, huyen: 12, so: 5 }[type];
      expect(procedures.length).toBeGreaterThanOrEqual(7 + minimum);
      for (const file of [
        'policy.yaml',
        'manual.yaml',
        'objectives/2012.yaml',
        '.qms-answers.yaml',
        ...procedures.map((p) => `procedures/${p}`),
      ]) {
        const src = readFileSync(join(dir, file), 'utf8');
        expect(src.split('\n')[0]).toMatch(
          /^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/[a-z-]+\.schema\.json$/,
        );
        expect(src).toBe(src.normalize('NFC'));
        expect(src).not.toMatch(/\{\{|TODO|lorem/i);
      }
      const qt01 = yamlOf(join(dir, 'procedures/QT-01.yaml'));
      expect(qt01.approval.approved.name).toBe(PEOPLE[type][0].split('=')[1]);
      expect(qt01.approval.prepared.name).toBe(PEOPLE[type][3].split('=')[1]);
      expect(JSON.stringify(qt01)).toContain(NAMES[type][0].replace(/^UBND /, ''));
    });
  }

  it('takes the answers from a file and saves them in the unit for later updates', () => {
    const answers = join(tmp.dir, 'answers.yaml');
    writeFileSync(
      answers,
      [
        'type: xa',
        'name: UBND xã Tây Mỗ',
        'parent: { id: huyen-tu-liem, name: UBND huyện Từ Liêm }',
        'effectiveDate: "2013-01-15"',
        'groups: [ho-tich]',
        'people:',
        ...PEOPLE.xa.map(
          (p) =>
            `  ${p.split('=')[0]}: [${p
              .split('=')[1]
              .split(', ')
              .map((n) => JSON.stringify(n))
              .join(', ')}]`,
        ),
        '',
      ].join('\n'),
    );
    const dir = join(tmp.dir, 'xa-tay-mo');
    const r = runCli(['init', dir, '--answers', answers, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const saved = yamlOf(join(dir, '.qms-answers.yaml'));
    expect(saved).toMatchObject({
      id: 'xa-tay-mo',
      name: 'UBND xã Tây Mỗ',
      effectiveDate: '2013-01-15',
      groups: ['ho-tich'],
      model: { id: 'hanoi-qms' },
    });
    const manifest = yamlOf(join(dir, 'qms.yaml'));
    // Groups left out are excluded with a reason, so coverage stays explainable.
    expect(manifest.tthcExclusions.length).toBeGreaterThan(0);
    expect(manifest.tthcExclusions[0].reason).toMatch(/không giải quyết/);
    const codes = readdirSync(join(dir, 'procedures'));
    expect(codes.every((c) => /^QT-(HT-)?\d{2}\.yaml$/.test(c))).toBe(true);
  });

  it('never prompts without a terminal: missing answers exit 2 naming the flags, nothing written', () => {
    const dir = join(tmp.dir, 'no-tty');
    // A 2012 commune has a huyện above it (two-level local government came on 01/07/2025).
    const r = runCli(['init', dir, '--type', 'xa', '--name', 'UBND xã A', '--effective-date', '2012-06-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--parent/);
    expect(r.stderr).toMatch(/--person lanh-dao/);
    expect(r.stderr).toMatch(/qms init .* --yes/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dir)).toBe(false);
  });

  it.each(['2014-02-30', '2013-13-01', '30/02/2014'])(
    '--effective-date %s exits 2 naming the flag, nothing written',
    (date) => {
      const dir = join(tmp.dir, `bad-date-${date.replace(/\//g, '-')}`);
      const r = runCli(initArgs('xa', dir, ['--effective-date', date]));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--effective-date "');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(dir)).toBe(false);
    },
  );

  it('refuses a non-empty folder, and --skip-existing / --force behave', () => {
    const dir = join(tmp.dir, 'existing');
    mkdirSync(join(dir, 'procedures'), { recursive: true });
    writeFileSync(join(dir, 'procedures/QT-01.yaml'), '# bản sửa tay của đơn vị\n');
    const refused = runCli(initArgs('xa', dir));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force|--skip-existing/);
    expect(readdirSync(dir)).toEqual(['procedures']);

    const skipped = runCli(initArgs('xa', dir, ['--skip-existing']));
    expect(skipped.code).toBe(0);
    expect(readFileSync(join(dir, 'procedures/QT-01.yaml'), 'utf8')).toBe('# bản sửa tay của đơn vị\n');
    expect(existsSync(join(dir, 'procedures/QT-02.yaml'))).toBe(true);

    const forced = runCli(initArgs('xa', dir, ['--force']));
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'procedures/QT-01.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const dir = join(tmp.dir, 'dry');
    const r = runCli(initArgs('xa', dir, ['--dry-run']));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tạo mới\s+.*procedures\/QT-01\.yaml/);
    expect(r.stderr).toMatch(/không ghi tệp nào/);
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses an effective date before the first model release, naming it, and writes nothing', () => {
    const dir = join(tmp.dir, 'too-early');
    const args = initArgs('xa', dir).map((a) => (a === '2012-06-01' ? '2011-07-01' : a));
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2011-07-01');
    expect(r.stderr).toContain('2012-01-16');
    expect(existsSync(join(dir, 'qms.yaml'))).toBe(false);
  });

  it('gives the same bytes for the same answers', () => {
    const a = join(tmp.dir, 'same-a');
    const b = join(tmp.dir, 'same-b');
    expect(runCli(initArgs('huyen', a)).code).toBe(0);
    expect(runCli(initArgs('huyen', b)).code).toBe(0);
    for (const file of readdirSync(join(a, 'procedures'))) {
      expect(readFileSync(join(a, 'procedures', file))).toEqual(readFileSync(join(b, 'procedures', file)));
    }
  });
});

describe('qms new procedure', () => {
  it('adds a catalogue procedure with the unit’s current people, refusing to overwrite', () => {
    const dir = join(tmp.dir, 'new-unit');
    const answers = ['--groups', 'ho-tich'];
    expect(runCli(initArgs('xa', dir, answers)).code).toBe(0);
    const manifest = yamlOf(join(dir, 'qms.yaml'));
    const excluded: string = manifest.tthcExclusions[0].tthc;
    const before = readdirSync(join(dir, 'procedures'));
    const r = runCli(['new', 'procedure', excluded, '--unit', dir, '--effective-date', '2013-03-01']);
    expect(r.code, r.stderr).toBe(0);
    const created = readdirSync(join(dir, 'procedures')).filter((f) => !before.includes(f));
    expect(created).toHaveLength(1);
    const procedure = yamlOf(join(dir, 'procedures', created[0]));
    expect(procedure).toMatchObject({ issue: 1, effectiveDate: '2013-03-01', tthc: { id: excluded } });
    expect(r.stderr).toMatch(/tthcExclusions/);
    const again = runCli(['new', 'procedure', excluded, '--unit', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
  });

  it('--blank starts an empty procedure that is still complete in shape', () => {
    const dir = join(tmp.dir, 'new-unit');
    const r = runCli([
      'new',
      'procedure',
      '--blank',
      '--code',
      'QT-VP-01',
      '--title',
      'Quy trình tiếp nhận đơn thư',
      '--unit',
      dir,
      '--effective-date',
      '2013-03-01',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const procedure = yamlOf(join(dir, 'procedures/QT-VP-01.yaml'));
    expect(procedure).toMatchObject({ code: 'QT-VP-01', title: 'Quy trình tiếp nhận đơn thư', issue: 1 });
    expect(procedure.steps.length).toBe(1);
  });

  it('rejects a code that would escape the folder and an unknown TTHC', () => {
    const dir = join(tmp.dir, 'new-unit');
    expect(runCli(['new', 'procedure', '--blank', '--code', '../../x', '--title', 'x', '--unit', dir]).code).toBe(2);
    const unknown = runCli(['new', 'procedure', 'xa-khong-co', '--unit', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/qms model show/);
  });
});
