import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from '../core/validate/unit-builder.js';
import { bin, runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';
import { parseXml } from '../diagnostics/xml.js';
import { junitSchemaErrors, sarifSchemaErrors } from '../helpers/consumers.js';

const tmp = tempDir('qms-validate-cli-');
let city: string;
let clean: string;
let broken: string;
let warned: string;

/** A small city: one clean unit, one with errors, one with a warning only; plus a symlink loop. */
beforeAll(() => {
  clean = writeUnit(cleanUnit());
  const b = cleanUnit();
  obj(b, 'procedures/QT-HT-01.yaml').steps[0].role = 'mot-cuaa';
  obj(b, 'policy.yaml').titel = 'x';
  broken = writeUnit(b);
  const w = cleanUnit();
  delete obj(w, 'procedures/QT-HT-01.yaml').steps[1].time;
  warned = writeUnit(w);
  city = join(tmp.dir, 'city');
  mkdirSync(join(city, 'quan-a'), { recursive: true });
  for (const [name, dir] of [
    ['xa-1', clean],
    ['xa-2', broken],
    ['xa-3', warned],
  ]) {
    spawnSync('cp', ['-r', dir, join(city, 'quan-a', name)]);
  }
  spawnSync('cp', ['-r', clean, join(city, 'xa-4')]);
  // Each copy its own unit id: one id in two folders is refused (E_DUP_UNIT).
  for (const rel of ['quan-a/xa-1', 'quan-a/xa-2', 'quan-a/xa-3', 'xa-4']) {
    const manifest = join(city, rel, 'qms.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^id: xa-thu$/m, `id: ${rel.replace(/^.*\//, '')}`));
  }
  symlinkSync('..', join(city, 'quan-a', 'loop'));
  cwd = process.cwd();
  process.chdir(tmp.dir);
});
let cwd: string;
afterAll(() => {
  process.chdir(cwd);
  tmp.cleanup();
  removeUnits();
});

const base = ['--model', FIXTURE_MODEL, '--as-of', '2013-01-01'];
/** In-process (fast); `spawned` runs the built CLI as a separate process, as a user would. */
const v = (args: string[], env: NodeJS.ProcessEnv = {}) => runInProcess(['validate', ...base, ...args], env);
const spawned = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['validate', ...base, ...args], { cwd: tmp.dir, env });

describe('qms validate (spawned)', () => {
  it('exit 0 on a clean unit, with a summary (spawned)', () => {
    const r = spawned([clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ .*\(UBND xã Thử\): đạt, 11 tệp/);
    expect(r.stderr).toBe('');
  });

  it('exit 1 on errors; lines are path:line:col severity id/alias message', async () => {
    const r = await v(['city/quan-a/xa-2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^city\/quan-a\/xa-2\/procedures\/QT-HT-01\.yaml:\d+:\d+ error QMS015\/step-role-exists vai trò "mot-cuaa"/m,
    );
    expect(r.stdout).toMatch(/^city\/quan-a\/xa-2\/policy\.yaml:\d+:1 error QMS003\/schema/m);
  });

  it('warnings pass unless --fail-on warning', async () => {
    expect((await v(['city/quan-a/xa-3'])).code).toBe(0);
    expect((await v(['city/quan-a/xa-3', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('a city tree: every unit at any depth, links skipped and listed, sorted', async () => {
    const r = await v(['city', '--jobs', '2']);
    expect(r.code).toBe(1);
    const units = [...r.stdout.matchAll(/^[✔✖⚠] (\S+)/gmu)].map((m) => m[1]);
    expect(units).toEqual(['city/quan-a/xa-1', 'city/quan-a/xa-2', 'city/quan-a/xa-3', 'city/xa-4']);
    expect(r.stdout).toContain('city/quan-a/loop: bỏ qua (liên kết tượng trưng)');
  });

  it('--jobs 1 and --jobs 3 give the same output', async () => {
    const one = await v(['city', '--json', '--jobs', '1']);
    const three = await v(['city', '--json', '--jobs', '3']);
    expect(one.stdout).toBe(three.stdout);
    expect(JSON.parse(one.stdout).summary.units).toBe(4);
  });

  it('shard 1/2 + shard 2/2, merged, equal the whole run (JSON)', async () => {
    const whole = await v(['city', '--json']);
    expect((await v(['city', '--shard', '1/2', '--json', '-o', 's1.json'])).code).toBe(0);
    await v(['city', '--shard', '2/2', '--json', '-o', 's2.json']);
    const s1 = JSON.parse(readFileSync(join(tmp.dir, 's1.json'), 'utf8'));
    expect(s1.units.map((u: { dir: string }) => u.dir)).toEqual(['city/quan-a/xa-1', 'city/quan-a/xa-3']);
    const merged = await runInProcess(['validate', '--merge', 's1.json', 's2.json', '--json']);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.code).toBe(1);
  });

  it('a single file: only its diagnostics', async () => {
    const r = await v(['city/quan-a/xa-2/policy.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policy.yaml');
    expect(r.stdout).not.toContain('QT-HT-01.yaml');
  });

  it('several formats to files and stdout; junit and sarif parse back', async () => {
    const r = await v(['city', '-f', 'junit', '-o', 'out.xml', '-f', 'sarif', '-o', 'out.sarif', '-f', 'github']);
    expect(r.code).toBe(1);
    expect(parseXml(readFileSync(join(tmp.dir, 'out.xml'), 'utf8')).name).toBe('testsuites');
    const sarif = JSON.parse(readFileSync(join(tmp.dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(await junitSchemaErrors(readFileSync(join(tmp.dir, 'out.xml'), 'utf8'))).toEqual([]);
    expect(r.stdout).toMatch(
      /^::error file=city\/quan-a\/xa-2\/procedures\/QT-HT-01\.yaml,line=\d+,col=\d+,title=QMS015\/step-role-exists::/m,
    );
  });

  it('no escape codes without a terminal, even without NO_COLOR (spawned)', () => {
    const r = spawned(['city'], { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(r.stdout + r.stderr).not.toMatch(/\u001b/); // eslint-disable-line no-control-regex
  });

  it('--lang en', async () => {
    const r = await v(['city/quan-a/xa-2', '--lang', 'en']);
    expect(r.stdout).toMatch(/error QMS015\/step-role-exists role "mot-cuaa" is not declared in qms\.yaml/);
    expect(r.stdout).toMatch(/^ {4}hint: /m);
  });

  it('--quiet prints only problems', async () => {
    const r = await v(['city', '--quiet']);
    expect(r.stdout).not.toMatch(/Tổng|✔/);
    expect(r.stdout).toMatch(/QMS015/);
  });

  it('--cache: the second run reuses results, stores nothing in the units', async () => {
    const listing = () => JSON.stringify(readdirSync(join(tmp.dir, 'city'), { recursive: true }).map(String).sort());
    const before = listing();
    const loc = join(tmp.dir, 'cache');
    const first = await v(['city', '--cache', '--cache-location', loc, '--json']);
    const second = await v(['city', '--cache', '--cache-location', loc, '--json']);
    expect(second.stdout).toBe(first.stdout);
    expect(existsSync(join(loc, 'validate-cache.json'))).toBe(true);
    expect(listing()).toBe(before);
    // A changed file invalidates its unit's entry: the new problem is reported.
    const policy = join(tmp.dir, 'city', 'xa-4', 'policy.yaml');
    const original = readFileSync(policy, 'utf8');
    writeFileSync(policy, original.replace('statement:', 'statment:'));
    const third = await v(['city', '--cache', '--cache-location', loc, '--json']);
    writeFileSync(policy, original);
    expect(third.stdout).toMatch(/"file": "policy.yaml",\s+"path": "\/statment"/);
    expect((await v(['city', '--cache', '--cache-location', loc, '--json'])).stdout).toBe(first.stdout);
    expect((await v(['city', '--cache', '--cache-location', 'city/xa-4/cache'])).code).toBe(2);
  });

  it.each([
    [['does-not-exist'], /E_NO_INPUT/],
    [[join('city', 'quan-a', 'loop', 'nothing')], /E_NO_INPUT/],
    [['--format', 'xml', 'city'], /E_USAGE/],
    [['--shard', '3/2', 'city'], /E_USAGE/],
    [['--as-of', '2013-02-30', 'city'], /E_USAGE/],
    [['--jobs', '0', 'city'], /E_USAGE/],
    [['--bogus', 'city'], /E_USAGE: tùy chọn không có: --bogus/],
    [['city', '--json', '-o', 'no/such/folder/r.json'], /E_WRITE/],
  ])('exit 2: %j', async (args, message) => {
    const r = await v(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 from the built CLI, one line, no stack (spawned)', () => {
    const r = spawned(['does-not-exist']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(spawned(['--bogus']).code).toBe(2);
  });

  it('exit 2 when no unit is found under the paths', async () => {
    mkdirSync(join(tmp.dir, 'empty'), { recursive: true });
    const r = await v(['empty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_NO_UNIT.*không tìm thấy đơn vị nào/);
  });

  it('exit 2 on a bad merge input', async () => {
    const r = await runInProcess(['validate', '--merge', join(clean, 'qms.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_MERGE_INPUT/);
  });

  it('| head is not an error', () => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${bin}" validate city ${base.join(' ')} --show-waived | head -1`],
      { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, CI: '1' } },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

describe('qms rules', () => {
  it('text, markdown and json catalogues', async () => {
    const text = await runInProcess(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^QMS017 +step-time-within-legal +7\.5\.1 +lỗi/m);
    const md = await runInProcess(['rules', '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain('| [QMS024](docs/rules/QMS024.md) | `legal-basis-current` | 7.2.1 | error |');
    const json = JSON.parse((await runInProcess(['rules', '--format', 'json'])).stdout);
    expect(json.length).toBeGreaterThanOrEqual(25);
    expect(json[0]).toMatchObject({ id: 'QMS001', alias: 'file-readable', docs: 'docs/rules/QMS001.md' });
  });
});
