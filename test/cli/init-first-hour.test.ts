import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadModel } from '../../src/core/model/load-model.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-init-hour-');
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => join(tmp.dir, `u-${++n}`);
// A district (cấp huyện) can only be created with a date before 01/07/2025 (two-level local government):
// its roles come from the model in force then.
const BEFORE_2025 = ['--effective-date', '2024-12-31'];
const dated = (type: string) => (type === 'huyen' ? BEFORE_2025 : []);
const requiredRoles = (type: 'xa' | 'huyen' | 'so') =>
  loadModel('hanoi-qms', type === 'huyen' ? '3.1.0' : undefined)
    .unitTypes[type]!.roles.filter((r) => r.required)
    .map((r) => r.id);

describe('qms init: missing answers', () => {
  it.each(['xa', 'huyen', 'so'] as const)(
    'prints the full command for --type %s: every required --person',
    async (type) => {
      const r = await runInProcess(['init', fresh(), '--yes', '--type', type, ...dated(type)]);
      expect(r.code).toBe(2);
      for (const role of requiredRoles(type)) expect(r.stderr).toContain(`--person ${role}=`);
      expect(r.stderr.slice(r.stderr.indexOf('Cách xử lý'))).not.toContain('…'); // the example is whole
    },
  );

  it('prints a command that works as shown: the date in use, and no huyện above a commune after 01/07/2025', async () => {
    const dir = fresh();
    const r = await runInProcess(['init', dir, '--yes', '--type', 'xa', '--effective-date', '2026-01-05']);
    expect(r.code).toBe(2);
    const command = r.stderr.split('\n').find((l) => l.trim().startsWith('qms init '))!;
    expect(command).toContain('--effective-date 2026-01-05');
    expect(command).not.toContain('--parent');
    // Split as a shell would: words, with "…" quoting (also inside role="Họ và tên").
    const argv = [...command.trim().matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replace(/"/g, '')).slice(1);
    const ran = await runInProcess(argv);
    expect(ran.code, ran.stderr).toBe(0);
    expect(existsSync(join(dir, 'qms.yaml'))).toBe(true);
  });

  it('does not claim there is no terminal when the user chose --yes', async () => {
    const r = await runInProcess(['init', fresh(), '--yes', '--type', 'xa']);
    expect(r.stderr).not.toContain('không có terminal');
    expect(r.stderr).toContain('--yes');
  });
});

describe('qms init --print-answers', () => {
  it.each(['xa', 'huyen', 'so'] as const)(
    'prints an answers template for %s that init takes once filled',
    async (type) => {
      const r = await runInProcess(['init', '--print-answers', '--type', type, ...dated(type)]);
      expect(r.code, r.stderr).toBe(0);
      const template = parse(r.stdout) as { type: string; people: Record<string, string[]> };
      expect(template.type).toBe(type);
      for (const role of requiredRoles(type)) expect(Object.keys(template.people)).toContain(role);
      // Two-level local government: today's commune template asks for no huyện.
      if (type === 'xa') expect(r.stdout).not.toContain('huyện, ví dụ');
      // Unfilled, it is refused; filled in, it creates the unit.
      const file = join(tmp.dir, `answers-${type}.yaml`);
      writeFileSync(file, r.stdout);
      expect((await runInProcess(['init', fresh(), '--answers', file, '--yes'])).code).toBe(2);
      const filled = r.stdout
        .replace('name: ""', 'name: "UBND Thử"')
        .replace('  name: ""', '  name: "UBND huyện Từ Liêm"')
        .replace(/^( {2}[a-z-]+): \[\]/gm, '$1: [Nguyễn Văn An]');
      writeFileSync(file, filled);
      const dir = fresh();
      const init = await runInProcess(['init', dir, '--answers', file, '--yes']);
      expect(init.code, init.stderr).toBe(0);
      expect(existsSync(join(dir, 'qms.yaml'))).toBe(true);
    },
  );
});

describe('qms init: dates and names', () => {
  const base = (dir: string) => [
    'init',
    dir,
    '--yes',
    '--type',
    'so',
    '--name',
    'Sở Tư pháp',
    ...requiredRoles('so').flatMap((r) => ['--person', `${r}=Nguyễn Văn An`]),
  ];

  it('takes 15/07/2014 as a date, as an officer writes it', async () => {
    const dir = fresh();
    const r = await runInProcess([...base(dir), '--effective-date', '15/07/2014']);
    expect(r.code, r.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, '.qms-answers.yaml'), 'utf8')).effectiveDate).toBe('2014-07-15');
  });

  it('refuses a name with a line break, showing it escaped', async () => {
    const dir = fresh();
    const args = base(dir);
    args[args.indexOf('Sở Tư pháp')] = 'Sở Tư pháp\nrm -rf';
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
    expect(r.stderr).toContain('\\u000a');
    expect(r.stderr.split('\n').some((l) => l.startsWith('rm -rf'))).toBe(false);
    expect(existsSync(join(dir, 'qms.yaml'))).toBe(false);
  });

  it('refuses a person name with a control character', async () => {
    const dir = fresh();
    const r = await runInProcess([...base(dir), '--person', 'lanh-dao=Nguyễn\u0007An']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('\\u0007');
  });
});

describe('qms init --skip-existing inside a unit (the QMS026 hint)', () => {
  it('re-creates a deleted document from the unit’s own answers, without --yes or --answers (spawned)', async () => {
    const dir = fresh();
    const args = [
      'init',
      dir,
      '--yes',
      '--type',
      'so',
      '--name',
      'Sở Tư pháp',
      ...requiredRoles('so').flatMap((r) => ['--person', `${r}=Nguyễn Văn An`]),
      '--effective-date',
      '2012-06-01',
    ];
    expect((await runInProcess(args)).code).toBe(0);
    const policy = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    rmSync(join(dir, 'policy.yaml'));
    const r = runCli(['init', '--skip-existing'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe(policy);
  });
});

describe('qms init scaffolds a commented milestones block', () => {
  it('is in qms.yaml, commented (no data), and validates once uncommented', async () => {
    const dir = fresh();
    const r = await runInProcess([
      'init',
      dir,
      '--yes',
      '--type',
      'so',
      '--name',
      'Sở Tư pháp',
      ...requiredRoles('so').flatMap((role) => ['--person', `${role}=Nguyễn Văn An`]),
      '--effective-date',
      '2012-06-01',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = readFileSync(join(dir, 'qms.yaml'), 'utf8');
    expect(manifest).toMatch(/^# milestones:$/m);
    expect(manifest).toMatch(/^# {3}steeringCommittee:/m);
    expect((parse(manifest) as Record<string, unknown>).milestones).toBeUndefined();
    writeFileSync(join(dir, 'qms.yaml'), manifest.replace(/^# (milestones:| {2}.*)$/gm, '$1'));
    expect((parse(readFileSync(join(dir, 'qms.yaml'), 'utf8')) as { milestones: object }).milestones).toHaveProperty(
      'steeringCommittee',
    );
    const v = await runInProcess(['validate', dir, '--as-of', '2015-01-01']);
    expect(v.stdout).not.toContain('qms.yaml:');
  });

  it('readiness hints show the shape to fill in', async () => {
    const r = await runInProcess(['readiness', 'examples/city/xa-vinh-quynh', '--as-of', '2011-06-01', '-f', 'json']);
    const hints = JSON.stringify(JSON.parse(r.stdout).units[0].blockers);
    expect(hints).toContain('milestones.steeringCommittee');
    expect(hints).toMatch(/milestones\.steeringCommittee: \{ number: .*, date: /);
  });
});
