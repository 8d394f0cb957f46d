import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadModel } from '../../../src/core/model/load-model.js';
import { planInit } from '../../../src/core/scaffold/plan-init.js';
import type { Procedure } from '../../../src/core/unit/types.js';
import { successorsOf } from '../../../src/core/update/cross-line.js';
import { planCrossLine, type CrossOutcome } from '../../../src/core/update/plan-cross.js';
import { validateUnit } from '../../../src/core/validate/index.js';
import { applyPlan, planWrites } from '../../../src/core/write-files.js';
import { packageRoot } from '../../../src/core/paths.js';
import { answersFor, editFile, read } from '../model/unit-fixture.js';

/**
 * test/fixtures/transition/model: a 2008 line (2.0.0) and a 2015 line (3.0.0). In 3.0.0 t-khai-sinh carries
 * on under its id and also replaces t-khai-sinh-qua-han, t-ket-hon-2015 replaces t-ket-hon, t-chung-thuc is
 * new, t-hoa-giai is withdrawn (withdrawnTthc), t-giam-ho has no successor at all.
 */
const MODEL = join(packageRoot, 'test', 'fixtures', 'transition', 'model');
const DATE = '2026-12-03';
const root = mkdtempSync(join(tmpdir(), 'qms-cross-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A commune as `qms init` wrote it on the test model's 2008 line, in 2015. */
function commune(): string {
  const dir = join(root, `u${n++}`);
  const model = loadModel(MODEL, '2.0.0');
  applyPlan(planInit(dir, model, answersFor(model, 'xa', '2015-05-15'), 'refuse'));
  return dir;
}

const plan = (dir: string) =>
  planCrossLine(dir, { to: '3.0.0', model: MODEL, date: DATE, standard: 'TCVN ISO 9001:2015' });

/** Plan and write, as `qms transition --apply` does (without the manifest's transition record). */
function move(dir: string) {
  const p = plan(dir);
  applyPlan(planWrites(dir, p.files, 'overwrite'));
  return p;
}

/** Set a top-level field through the YAML document (comments and the rest kept). */
function setField(dir: string, relPath: string, key: string, value: string): void {
  const doc = parseDocument(read(dir, relPath));
  doc.set(key, value);
  writeFileSync(join(dir, relPath), doc.toString({ lineWidth: 0 }));
}

const outcome = (outcomes: CrossOutcome[], relPath: string) => outcomes.find((o) => o.relPath === relPath);
const procedure = (dir: string, relPath: string) => parse(read(dir, relPath)) as Procedure;

/** Every file's bytes and mtime, to prove a plan wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out.set(p, `${statSync(join(dir, p)).mtimeMs}:${readFileSync(join(dir, p), 'utf8')}`);
    }
  };
  walk('');
  return out;
}

describe('successors across model lines', () => {
  it('follows the same tthc.id first, then tthc.replaces', () => {
    const target = loadModel(MODEL, '3.0.0');
    const next = successorsOf(target, target.unitTypes.xa!);
    expect(Object.fromEntries(next)).toEqual({
      't-khai-sinh': 't-khai-sinh',
      't-ket-hon-2015': 't-ket-hon-2015',
      't-chung-thuc': 't-chung-thuc',
      't-khai-sinh-qua-han': 't-khai-sinh',
      't-ket-hon': 't-ket-hon-2015',
    });
  });
});

describe('planCrossLine: a 2008 unit re-issued on the 2015 line', () => {
  it('plans without writing anything (the dry run prints this plan)', () => {
    const dir = commune();
    const before = snapshot(dir);
    const p = plan(dir);
    expect(p.files.length).toBeGreaterThan(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('re-issues a procedure from its successor of the same TTHC id: new issue, effective on the transition date, content of 3.x', () => {
    const dir = commune();
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-HT-01.yaml')).toMatchObject({
      action: 'merge',
      issue: 2,
      tthcId: 't-khai-sinh',
    });
    const birth = procedure(dir, 'procedures/QT-HT-01.yaml');
    const model = loadModel(MODEL, '3.0.0').tthc.get('t-khai-sinh')!;
    expect(birth.issue).toBe(2);
    expect(birth.effectiveDate).toBe(DATE);
    expect(birth.approval.approved.date).toBe(DATE);
    expect(birth.legalBasis?.map((b) => b.number)).toEqual(model.legalBasis?.map((b) => b.number));
    expect(birth.revisions.at(-1)).toMatchObject({ issue: 2, date: DATE });
    expect(birth.revisions.at(-1)?.description).toMatch(
      /^Chuyển đổi sang TCVN ISO 9001:2015: ban hành lại theo mô hình test-cross phiên bản 3\.0\.0/,
    );
    // The system procedure follows the 3.x one too.
    const qt01 = procedure(dir, 'procedures/QT-01.yaml');
    expect(qt01).toMatchObject({ issue: 2, effectiveDate: DATE });
    expect(qt01.clause).toBe(loadModel(MODEL, '3.0.0').system.get('QT-01')!.clause);
  });

  it('re-issues a procedure from the 3.x TTHC that replaces it (tthc.replaces), keeping its file and code', () => {
    const dir = commune();
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-HT-04.yaml')).toMatchObject({
      action: 'merge',
      tthcId: 't-ket-hon-2015',
      replaced: 't-ket-hon',
    });
    const marriage = procedure(dir, 'procedures/QT-HT-04.yaml');
    expect(marriage.code).toBe('QT-HT-04');
    expect(marriage.tthc).toMatchObject({ id: 't-ket-hon-2015', replaces: ['t-ket-hon'] });
    expect(marriage.title).toBe(loadModel(MODEL, '3.0.0').tthc.get('t-ket-hon-2015')!.title);
    expect(marriage.revisions.at(-1)?.description).toContain('TTHC t-ket-hon được thay bằng t-ket-hon-2015');
    // No second file for the successor: its code in the model (QT-HT-20) is not created beside it.
    expect(p.files.map((f) => f.relPath)).not.toContain('procedures/QT-HT-20.yaml');
  });

  it('records a withdrawn TTHC in its file with the model’s reason, keeps the file, and validate no longer checks it against today’s law', () => {
    const dir = commune();
    const before = procedure(dir, 'procedures/QT-DD-01.yaml');
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-DD-01.yaml')).toMatchObject({
      action: 'withdraw',
      tthcId: 't-hoa-giai',
      withdrawal: {
        date: DATE,
        reason: 'Từ ngày 01/01/2019: TTHC của mô hình thử được chuyển cho cấp khác giải quyết.',
      },
    });
    const after = procedure(dir, 'procedures/QT-DD-01.yaml');
    expect(after.withdrawn).toMatchObject({ date: DATE, sources: [expect.stringContaining('Dữ liệu thử')] });
    // Withdrawn, not re-issued: the rest of the file is as it was.
    const { withdrawn: _, ...rest } = after;
    expect(rest).toEqual(before);
    // Before, its 2015 legal basis is stale by 2026 (QMS024); withdrawn, it is a record and is not checked.
    const fresh = commune();
    const diagnostics = (unit: string) =>
      validateUnit(unit, { asOf: DATE, modelOverride: MODEL }).diagnostics.filter(
        (d) => d.file === 'procedures/QT-DD-01.yaml' && (d.rule === 'QMS024' || d.rule === 'QMS028'),
      );
    expect(diagnostics(fresh).length).toBeGreaterThan(0);
    expect(diagnostics(dir)).toEqual([]);
  });

  it('withdraws an older procedure whose successor another procedure of the unit took (two TTHC merged into one)', () => {
    const dir = commune();
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-HT-02.yaml')).toMatchObject({
      action: 'withdraw',
      tthcId: 't-khai-sinh-qua-han',
    });
    expect(procedure(dir, 'procedures/QT-HT-02.yaml').withdrawn?.reason).toBe(
      'TTHC được thay bằng TTHC t-khai-sinh (quy trình QT-HT-01) theo mô hình test-cross phiên bản 3.0.0 (phát hành 2019-01-21).',
    );
  });

  it('keeps a procedure with neither successor nor withdrawal as it is, and reports it', () => {
    const dir = commune();
    const before = read(dir, 'procedures/QT-HT-10.yaml');
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-HT-10.yaml')).toMatchObject({ action: 'orphan', tthcId: 't-giam-ho' });
    expect(p.files.map((f) => f.relPath)).not.toContain('procedures/QT-HT-10.yaml');
    expect(read(dir, 'procedures/QT-HT-10.yaml')).toBe(before);
  });

  it('creates the 3.x TTHC the unit never had, keeps the manual, leaves the past objectives, records the version', () => {
    const dir = commune();
    const objectives = read(dir, 'objectives/2015.yaml');
    const manual = read(dir, 'manual.yaml');
    const p = move(dir);
    expect(outcome(p.outcomes, 'procedures/QT-CT-01.yaml')).toMatchObject({ action: 'create', issue: 1 });
    expect(procedure(dir, 'procedures/QT-CT-01.yaml')).toMatchObject({ effectiveDate: DATE, issue: 1 });
    expect(outcome(p.outcomes, 'manual.yaml')).toMatchObject({ action: 'keep' });
    expect(read(dir, 'manual.yaml')).toBe(manual);
    expect(read(dir, 'objectives/2015.yaml')).toBe(objectives);
    expect((parse(read(dir, 'qms.yaml')) as { model: { version: string } }).model.version).toBe('3.0.0');
    expect((parse(read(dir, '.qms-answers.yaml')) as { model: { version: string } }).model.version).toBe('3.0.0');
  });

  it('keeps the unit’s local edits: a local step and a changed desk survive; a field both changed is kept, marked and reported', () => {
    const dir = commune();
    editFile(
      dir,
      'procedures/QT-HT-01.yaml',
      'steps:\n',
      'steps:\n  # bước riêng của xã\n  - action: Nhắn tin báo người dân ngày trả kết quả.\n    role: mot-cua\n    local: true\n',
    );
    setField(dir, 'procedures/QT-HT-01.yaml', 'receiveReturn', 'Bộ phận một cửa, tầng 1 trụ sở UBND xã Đại Mỗ');
    // The purpose is the model's, and the 3.x model rewrites it: both changed, the unit's stays, marked.
    setField(dir, 'procedures/QT-HT-01.yaml', 'purpose', 'Mục đích do xã tự viết lại.');
    const p = move(dir);
    const o = outcome(p.outcomes, 'procedures/QT-HT-01.yaml')!;
    expect(o.conflicts.map((c) => c.label)).toEqual(['purpose']);
    expect(p.conflicts).toBe(1);
    const text = read(dir, 'procedures/QT-HT-01.yaml');
    expect(text).toContain('# bước riêng của xã');
    expect(text).toMatch(/# <<<<<<< đơn vị, purpose/);
    const after = parse(text) as Procedure;
    expect(after.purpose).toBe('Mục đích do xã tự viết lại.');
    expect(after.receiveReturn).toBe('Bộ phận một cửa, tầng 1 trụ sở UBND xã Đại Mỗ');
    expect(after.steps[0]).toMatchObject({ action: 'Nhắn tin báo người dân ngày trả kết quả.', local: true });
    expect(after.issue).toBe(2);
  });

  it('keeps a TTHC the unit excluded excluded under its successor’s id, instead of creating it', () => {
    const dir = commune();
    rmSync(join(dir, 'procedures', 'QT-HT-04.yaml'));
    const manifest = parseDocument(read(dir, 'qms.yaml'));
    manifest.set('tthcExclusions', [{ tthc: 't-ket-hon', reason: 'Xã không có thẩm quyền đăng ký kết hôn.' }]);
    writeFileSync(join(dir, 'qms.yaml'), manifest.toString());
    const p = plan(dir);
    expect(Object.fromEntries(p.exclusions)).toEqual({ 't-ket-hon': 't-ket-hon-2015' });
    expect(p.files.map((f) => f.relPath)).not.toContain('procedures/QT-HT-20.yaml');
    expect(p.diff.docs.find((d) => d.tthcId === 't-ket-hon-2015')?.status).toBe('excluded');
  });
});
