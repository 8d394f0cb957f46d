import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessUnit } from '../../src/core/readiness/assess-unit.js';
import { renderReadiness } from '../../src/core/readiness/render/index.js';
import { buildReadinessReport } from '../../src/core/readiness/report.js';
import { VERSION } from '../../src/cli/version.js';
import { repoRoot, runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-readiness-cli-');
afterAll(tmp.cleanup);

const AS_OF = ['--as-of', '2015-12-31'];
/** The built CLI in its own process (end to end, worker threads and all). */
const spawned = (args: string[]) => runCli(['readiness', ...args]);
/** The CLI in this process, one thread (fast). */
const r = (args: string[]) => runInProcess(['readiness', '--jobs', '1', ...args]);

describe('qms readiness examples/city', () => {
  const json = spawned(['examples/city', ...AS_OF, '--format', 'json', '--jobs', '2']);
  const report = JSON.parse(json.stdout);
  const by = Object.fromEntries(report.units.map((u: { id: string }) => [u.id, u]));

  it('the example units show different stages and scores, for reasons that name files', () => {
    expect(json.code).toBe(0);
    expect(by['huyen-thanh-tri']).toMatchObject({
      status: 'needs-maintenance',
      stage: 'maintenance',
      targetAchieved: true,
    });
    expect(by['xa-tam-hiep']).toMatchObject({
      status: 'announced',
      stage: 'maintenance',
      targetAchieved: true,
      score: 100,
    });
    // Advice only: TTLT 92/2008 (copy and signature certification fees, QT-CT-01, QT-CT-02) and TTLT 62/2013
    // (contract certification, QT-CT-04) were both replaced by TTLT 158/2015 on 30/11/2015, a month before, within
    // the re-issue grace; and the model's 2.4.0 release follows that change.
    expect(by['xa-tam-hiep'].blockers).toMatchObject([
      { code: 'legal-basis-current', key: '158/2015/TTLT-BTC-BTP', file: 'procedures/QT-CT-01.yaml' },
      { code: 'model-version', key: 'hanoi-qms@2.4.0', file: 'qms.yaml', severity: 'advice' },
      // The hộ tịch times and sections its model 2.1.0 could not check against the law (issue 12): advice, no points.
      { code: 'processing-time-unchecked', file: 'procedures/QT-HT-02.yaml', severity: 'advice', pointsLost: 0 },
      { code: 'content-unchecked', file: 'procedures/QT-HT-02.yaml', severity: 'advice', pointsLost: 0 },
    ]);
    expect(by['xa-vinh-quynh']).toMatchObject({ status: 'applying', stage: 'training' });
    expect(by['so-tu-phap']).toMatchObject({ status: 'applying', stage: 'training' });
    expect(by['so-tu-phap'].score).toBeLessThan(by['huyen-thanh-tri'].score);
    expect(by['huyen-thanh-tri'].score).toBeLessThan(by['xa-tam-hiep'].score);
    // Thanh Trì still follows model 1.0.0: its procedures cite QĐ 144/2006, replaced by QĐ 19/2014 on 18/05/2014.
    // (Since the register dates every change, the one-stop-shop decision QĐ 09/2015, cited by most procedures,
    // now ranks first.)
    expect(by['huyen-thanh-tri'].blockers[0]).toMatchObject({ code: 'legal-basis-current' });
    expect(by['huyen-thanh-tri'].blockers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'legal-basis-current', key: '19/2014/QĐ-TTg', file: 'procedures/QT-01.yaml' }),
      ]),
    );
    // Vĩnh Quỳnh started in 2015: no internal auditors trained, no audit, no review yet.
    expect(by['xa-vinh-quynh'].blockers[0]).toMatchObject({ code: 'training-auditors', file: 'qms.yaml' });
    expect(
      by['xa-vinh-quynh'].blockers.some(
        (b: { code: string; file: string }) => b.code === 'audit-procedures' && b.file === 'audits/DGNB-2015-01.yaml',
      ),
    ).toBe(true);
    // Sở Tư pháp: its last audit (2014) was partial and is now more than 12 months old; no management review.
    expect(by['so-tu-phap'].blockers.find((b: { code: string }) => b.code === 'audit-procedures').message.en).toMatch(
      /last: DGNB-2014-01/,
    );
    expect(
      by['so-tu-phap'].blockers.some(
        (b: { code: string; file: string }) => b.code === 'review-held' && b.file === 'reviews/2015-12-31.yaml',
      ),
    ).toBe(true);
    expect(report.rollup.districts[0]).toMatchObject({ id: 'huyen-thanh-tri', communes: { units: 2 } });
  });

  it('--as-of moves the unit through time and the regime with it', async () => {
    const early = JSON.parse((await r(['examples/city', '--as-of', '2013-12-31', '--format', 'json'])).stdout);
    const e = Object.fromEntries(early.units.map((u: { id: string }) => [u.id, u]));
    expect(early.regime.id).toBe('certification');
    expect(e['xa-vinh-quynh'].status).toBe('not-started');
    expect(e['huyen-thanh-tri'].targetAchieved).toBe(true);
    expect(e['xa-tam-hiep'].status).toBe('applying');
    expect(e['xa-tam-hiep'].blockers.some((b: { code: string }) => b.code === 'certificate')).toBe(true);
  });

  it('one unit: stages with evidence and ranked blockers, in Vietnamese by default', async () => {
    const one = await r(['examples/city/xa-vinh-quynh', ...AS_OF]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Trạng thái: đang áp dụng');
    expect(one.stdout).toMatch(/✓ 1\. Ban chỉ đạo ISO/);
    expect(one.stdout).toMatch(/✗ 2\. Đào tạo/);
    expect(one.stdout).toMatch(/1\. \[chặn\] qms\.yaml\n\s+chưa có khóa đào tạo chuyên gia đánh giá nội bộ/);
    const en = await r(['examples/city/xa-vinh-quynh', ...AS_OF, '--lang', 'en']);
    expect(en.stdout).toContain('Status: applying');
  });

  it('a tree in text (spawned): table, roll-up, indicators, common blockers', () => {
    const text = spawned(['examples/city', ...AS_OF]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^examples\/city\/xa-vinh-quynh\s+đang áp dụng\s+\d+/m);
    expect(text.stdout).toContain('Chỉ tiêu của chương trình');
    expect(text.stdout).toContain('Vướng mắc phổ biến');
    expect(text.stderr).toBe('');
  });

  it('--output writes atomically and refuses to replace a different file without --force', async () => {
    const out = join(tmp.dir, 'r.html');
    expect((await r(['examples/city', ...AS_OF, '-f', 'html', '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect((await r(['examples/city', ...AS_OF, '-f', 'html', '-o', out])).code).toBe(0); // same content: unchanged
    writeFileSync(out, 'x');
    const refused = await r(['examples/city', ...AS_OF, '-f', 'html', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('E_EXISTS');
    expect(readFileSync(out, 'utf8')).toBe('x');
    expect((await r(['examples/city', ...AS_OF, '-f', 'html', '-o', out, '--force'])).code).toBe(0);
  });

  it('shards (one thread) merge into the whole run (worker threads)', async () => {
    const s1 = join(tmp.dir, 's1.json');
    const s2 = join(tmp.dir, 's2.json');
    expect((await r(['examples/city', ...AS_OF, '--shard', '1/2', '-f', 'json', '-o', s1])).code).toBe(0);
    expect((await r(['examples/city', ...AS_OF, '--shard', '2/2', '-f', 'json', '-o', s2])).code).toBe(0);
    const merged = await r(['--merge', s1, s2, '-f', 'json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toEqual({ ...report, tool: JSON.parse(merged.stdout).tool });
    expect((await r(['--merge', s1, '--as-of', '2014-01-01'])).code).toBe(2);
  });

  // A tree's JSON is written unit by unit as the threads finish (stdout, or a spool file for --output):
  // the same bytes as the whole report made at once from each unit's whole result.
  it('--format json of a tree: the whole report byte for byte, on stdout (threads) and in an --output file', async () => {
    const dir = join(repoRoot, 'examples', 'city');
    const units = readdirSync(dir)
      .sort()
      .map((name) => assessUnit(join(dir, name), { asOf: '2015-12-31', shownAs: `examples/city/${name}` }));
    const whole = renderReadiness(buildReadinessReport(units, { version: VERSION, asOf: '2015-12-31' }), 'json', 'vi');
    expect(json.stdout).toBe(whole);
    const out = join(tmp.dir, 'tree.json');
    const written = await r(['examples/city', ...AS_OF, '-f', 'json', '-o', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(whole);
    // The spool becomes the file by the rules of every report: unchanged, kept unless --force.
    const again = await r(['examples/city', ...AS_OF, '-f', 'json', '-o', out]);
    expect([again.code, again.stderr]).toEqual([0, expect.stringContaining('không thay đổi')]);
    writeFileSync(out, 'mine\n');
    expect((await r(['examples/city', ...AS_OF, '-f', 'json', '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect((await r(['examples/city', ...AS_OF, '-f', 'json', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  it('exit codes: 1 under --fail-under, 2 for usage errors', async () => {
    expect((await r(['examples/city', ...AS_OF, '--fail-under', '56', '-f', 'csv'])).code).toBe(1);
    expect((await r(['examples/city', ...AS_OF, '--fail-under', '0', '-f', 'csv'])).code).toBe(0);
    expect((await r(['examples/city', '--as-of', '2014-02-30'])).code).toBe(2);
    expect((await r(['examples/city', '--format', 'pdf'])).code).toBe(2);
    expect((await r(['no/such/dir'])).code).toBe(2);
  });
});
