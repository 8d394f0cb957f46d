import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/validate/index.js';
import { renderRuleDoc } from '../../../src/core/validate/rule-docs.js';
import { loadAllCases } from './rules/all-cases.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const cases = await loadAllCases();

describe('rule registry', () => {
  it('has unique ids and aliases, well formed', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.alias)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^QMS[0-9]{3}$/);
      expect(r.alias).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(r.clause).toMatch(/^[4-8](\.[0-9]){0,2}$/);
      for (const t of [r.title, r.description, r.hint]) {
        expect(t.vi.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
        expect(t.vi).toBe(t.vi.normalize('NFC'));
      }
    }
  });

  it('is in id order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULES.map((r) => r.id)].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a good and a bad case in a *.cases.ts table', (id) => {
    const how = `add good (expect: []) and bad cases for ${id} to a table of RuleCase (test/core/validate/rules/case.ts) in any *.cases.ts file under test/`;
    expect(cases.filter((c) => c.rule === id && c.expect.length === 0).length, how).toBeGreaterThan(0);
    expect(cases.filter((c) => c.rule === id && c.expect.length > 0).length, how).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a current docs page', (id, rule) => {
    const file = join(root, 'docs', 'rules', `${id}.md`);
    const expected = renderRuleDoc(rule);
    if (process.env.UPDATE_RULE_DOCS) {
      mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
      writeFileSync(file, expected);
    }
    expect(
      existsSync(file),
      `${file} is missing; run UPDATE_RULE_DOCS=1 npx vitest run test/core/validate/registry.test.ts`,
    ).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
