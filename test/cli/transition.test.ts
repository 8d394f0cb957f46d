import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCatalogue } from '../../src/core/standard/catalogue.js';
import { modelsDir, packageRoot } from '../../src/core/paths.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A fresh copy of the 2008 example commune (certified 2013, announced 2014). */
function commune(name: string): string {
  const dir = join(tmp.dir, name);
  cpSync(join(packageRoot, 'examples', 'city', 'xa-tam-hiep'), dir, { recursive: true });
  return dir;
}

interface Analysis {
  from: string;
  to: string;
  clauses: Array<{ clause: string; status: string; from: string[]; evidence: string[]; scaffold?: string }>;
  noLongerRequired: Array<{ clause2008: string; unitDocument?: string }>;
  notApplicable: Array<{ clause: string; from: string }>;
}

describe('qms transition --to 2015', () => {
  it('reports the gaps by clause: the new requirements, the changed ones, what 2008 documents cover, what becomes optional', async () => {
    const dir = commune('report');
    const r = await runInProcess(['transition', dir, '--to', '2015', '--format', 'json', '--date', '2026-12-03']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect([a.from, a.to]).toEqual(['TCVN ISO 9001:2008', 'TCVN ISO 9001:2015']);
    const status = (c: string) => a.clauses.find((x) => x.clause === c)?.status;
    for (const c of ['4.1', '4.2', '6.1', '6.3', '7.1.6']) expect(status(c), c).toBe('new');
    for (const c of ['4.3', '4.4', '7.5.1']) expect(status(c), c).toBe('changed');
    // Every requirement clause of 2015 is in the report, once.
    const auditable = loadCatalogue('2015')
      .clauses.filter((c) => c.auditable)
      .map((c) => c.number);
    expect(a.clauses.map((c) => c.clause)).toEqual(auditable);
    // Internal audit 9.2 is answered by the unit's QT-03 (2008 clause 8.2.2).
    const audit = a.clauses.find((c) => c.clause === '9.2')!;
    expect(audit).toMatchObject({ status: 'covered', from: ['8.2.2'] });
    expect(audit.evidence).toContain('QT-03');
    expect(a.noLongerRequired.map((n) => n.clause2008)).toEqual([
      '4.2.3',
      '4.2.4',
      '8.2.2',
      '8.3',
      '8.5.2',
      '8.5.3',
      '4.2.2',
      '5.5.2',
    ]);
    expect(a.noLongerRequired.find((n) => n.clause2008 === '4.2.2')?.unitDocument).toBe('manual.yaml');
    expect(a.notApplicable).toEqual([
      expect.objectContaining({ clause: '8.3', from: '7.3' }),
      expect.objectContaining({ clause: '7.1.5.2', from: '7.6' }),
    ]);
  });

  it('prints the report as text, Markdown and DOCX', async () => {
    const dir = commune('formats');
    const t = await runInProcess(['transition', dir, '--to', '2015']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('UBND xã Tam Hiệp: TCVN ISO 9001:2008 → TCVN ISO 9001:2015');
    expect(t.stdout).toMatch(/6\.1\s+Yêu cầu mới\s+Hành động giải quyết rủi ro và cơ hội/);
    const md = await runInProcess(['transition', dir, '--to', '2015', '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('TRANSITION ANALYSIS TO ISO 9001:2015');
    expect(md.stdout).toMatch(/no longer required by iso 9001:2015/i);
    expect(md.stdout).toContain('qms transition');
    const out = join(tmp.dir, 'chuyen-doi.docx');
    const docx = await runInProcess(['transition', dir, '--to', '2015', '--output', out]);
    expect(docx.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('--apply --dry-run prints the plan and writes nothing', async () => {
    const dir = commune('dry');
    const before = readFileSync(join(dir, 'qms.yaml'), 'utf8');
    const qt01 = readFileSync(join(dir, 'procedures', 'QT-01.yaml'), 'utf8');
    const r = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tạo mới\s+.*context\.yaml/);
    expect(r.stdout).toMatch(/ghi đè\s+.*qms\.yaml/);
    // The procedures re-issued from the 3.x line are in the plan, and none is written.
    expect(r.stdout).toMatch(/ghi đè\s+.*procedures\/QT-01\.yaml/);
    expect(r.stderr).toContain('Chạy thử: UBND xã Tam Hiệp sẽ chuyển sang TCVN ISO 9001:2015 theo mô hình hanoi-qms');
    expect(existsSync(join(dir, 'context.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'qms.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'procedures', 'QT-01.yaml'), 'utf8')).toBe(qt01);
    // The same plan as JSON: what happens to each file.
    const j = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--dry-run', '--format', 'json']);
    expect(j.code).toBe(0);
    const report = JSON.parse(j.stdout) as {
      dryRun: boolean;
      to: { model: string };
      files: Array<{ file: string; action: string; issue?: number }>;
    };
    expect(report.dryRun).toBe(true);
    expect(report.files).toContainEqual(expect.objectContaining({ file: 'procedures/QT-01.yaml', action: 'merge' }));
    // Every TTHC of the commune has a 3.x successor or was merged into one (khai sinh quá hạn → khai sinh).
    expect(report.files.filter((f) => f.action === 'orphan')).toEqual([]);
    expect(report.files).toContainEqual(
      expect.objectContaining({ file: 'procedures/QT-HT-02.yaml', action: 'withdraw' }),
    );
    expect(readFileSync(join(dir, 'procedures', 'QT-01.yaml'), 'utf8')).toBe(qt01);
  });

  it('--apply scaffolds the 2015 documents, records the transition, keeps local files, and the unit validates clean on 2015', async () => {
    const dir = commune('apply');
    // A risk register the unit already started is not overwritten.
    const own = readFileSync(join(modelsDir, 'hanoi-qms', '3.2.0', 'documents', 'risks.yaml'), 'utf8');
    const risks = own
      .replace(/^# yaml-language-server.*$/m, '# yaml-language-server: $schema=../../../schemas/risks.schema.json')
      .replace(
        'title: Sổ đăng ký rủi ro và cơ hội',
        'title: Sổ đăng ký rủi ro và cơ hội của xã\nissue: 1\neffectiveDate: 2026-01-05',
      );
    writeFileSync(join(dir, 'risks.yaml'), risks);
    const r = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('giữ nguyên tệp đã có risks.yaml');
    expect(readFileSync(join(dir, 'risks.yaml'), 'utf8')).toBe(risks);
    const manifest = parse(readFileSync(join(dir, 'qms.yaml'), 'utf8')) as Record<string, unknown>;
    expect(manifest.standard).toBe('TCVN ISO 9001:2015');
    // The district ended on 01/07/2025: from then on a xã answers to the city, and its headers say so.
    expect(manifest.superior).toBe('UBND thành phố Hà Nội');
    expect(manifest.transition).toMatchObject({
      from: 'TCVN ISO 9001:2008',
      to: 'TCVN ISO 9001:2015',
      date: '2026-12-03',
    });
    expect((manifest.exclusions as Array<{ clause: string }>).map((e) => e.clause)).toEqual(['8.3', '7.1.5.2']);
    // The rest of qms.yaml is kept as written (the edit goes through the YAML document, not a rewrite).
    expect(readFileSync(join(dir, 'qms.yaml'), 'utf8')).toContain('  steeringCommittee:\n    number: 35/QĐ-UBND\n');
    const context = parse(readFileSync(join(dir, 'context.yaml'), 'utf8')) as { scope: { statement: string } };
    expect(context.scope.statement).toContain('UBND xã Tam Hiệp');
    // The 2015 documents are signed like every controlled document.
    expect((parse(readFileSync(join(dir, 'context.yaml'), 'utf8')) as { approval: unknown }).approval).toMatchObject({
      approved: { name: 'Nguyễn Đình Thành', date: '2026-12-03' },
    });
    // The procedures moved to the 3.x line: re-issued (issue + 1, effective on the transition date) where 3.x has
    // a successor, and the manifest and answers follow model 3.2.0.
    expect((manifest.model as { version: string }).version).toBe('3.2.0');
    const qt01 = parse(readFileSync(join(dir, 'procedures', 'QT-01.yaml'), 'utf8')) as Record<string, unknown>;
    expect(qt01).toMatchObject({ issue: 3, effectiveDate: '2026-12-03' });
    const birth = parse(readFileSync(join(dir, 'procedures', 'QT-HT-01.yaml'), 'utf8')) as {
      legalBasis: Array<{ number: string }>;
    };
    expect(birth.legalBasis.map((b) => b.number)).not.toContain('158/2005/NĐ-CP');
    // A TTHC the law merged into another is withdrawn (kept on file), naming its successor.
    expect(r.stderr).toMatch(/bãi bỏ .*QT-HT-02\.yaml .*xa-ht-khai-sinh \(quy trình QT-HT-01\)/);
    expect(r.stderr).toContain(', 0 chưa có quy trình mẫu 3.x, 0 xung đột.');
    expect(r.stderr).not.toContain('đơn vị tự ban hành lại');
    // The issue's "done when": after --apply, validate finds no error at all.
    const v = await runInProcess(['validate', dir, '--format', 'json', '--as-of', '2026-12-03']);
    const errors = (
      JSON.parse(v.stdout) as { units: Array<{ diagnostics: Array<{ rule: string; severity: string; file: string }> }> }
    ).units
      .flatMap((u) => u.diagnostics)
      .filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    // The checklist now covers every requirement clause of sections 4–10 of ISO 9001:2015.
    const c = await runInProcess(['checklist', dir, '--all', '--format', 'json']);
    const rows = (JSON.parse(c.stdout) as { groups: Array<{ rows: Array<{ clause: string }> }> }).groups.flatMap(
      (g) => g.rows,
    );
    const auditable = loadCatalogue('2015')
      .clauses.filter((x) => x.auditable)
      .map((x) => x.number);
    expect([...new Set(rows.map((x) => x.clause))].sort()).toEqual([...auditable].sort());
    // The unit's own QT-03 still says 8.2.2 (2008): its checklist asks the 2015 internal-audit questions (9.2).
    const qt03 = await runInProcess(['checklist', dir, '--process', 'QT-03', '--format', 'json']);
    const ids = (JSON.parse(qt03.stdout) as { groups: Array<{ rows: Array<{ id: string }> }> }).groups.flatMap((g) =>
      g.rows.map((r) => r.id),
    );
    expect(ids).toContain('QT-03/Q-9.2-01');
    expect(ids.filter((id) => id.startsWith('QT-03/Q-8.2.2-'))).toEqual([]);
    const plan = await runInProcess(['audit', 'plan', dir, '--year', '2027', '--format', 'json']);
    const coverage = (JSON.parse(plan.stdout) as { coverage: Array<{ clause: string; areas: string[] }> }).coverage;
    expect(coverage.find((c) => c.clause === '9.2')?.areas).toContain('QT-03');
    // Now on the 3.x line: model updates stay within it, and there is nothing newer than 3.2.0.
    const update = await runInProcess(['model', 'update', dir, '--dry-run']);
    expect(update.code).toBe(0);
    expect(update.stderr).toContain('3.2.0');
    // Done once: a second run has nothing to transition.
    const again = await runInProcess(['transition', dir, '--to', '2015']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã áp dụng TCVN ISO 9001:2015');
  });

  it('--apply restates the TTHC a unit does not handle against the 3.x catalogue instead of merging them into a conflict', async () => {
    // Vĩnh Quỳnh excluded nuôi con nuôi with its own reason; the 3.x catalogue has the TTHC, so the exclusion stays.
    const dir = join(tmp.dir, 'vinh-quynh');
    cpSync(join(packageRoot, 'examples', 'city', 'xa-vinh-quynh'), dir, { recursive: true });
    const r = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'qms.yaml'), 'utf8');
    expect(text).not.toContain('# <<<<<<<');
    const manifest = parse(text) as { tthcExclusions?: Array<{ tthc: string }> };
    expect((manifest.tthcExclusions ?? []).map((e) => e.tthc)).toContain('xa-ht-nuoi-con-nuoi');
    expect(existsSync(join(dir, 'procedures', 'QT-HT-16.yaml'))).toBe(false);
    const v = await runInProcess(['validate', dir, '--as-of', '2026-12-03']);
    expect(v.code, v.stdout).toBe(0);
  });

  it("--apply before 01/07/2025 keeps the district as the xã's superior body", async () => {
    const dir = commune('before-2025');
    const r = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2019-06-03']);
    expect(r.code, r.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'qms.yaml'), 'utf8')) as {
      superior: string;
      model: { version: string };
    };
    expect(manifest.model.version).toBe('3.0.0');
    expect(manifest.superior).toBe('UBND huyện Thanh Trì');
  });

  it('refuses another target standard', async () => {
    const r = await runInProcess(['transition', commune('bad'), '--to', '2008']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to 2015');
  });
});

describe('readiness on TCVN ISO 9001:2015', () => {
  interface Readiness {
    units: Array<{
      status: string;
      stage: string;
      parts: Array<{ group: string; points: number; max: number; label?: { vi: string } }>;
      blockers: Array<{ code: string; file?: string; path?: string }>;
      stages: Array<{ id: string; checks: Array<{ id: string; passed: boolean }> }>;
    }>;
  }
  const readiness = async (dir: string, asOf = '2026-12-03') =>
    JSON.parse((await runInProcess(['readiness', dir, '--as-of', asOf, '--format', 'json'])).stdout) as Readiness;
  const ward = join(packageRoot, 'examples', 'city', 'phuong-hoan-kiem');

  it('scores the example ward (model 3.2.0) by sections 4–10, with the stage evidence 2015 asks in sections 4 and 6', async () => {
    const [u] = (await readiness(ward, '2026-01-20')).units;
    expect(u.parts.map((p) => p.group)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(u.parts[0].label?.vi).toBe('4 Bối cảnh của tổ chức');
    const docs = u.stages.find((s) => s.id === 'documents')!;
    const ids = ['context', 'interested-parties', 'scope', 'process-map', 'risks', 'objectives', 'changes'];
    for (const id of ids) expect(docs.checks.find((c) => c.id === `iso2015-${id}`)?.passed, id).toBe(true);
    // Sections 4 and 6 are scored from them (no longer 0/0), full for this ward.
    const part = (g: string) => u.parts.find((p) => p.group === g)!;
    expect(part('4')).toMatchObject({ points: 15, max: 15 });
    expect(part('6')).toMatchObject({ points: 15, max: 15 });
    expect(u.status).toBe('applying');
    expect(u.blockers.map((b) => b.code)).not.toContain('documents-complete');
  });

  it('asks the ward to review its context and risks when a year has passed since', async () => {
    const [u] = (await readiness(ward)).units;
    const codes = u.blockers.map((b) => b.code);
    expect(codes).toContain('iso2015-context');
    expect(codes).toContain('iso2015-risks');
    const part = (g: string) => u.parts.find((p) => p.group === g)!;
    expect(part('4').points).toBeLessThan(15);
    expect(part('4').points).toBeGreaterThan(0);
  });

  it('before --apply the 2008 commune is cần chuyển đổi with qms transition first; after it, readiness is not blocked on the standard', async () => {
    const dir = commune('regime');
    const [before] = (await readiness(dir)).units;
    expect(before.status).toBe('needs-transition');
    expect(before.blockers[0].code).toBe('standard-current');
    await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
    const [after] = (await readiness(dir)).units;
    expect(after.status).not.toBe('needs-transition');
    expect(after.blockers.map((b) => b.code)).not.toContain('standard-current');
    // Its 2015 announcement is what stage 8 now asks for.
    expect(after.blockers.map((b) => b.code)).toContain('announcement');
  });

  it('finds what is wrong in the 2015 documents: a 2008 exclusion number, a loose procedure, no opportunity', async () => {
    const dir = commune('wrong-2015');
    await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
    const edit = <T>(file: string, change: (d: T) => void) => {
      const data = parse(readFileSync(join(dir, file), 'utf8')) as T;
      change(data);
      writeFileSync(join(dir, file), stringify(data));
    };
    // 7.3 was design in 2008; in 2015 it is awareness, which no unit may leave out.
    edit<{ exclusions: Array<{ clause: string; reason: string }> }>('qms.yaml', (m) =>
      m.exclusions.push({ clause: '7.3', reason: 'Không thiết kế sản phẩm' }),
    );
    edit<{ processes: Array<{ procedures?: string[]; next: string[] }> }>('process-map.yaml', (m) => {
      for (const p of m.processes) p.procedures = (p.procedures ?? []).filter((c) => c !== 'QT-03');
      m.processes[0].next.push('P-09');
    });
    edit<{ items: Array<{ kind: string }> }>('risks.yaml', (r) => (r.items = r.items.filter((i) => i.kind === 'risk')));
    const [u] = (await readiness(dir)).units;
    const docs = u.stages.find((s) => s.id === 'documents')!;
    const evidence = (id: string) => {
      const c = docs.checks.find((x) => x.id === id)!;
      expect(c.passed, id).toBe(false);
      return (c as unknown as { evidence: { vi: string } }).evidence.vi;
    };
    expect(evidence('iso2015-scope')).toContain('không áp dụng 7.3');
    expect(evidence('iso2015-process-map')).toContain('QT-03');
    expect(evidence('iso2015-process-map')).toContain('P-09');
    expect(evidence('iso2015-risks')).toBe('chưa xác định cơ hội');
    expect(u.blockers.find((b) => b.code === 'iso2015-scope')).toMatchObject({ file: 'qms.yaml', path: '/exclusions' });
  });

  it('after --apply, a commune without its risk register is told to write one', async () => {
    const dir = commune('no-risks');
    await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
    rmSync(join(dir, 'risks.yaml'));
    const [u] = (await readiness(dir)).units;
    expect(u.blockers.map((b) => b.code)).toContain('iso2015-risks');
  });
});

describe('a Sở after --apply: procedures issued under older model versions, and two withdrawn ones', () => {
  // Sở Tư pháp follows 2.0.0, but its QT-BT-01 is still the 2013 issue under 1.0.0 (Luật Công chứng 2006), and
  // its two foreign-element hộ tịch procedures left the Sở's competence on 01/01/2016 (withdrawnTthc in 3.x).
  const dir = join(tmp.dir, 'so-tu-phap');
  let apply: Awaited<ReturnType<typeof runInProcess>>;
  beforeAll(async () => {
    cpSync(join(packageRoot, 'examples', 'city', 'so-tu-phap'), dir, { recursive: true });
    apply = await runInProcess(['transition', dir, '--to', '2015', '--apply', '--date', '2026-12-03']);
  });

  it('merges each procedure from the model version it was issued under: the 2013 notary procedure loses its 2006 law', async () => {
    // Merged from 2.0.0, that older law looked like the Sở's own edit and was kept, and validate failed.
    expect(apply.code, apply.stderr).toBe(0);
    const notary = parse(readFileSync(join(dir, 'procedures', 'QT-BT-01.yaml'), 'utf8')) as {
      legalBasis: Array<{ number: string }>;
      revisions: Array<{ description: string }>;
    };
    expect(notary.legalBasis.map((b) => b.number)).not.toContain('82/2006/QH11');
    expect(notary.legalBasis.map((b) => b.number)).toContain('46/2024/QH15');
    expect(notary.revisions.at(-1)?.description).toMatch(/bỏ 82\/2006\/QH11/);
    const v = await runInProcess(['validate', dir, '--as-of', '2026-12-03']);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toContain(': 0 lỗi, 0 cảnh báo');
  });

  it('build does not issue a withdrawn procedure as current: the register lists it as bãi bỏ, with its date and reason', async () => {
    const out = join(tmp.dir, 'so-tu-phap-out');
    const r = await runInProcess(['build', dir, '--out', out, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/bãi bỏ: QT-HT-01 \(procedures\/QT-HT-01\.yaml\) đã bãi bỏ từ ngày 03\/12\/2026/);
    const built = readdirSync(join(out, 'md'));
    expect(built).toContain('QT-BT-01.md');
    // Neither the procedure nor its one-stop forms.
    expect(built.filter((f) => f.includes('QT-HT-0'))).toEqual([]);
    const register = readFileSync(join(out, 'md', 'BM-01-01.md'), 'utf8');
    const [current, obsolete] = register.split('## TÀI LIỆU ĐÃ BÃI BỎ (LƯU ĐỂ NHẬN BIẾT, KHÔNG ÁP DỤNG)');
    expect(current).toContain('| QT-BT-01 |');
    expect(current).not.toContain('QT-HT-0');
    expect(obsolete).toMatch(
      /\| 1 \| QT-HT-01 \| Quy trình đăng ký việc thay đổi, cải chính hộ tịch.*<br>Lý do: Từ ngày 01\/01\/2016: .*\| 02 \| 03\/12\/2026 \|/,
    );
    expect(obsolete).toMatch(
      /\| 2 \| QT-HT-02 \| Quy trình đăng ký kết hôn có yếu tố nước ngoài<br>Lý do: .*\| 03\/12\/2026 \|/,
    );
    // The laws the Sở applies are those of its procedures in force.
    expect(readFileSync(join(out, 'md', 'BM-01-03.md'), 'utf8')).not.toContain('QT-HT-0');
    // The 2013 decision issuing the documents is history: it listed them then.
    expect(readFileSync(join(out, 'md', 'QD-BHTL.md'), 'utf8')).toContain('QT-HT-01');
    // Asked for by code: nothing built, and the note says why (not "no such document").
    const only = await runInProcess(['build', dir, '--out', out, '--format', 'md', '--only', 'QT-HT-02']);
    expect(only.code, only.stderr).toBe(0);
    expect(only.stderr).toContain('bãi bỏ: QT-HT-02');
    expect(only.stderr).not.toContain('QT-HT-01');
  });

  it('checklists and the audit plan do not audit a withdrawn procedure; asked for one, the checklist says it was withdrawn', async () => {
    const one = await runInProcess(['checklist', dir, '--process', 'QT-HT-01']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('quy trình đã bãi bỏ của Sở Tư pháp thành phố Hà Nội: QT-HT-01 (từ ngày 03/12/2026)');
    const all = await runInProcess(['checklist', dir, '--all', '--format', 'json']);
    expect(all.code).toBe(0);
    expect(all.stdout).not.toContain('QT-HT-0');
    const plan = await runInProcess(['audit', 'plan', dir, '--year', '2027', '--format', 'json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('QT-BT-01');
    expect(plan.stdout).not.toContain('QT-HT-0');
  });

  it('readiness does not count a withdrawn procedure', async () => {
    const r = await runInProcess(['readiness', dir, '--as-of', '2026-12-05', '--format', 'json']);
    expect(r.stdout).toContain('QT-BT-01');
    expect(r.stdout).not.toContain('QT-HT-0');
  });
});
