import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QmsError } from '../../../src/core/errors.js';
import { labelOf } from '../../../src/core/merge/path.js';
import { diffUnit } from '../../../src/core/update/diff-unit.js';
import { planUpdate } from '../../../src/core/update/plan-update.js';
import { loadUnitState } from '../../../src/core/update/unit-state.js';
import { applyPlan } from '../../../src/core/write-files.js';
import { editFile, makeUnit, read } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-model-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** The code and Vietnamese message of the QmsError `run` throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof QmsError) return `${error.code}: ${error.text.vi}`;
    throw error;
  }
  return 'no error';
}
const fresh = (options: Parameters<typeof makeUnit>[1] = {}) => makeUnit(join(root, `u${n++}`), options);

/** Localisation everywhere an officer would put it, and one edit of a field the model controls. */
function localise(dir: string): void {
  editFile(
    dir,
    'procedures/QT-HT-04.yaml',
    'receiveReturn: Bộ phận tiếp nhận và trả kết quả, UBND xã Đại Mỗ',
    'receiveReturn: Bộ phận tiếp nhận và trả kết quả, UBND xã Đại Mỗ (tầng 1, số 8 đường Đại Mỗ) # địa chỉ mới',
  );
  editFile(
    dir,
    'procedures/QT-HT-04.yaml',
    '    output: Giấy chứng nhận kết hôn đã ký\n',
    '    output: Giấy chứng nhận kết hôn đã ký\n  # bước riêng của xã\n  - action: Gọi điện báo hai bên ngày trao Giấy chứng nhận kết hôn.\n    role: mot-cua\n    local: true\n',
  );
  editFile(
    dir,
    'procedures/QT-HT-01.yaml',
    '    role: mot-cua\n    time:\n      value: 0.5\n      unit: hour\n    forms:\n      - BM-HT-01-02',
    '    role: van-phong\n    time:\n      value: 0.5\n      unit: hour\n    forms:\n      - BM-HT-01-02',
  );
  // The commune writes down the amount the city's HĐND set, which the model leaves out: a model-controlled field.
  editFile(dir, 'procedures/QT-HT-14.yaml', '    per: bản\n', '    amount: 3000\n    per: bản\n');
}

describe('qms model diff: field by field, localisation told apart from edits of model-controlled fields', () => {
  it('classifies the unit’s own changes and lists the model’s', () => {
    const dir = fresh();
    localise(dir);
    const diff = diffUnit(loadUnitState(dir, { to: '2.0.0' }));
    expect(diff).toMatchObject({ from: '1.0.0', to: '2.0.0', behind: true, inSync: false });
    expect(diff.steps[0]).toBe('1.1.0');
    expect(diff.steps.at(-1)).toBe('2.0.0');
    const local = diff.docs.flatMap((d) => d.localChanges.map((c) => [d.relPath, labelOf(c.path), c.class]));
    expect(local).toEqual(
      expect.arrayContaining([
        ['procedures/QT-HT-04.yaml', 'receiveReturn', 'localisation'],
        ['procedures/QT-HT-04.yaml', 'steps[Gọi điện báo hai bên ngày trao Giấy chứ…]', 'localisation'],
        ['procedures/QT-HT-01.yaml', 'steps[Tiếp nhận, kiểm tra hồ sơ và giấy tờ xu…].role', 'localisation'],
        ['procedures/QT-HT-14.yaml', 'fees[Lệ phí cấp Giấy xác nhận tình trạng hôn…].amount', 'controlled'],
      ]),
    );
    expect(diff.counts.controlled).toBe(1);
    const marriage = diff.docs.find((d) => d.relPath === 'procedures/QT-HT-04.yaml')!;
    expect(marriage.modelChanges.map((c) => [c.kind, labelOf(c.path)])).toEqual(
      expect.arrayContaining([
        ['changed', 'processingTime.value'],
        ['added', 'legalBasis[06/2012/NĐ-CP]'],
        ['removed', 'legalBasis[22/2000/QH10]'],
      ]),
    );
    expect(diff.docs.find((d) => d.tthcId === 'xa-ct-diem-chi')?.status).toBe('abolished');
    expect(diff.docs.find((d) => d.tthcId === 'xa-ct-di-chuc')?.status).toBe('new');
  });

  it('is in sync at the version the unit follows when it only localised', () => {
    const dir = fresh();
    localise(dir);
    expect(diffUnit(loadUnitState(dir, { to: '1.0.0' })).inSync).toBe(false); // the fee edit is drift
    editFile(dir, 'procedures/QT-HT-14.yaml', '    amount: 3000\n', '');
    const diff = diffUnit(loadUnitState(dir, { to: '1.0.0' }));
    expect(diff.inSync).toBe(true);
    expect(diff.counts).toMatchObject({ modelChanges: 0, controlled: 0 });
    expect(diff.counts.localisation).toBeGreaterThanOrEqual(3);
  });
});

