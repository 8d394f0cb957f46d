import { afterAll, describe, expect, it } from 'vitest';
import { validateUnit } from '../../../../src/core/validate/index.js';
import { cleanUnit, FIXTURE_MODEL, removeUnits, writeUnit } from '../unit-builder.js';
import { loadAllCases } from './all-cases.js';
import type { RuleCase } from './case.js';

const ALL_CASES: RuleCase[] = await loadAllCases();

afterAll(removeUnits);

describe.each([...new Set(ALL_CASES.map((c) => c.rule))])('%s', (rule) => {
  it.each(ALL_CASES.filter((c) => c.rule === rule).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const files = cleanUnit();
    c.mutate(files);
    const dir = writeUnit(files);
    const result = validateUnit(dir, {
      asOf: c.asOf ?? '2013-01-01',
      ...(c.ownModel ? {} : { modelOverride: FIXTURE_MODEL }),
    });
    const got = result.diagnostics.filter((d) => d.rule === rule && !d.waived);
    const pick = (d: (typeof got)[number], want: RuleCase['expect'][number]) =>
      Object.fromEntries(Object.keys(want).map((k) => [k, (d as unknown as Record<string, unknown>)[k]]));
    expect(got.length, JSON.stringify(got.map((d) => `${d.file}:${d.line}:${d.col} ${d.path} ${d.message.en}`))).toBe(
      c.expect.length,
    );
    // Order-insensitive: each expected entry matches a distinct diagnostic.
    const left = [...got];
    for (const want of c.expect) {
      const i = left.findIndex((d) => JSON.stringify(pick(d, want)) === JSON.stringify(want));
      expect(
        i,
        `no diagnostic like ${JSON.stringify(want)} in ${JSON.stringify(left.map((d) => pick(d, want)))}`,
      ).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
    for (const d of got) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.col).toBeGreaterThanOrEqual(1);
      expect(d.message.vi).toBe(d.message.vi.normalize('NFC'));
    }
  });
});
