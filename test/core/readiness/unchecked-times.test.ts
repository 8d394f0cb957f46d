import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { editFile, makeUnit } from '../model/unit-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-unchecked-time-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readiness and a processing time not checked against the law', () => {
  it('advises (never blocks) to check each unchecked time before issuing, naming the procedures', () => {
    // Model 2.5.0 could not verify the re-registration of a death (NĐ 123/2015 Điều 28): QT-HT-08.
    const dir = makeUnit(mkdtempSync(join(root, 'xa-')), { type: 'xa', version: '2.5.0', effectiveDate: '2016-03-01' });
    const advice = assessUnit(dir, { asOf: '2016-03-01' }).blockers.filter(
      (b) => b.code === 'processing-time-unchecked',
    );
    expect(advice).toHaveLength(1);
    expect(advice[0].severity).toBe('advice');
    expect(advice[0].file).toBe('procedures/QT-HT-08.yaml');
    expect(advice[0].message.vi).toContain('chưa được đối chiếu với văn bản quy phạm pháp luật');
    expect(advice[0].message.vi).toContain('QT-HT-08');

    // Once the officer has checked it and cleared the mark, the advice is gone.
    editFile(dir, 'procedures/QT-HT-08.yaml', '  verified: false\n', '');
    expect(assessUnit(dir, { asOf: '2016-03-01' }).blockers.some((b) => b.code === 'processing-time-unchecked')).toBe(
      false,
    );
  });
});