describe('qms model update (planned in process)', () => {
  it('takes the model changes, keeps the local edits and comments, re-issues what changed', () => {
    const dir = fresh();
    localise(dir);
    const before = read(dir, 'procedures/QT-HT-04.yaml');
    const update = planUpdate(dir, { date: '2012-09-03', to: '1.1.0' });
    expect(update.conflicts).toBe(0);
    expect(read(dir, 'procedures/QT-HT-04.yaml')).toBe(before); // planning writes nothing
    applyPlan(update.plan);
    const text = read(dir, 'procedures/QT-HT-04.yaml');
    const data = parse(text, { schema: 'core' });
    expect(data.processingTime.value).toBe(3);
    expect(data.legalBasis.map((l: { number: string }) => l.number)).toContain('06/2012/NĐ-CP');
    expect(text).toContain('(tầng 1, số 8 đường Đại Mỗ) # địa chỉ mới');
    expect(text).toContain('  # bước riêng của xã\n  - action: Gọi điện báo hai bên');
    expect(data).toMatchObject({ issue: 2, effectiveDate: '2012-09-03' });
    expect(data.approval.approved.date).toBe('2012-09-03');
    expect(data.revisions.at(-1)).toMatchObject({ issue: 2, date: '2012-09-03', pages: 'Mục 5.1, 5.4, 5.7, 5.8' });
    expect(data.revisions.at(-1).description).toMatch(
      /^Cập nhật theo mô hình hanoi-qms phiên bản 1\.1\.0 \(phát hành 2012-04-16\): cơ sở pháp lý \(bổ sung 06\/2012\/NĐ-CP\).*thời hạn giải quyết 05 ngày → 03 ngày làm việc/,
    );
    // Untouched by the model: not re-issued, byte for byte the same.
    expect(parse(read(dir, 'procedures/QT-HT-01.yaml'), { schema: 'core' }).issue).toBe(1);
    expect(parse(read(dir, 'qms.yaml'), { schema: 'core' }).model.version).toBe('1.1.0');
    expect(parse(read(dir, '.qms-answers.yaml'), { schema: 'core' }).model.version).toBe('1.1.0');
    expect(diffUnit(loadUnitState(dir, { to: '1.1.0' })).counts).toMatchObject({
      modelChanges: 0,
      controlled: 1,
      conflicts: 0,
    });
  });

  it('leaves a conflict marked beside the field, keeps the unit’s value and reports it', () => {
    const dir = fresh();
    editFile(
      dir,
      'procedures/QT-HT-04.yaml',
      'processingTime:\n  value: 5\n',
      'processingTime:\n  value: 4 # xã rút ngắn\n',
    );
    const update = planUpdate(dir, { date: '2012-09-03', to: '1.1.0' });
    expect(update.conflicts).toBe(1);
    const outcome = update.outcomes.find((o) => o.relPath === 'procedures/QT-HT-04.yaml')!;
    expect(outcome.conflicts).toMatchObject([
      { label: 'processingTime.value', kind: 'both-changed', base: 5, ours: 4, theirs: 3 },
    ]);
    applyPlan(update.plan);
    const text = read(dir, 'procedures/QT-HT-04.yaml');
    const lines = text.split('\n');
    expect(lines[outcome.conflicts[0].line! - 1]).toMatch(/^ {2}# <<<<<<< đơn vị, processingTime\.value:/);
    expect(text).toMatch(
      / {2}# value: 4\n {2}# \|\|\|\|\|\|\| mô hình hanoi-qms 1\.0\.0 \(gốc\)\n {2}# value: 5\n {2}# ======= mô hình hanoi-qms 1\.1\.0\n {2}# value: 3\n {2}# >>>>>>> .*\n {2}value: 4 # xã rút ngắn\n/,
    );
    const data = parse(text, { schema: 'core' });
    expect(data.processingTime.value).toBe(4);
    expect(data.steps[1].time.value).toBe(1.5); // the rest of the model change is in
    const after = diffUnit(loadUnitState(dir, { to: '1.1.0' }));
    expect(after.inSync).toBe(false);
    expect(after.markers).toEqual([{ relPath: 'procedures/QT-HT-04.yaml', line: outcome.conflicts[0].line }]);
    expect(failure(() => planUpdate(dir, { date: '2015-05-04' }))).toMatch(
      /^E_CONFLICT_MARKERS: còn 1 khối xung đột chưa xử lý/,
    );
  });

  it('creates added TTHC procedures, flags abolished ones without deleting them, and refuses dates going back', () => {
    const dir = fresh({ groups: ['chung-thuc'] });
    expect(failure(() => planUpdate(dir, { date: '2015-04-01', to: '2.0.0' }))).toBe(
      'E_USAGE: --date 2015-04-01 sớm hơn ngày phát hành mô hình hanoi-qms 2.0.0 (2015-04-20)',
    );
    const update = planUpdate(dir, { date: '2015-05-04', to: '2.0.0' });
    expect(update.outcomes.map((o) => [o.relPath, o.action])).toEqual(
      expect.arrayContaining([
        ['procedures/QT-CT-05.yaml', 'create'],
        ['procedures/QT-CT-03.yaml', 'flag'],
        ['procedures/QT-CT-01.yaml', 'merge'],
      ]),
    );
    applyPlan(update.plan);
    const created = parse(read(dir, 'procedures/QT-CT-05.yaml'), { schema: 'core' });
    expect(created).toMatchObject({
      code: 'QT-CT-05',
      issue: 1,
      effectiveDate: '2015-05-04',
      tthc: { id: 'xa-ct-di-chuc' },
    });
    expect(created.revisions[0].description).toContain('hanoi-qms phiên bản 2.0.0');
    const abolished = read(dir, 'procedures/QT-CT-03.yaml');
    expect(abolished.split('\n')[1]).toMatch(
      /^# BÃI BỎ: TTHC "xa-ct-diem-chi" không còn trong danh mục xa của mô hình hanoi-qms 2\.0\.0/,
    );
    expect(parse(abolished, { schema: 'core' }).issue).toBe(1);
    const again = planUpdate(dir, { date: '2015-06-01', to: '2.0.0' });
    expect(again.upToDate).toBe(true);
    expect(again.plan.entries).toEqual([]);
  });
});
