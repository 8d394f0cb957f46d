import { afterAll, describe, expect, it } from 'vitest';
import { validateUnit } from '../../../src/core/validate/index.js';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from './unit-builder.js';

afterAll(removeUnits);

function unknownFields(mutate: (files: ReturnType<typeof cleanUnit>) => void) {
  const files = cleanUnit();
  mutate(files);
  const result = validateUnit(writeUnit(files), { asOf: '2013-01-01', modelOverride: FIXTURE_MODEL });
  return result.diagnostics.filter((d) => d.rule === 'QMS003' && d.code === 'additionalProperties');
}

describe('unknown field: did you mean', () => {
  it('suggests the nearest allowed key at the top of a file', () => {
    const [d] = unknownFields((f) => {
      const policy = obj(f, 'policy.yaml');
      policy.statment = policy.statement;
      delete policy.statement;
    });
    expect(d.message.vi).toContain('có phải "statement"?');
    expect(d.message.en).toContain('did you mean "statement"?');
    expect(d.hint!.vi).toContain('"statement"');
  });

  it('suggests inside nested objects (a step) and for swapped letters', () => {
    const [d] = unknownFields((f) => {
      const step = obj(f, 'procedures/QT-HT-01.yaml').steps[0];
      step.rloe = step.role;
      delete step.role;
    });
    expect(d.message.en).toContain('did you mean "role"?');
  });

  it('lists the allowed keys when nothing is close', () => {
    const [d] = unknownFields((f) => {
      obj(f, 'policy.yaml').ghiChuNoiBo = 'x';
    });
    expect(d.message.en).not.toContain('did you mean');
    expect(d.hint!.en).toContain('Fields allowed here:');
    expect(d.hint!.en).toContain('statement');
  });
});
