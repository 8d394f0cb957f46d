import { afterAll, describe, expect, it } from 'vitest';
import { check, removeUnits } from './unit-builder.js';

afterAll(removeUnits);

describe('the clean fixture unit', () => {
  it('passes every rule', () => {
    const result = check();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule} ${d.message.en}`)).toEqual([]);
    expect(result).toMatchObject({ id: 'xa-thu', name: 'UBND xã Thử', type: 'xa', files: 11 });
  });
});
