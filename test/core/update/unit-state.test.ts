import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QmsError } from '../../../src/core/errors.js';
import { diffUnit } from '../../../src/core/update/diff-unit.js';
import { readOurs } from '../../../src/core/update/plan-update.js';
import { loadUnitState } from '../../../src/core/update/unit-state.js';
import { editFile, makeUnit, read } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-unit-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => makeUnit(join(root, `u${n++}`));

/** A procedure of the unit's own (no TTHC of the model), with an earlier update's conflict block left in it. */
function ownProcedureWithMarker(dir: string): void {
  const source = read(dir, 'procedures/QT-HT-04.yaml')
    .replace(/^code: QT-HT-04$/m, 'code: QT-HT-98')
    .replace(/^ {2}id: (.*)$/m, '  id: xa-rieng-cua-don-vi')
    .replace(/^title: (.*)$/m, '# <<<<<<< đơn vị, title: giữ nguyên\n# >>>>>>> mô hình\ntitle: $1');
  writeFileSync(join(dir, 'procedures/QT-HT-98.yaml'), source);
}

describe('loadUnitState: a unit read one file at a time', () => {
  it('finds conflict markers in every procedure, the unit’s own included, and keeps only the model’s documents', () => {
    const dir = fresh();
    ownProcedureWithMarker(dir);
    const state = loadUnitState(dir, { to: '1.1.0' });
    expect(state.markers).toEqual([{ relPath: 'procedures/QT-HT-98.yaml', line: 3 }]);
    expect(state.files).toContain('procedures/QT-HT-98.yaml');
    expect([...state.oursDocs.values()].map((d) => d.relPath)).not.toContain('procedures/QT-HT-98.yaml');
    expect(diffUnit(state).inSync).toBe(false);
  });

  it('reads again a file the update edits, and refuses one that changed after the comparison', () => {
    const dir = fresh();
    const state = loadUnitState(dir, { to: '1.1.0' });
    const before = read(dir, 'procedures/QT-HT-04.yaml');
    expect(readOurs(state, 'procedures/QT-HT-04.yaml').source).toBe(before);
    // A comment is no change of the data: the file is still the one compared.
    editFile(dir, 'procedures/QT-HT-04.yaml', '\ntitle:', '\n# ghi chú của xã\ntitle:');
    expect(readOurs(state, 'procedures/QT-HT-04.yaml').source).toContain('# ghi chú của xã');
    editFile(dir, 'procedures/QT-HT-04.yaml', '\ntitle: ', '\ntitle: Sửa: ');
    expect(() => readOurs(state, 'procedures/QT-HT-04.yaml')).toThrow(QmsError);
    expect(() => readOurs(state, 'procedures/QT-HT-04.yaml')).toThrow(/changed meanwhile|vừa thay đổi/);
  });
});
