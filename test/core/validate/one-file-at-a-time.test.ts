import { afterAll, describe, expect, it } from 'vitest';
import { validateLoaded, validateUnit } from '../../../src/core/validate/index.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from './unit-builder.js';

afterAll(removeUnits);

// `validateUnit` reads a unit a few files at a time and lets them go (a 10,000-procedure unit is never
// held whole); build and readiness validate files they already hold (`validateLoaded`). Both must
// give the same diagnostics, also when the files that clash sit in different batches.
describe('validating a unit file by file', () => {
  it('gives what validating the loaded files gives, across batches of files', () => {
    const files = cleanUnit();
    const first = obj(files, 'procedures/QT-HT-01.yaml');
    for (let i = 2; i <= 80; i++) {
      const code = `QT-HT-${String(i).padStart(2, '0')}`;
      const copy = structuredClone(first);
      copy.code = code;
      copy.title = `${first.title} ${i}`;
      copy.forms = (copy.forms ?? []).map((f: { code: string }, j: number) => ({
        ...f,
        code: `BM-HT-${String(i).padStart(2, '0')}-${String(j + 1).padStart(2, '0')}`,
      }));
      files[`procedures/${code}.yaml`] = copy;
    }
    // Cross-file findings far apart: a code used twice (QMS012), a form code reused (QMS013), a role
    // given work but staffed by nobody (QMS016, in qms.yaml), a file that does not parse.
    obj(files, 'procedures/QT-HT-77.yaml').code = 'QT-HT-03';
    obj(files, 'procedures/QT-HT-79.yaml').forms[0].code = 'BM-HT-05-01';
    files['procedures/QT-HT-60.yaml'] = 'code: [unclosed\n';
    const dir = writeUnit(files);
    const options = { asOf: '2013-01-01', modelOverride: FIXTURE_MODEL };
    const streamed = validateUnit(dir, options);
    const loaded = validateLoaded(dir, loadUnit(dir).files, '2013-01-01', options);
    expect(streamed).toEqual(loaded);
    const rules = new Set(streamed.diagnostics.map((d) => d.rule));
    for (const rule of ['QMS002', 'QMS011', 'QMS012', 'QMS013']) expect(rules, rule).toContain(rule);
    const dup = streamed.diagnostics.find((d) => d.rule === 'QMS012')!;
    expect([dup.file, dup.path, dup.line]).toEqual(['procedures/QT-HT-77.yaml', '/code', 1]);
  });
});
