import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { labelOf } from '../../../src/core/merge/path.js';
import { diffUnit } from '../../../src/core/update/diff-unit.js';
import { planUpdate } from '../../../src/core/update/plan-update.js';
import { loadUnitState } from '../../../src/core/update/unit-state.js';
import { applyPlan } from '../../../src/core/write-files.js';
import { editFile, makeUnit, read } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-issued-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (options: Parameters<typeof makeUnit>[1] = {}) => makeUnit(join(root, `u${n++}`), options);
const numbers = (dir: string, relPath: string) =>
  (parse(read(dir, relPath), { schema: 'core' }) as { legalBasis: Array<{ number: string }> }).legalBasis.map(
    (l) => l.number,
  );
const controlled = (dir: string, to: string, relPath: string) =>
  diffUnit(loadUnitState(dir, { to }))
    .docs.find((d) => d.relPath === relPath)!
    .localChanges.filter((c) => c.class === 'controlled')
    .map((c) => labelOf(c.path));

describe('the merge base of each document is the model version it was issued from', () => {
  it('a 2012 procedure in a unit that follows 2.0.0 is merged from 1.0.0: its older law is not taken for a local edit', () => {
    // So-tu-phap's case: qms.yaml says 2.0.0, but the birth procedure is still the 2012 issue under 1.0.0
    // (Thông tư 97/2006/TT-BTC on the fee, which 2.0.0 replaced by 02/2014/TT-BTC).
    const dir = fresh();
    editFile(dir, 'qms.yaml', '  version: 1.0.0', '  version: 2.0.0');
    expect(numbers(dir, 'procedures/QT-HT-01.yaml')).toContain('97/2006/TT-BTC');
    expect(controlled(dir, '2.1.0', 'procedures/QT-HT-01.yaml')).toEqual([]);
    const update = planUpdate(dir, { date: '2015-06-01', to: '2.1.0' });
    expect(update.conflicts).toBe(0);
    applyPlan(update.plan);
    const after = numbers(dir, 'procedures/QT-HT-01.yaml');
    expect(after).toEqual(expect.arrayContaining(['02/2014/TT-BTC', '09/2015/QĐ-TTg']));
    expect(after).not.toContain('97/2006/TT-BTC');
    const data = parse(read(dir, 'procedures/QT-HT-01.yaml'), { schema: 'core' });
    expect(data.revisions.at(-1).description).toMatch(/bỏ .*97\/2006\/TT-BTC/);
  });

  it('a local edit of a document issued under an older version is still the unit’s, and kept', () => {
    const dir = fresh();
    editFile(dir, 'qms.yaml', '  version: 1.0.0', '  version: 2.0.0');
    editFile(dir, 'procedures/QT-HT-01.yaml', '    number: 97/2006/TT-BTC\n', '    number: 97/2006/TT-BTC # xã giữ\n');
    editFile(dir, 'procedures/QT-HT-01.yaml', 'processingTime:\n  value: ', 'processingTime:\n  value: 2 #');
    expect(controlled(dir, '2.1.0', 'procedures/QT-HT-01.yaml')).toEqual(['processingTime.value']);
  });

  it('a document corrected by hand to a newer version, its revision table still naming the older, is merged from the newer', () => {
    // Tam Hiệp's case: the commune followed 2.1.0 (QĐ 09/2015/QĐ-TTg) by editing its procedures, without a
    // revision entry: the text, not the revision table, says which version it matches.
    const dir = fresh({ version: '2.1.0', effectiveDate: '2015-06-01' });
    const relPath = 'procedures/QT-HT-01.yaml';
    editFile(dir, relPath, 'theo mô hình hanoi-qms phiên bản 2.1.0', 'theo mô hình hanoi-qms phiên bản 2.0.0');
    expect(numbers(dir, relPath)).toContain('09/2015/QĐ-TTg');
    expect(controlled(dir, '2.7.0', relPath)).toEqual([]);
    applyPlan(planUpdate(dir, { date: '2018-07-02', to: '2.7.0' }).plan);
    expect(numbers(dir, relPath)).not.toContain('93/2007/QĐ-TTg');
    expect(numbers(dir, relPath)).not.toContain('09/2015/QĐ-TTg');
  });
});
