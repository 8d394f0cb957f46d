import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  clauseLevel,
  compareClauses,
  isWithin,
  loadCatalogue,
  questionsFor,
} from '../../../src/core/standard/catalogue.js';
import { dataDir, schemasDir } from '../../../src/core/paths.js';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';

/** Every clause and sub-clause of sections 4–8 of ISO 9001:2008 (domain.md §3.1), in order. */
const ISO_9001_2008 = [
  '4',
  '4.1',
  '4.2',
  '4.2.1',
  '4.2.2',
  '4.2.3',
  '4.2.4',
  '5',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.4.1',
  '5.4.2',
  '5.5',
  '5.5.1',
  '5.5.2',
  '5.5.3',
  '5.6',
  '5.6.1',
  '5.6.2',
  '5.6.3',
  '6',
  '6.1',
  '6.2',
  '6.2.1',
  '6.2.2',
  '6.3',
  '6.4',
  '7',
  '7.1',
  '7.2',
  '7.2.1',
  '7.2.2',
  '7.2.3',
  '7.3',
  '7.3.1',
  '7.3.2',
  '7.3.3',
  '7.3.4',
  '7.3.5',
  '7.3.6',
  '7.3.7',
  '7.4',
  '7.4.1',
  '7.4.2',
  '7.4.3',
  '7.5',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '7.5.4',
  '7.5.5',
  '7.6',
  '8',
  '8.1',
  '8.2',
  '8.2.1',
  '8.2.2',
  '8.2.3',
  '8.2.4',
  '8.3',
  '8.4',
  '8.5',
  '8.5.1',
  '8.5.2',
  '8.5.3',
];

const catalogue = loadCatalogue();

describe('ISO 9001:2008 clause catalogue', () => {
  it('has every clause number of sections 4–8, once, in the standard order', () => {
    expect(catalogue.clauses.map((c) => c.number)).toEqual(ISO_9001_2008);
  });

  it('links each sub-clause to its parent and marks headings as not auditable', () => {
    for (const c of catalogue.clauses) {
      if (clauseLevel(c.number) === 1) expect(c.parent).toBeUndefined();
      else expect(c.parent).toBe(c.number.split('.').slice(0, -1).join('.'));
      const hasChildren = catalogue.clauses.some((x) => x.parent === c.number);
      expect(c.auditable, c.number).toBe(!hasChildren);
      expect(c.title.vi.length).toBeGreaterThan(0);
      expect(c.title.en.length).toBeGreaterThan(0);
      expect(c.iso2015!.length, `${c.number} has a 2015 equivalent`).toBeGreaterThan(0);
    }
  });

  it('marks the six documented procedures and the usual exclusions', () => {
    expect(catalogue.clauses.filter((c) => c.documentedProcedure).map((c) => c.number)).toEqual([
      '4.2.3',
      '4.2.4',
      '8.2.2',
      '8.3',
      '8.5.2',
      '8.5.3',
    ]);
    expect(catalogue.clause.get('7.3')!.commonlyExcluded).toBe(true);
    expect(catalogue.clause.get('7.6')!.commonlyExcluded).toBe(true);
  });

  it('lists about twenty-one required records, all under 4.2.4 references', () => {
    const records = catalogue.clauses.flatMap((c) => c.records);
    expect(records.length).toBeGreaterThanOrEqual(21);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('files validate against their schemas', () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    for (const [file, schema] of [
      ['clauses.yaml', 'clauses'],
      ['questions.yaml', 'questions'],
      ['finding-grades.yaml', 'finding-grades'],
    ]) {
      const parsed = parseYaml(readFileSync(join(dataDir, 'iso9001-2008', file), 'utf8'));
      expect(parsed.problems, file).toEqual([]);
      const validate = ajv.compile(JSON.parse(readFileSync(join(schemasDir, `${schema}.schema.json`), 'utf8')));
      expect(validate(parsed.data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});

describe('question bank', () => {
  it('has unique ids that name their clause', () => {
    expect(new Set(catalogue.questions.map((q) => q.id)).size).toBe(catalogue.questions.length);
    for (const q of catalogue.questions) expect(q.id.startsWith(`Q-${q.clause}-`), q.id).toBe(true);
  });

  it('asks only about auditable clauses of the catalogue', () => {
    for (const q of catalogue.questions) expect(catalogue.clause.get(q.clause)?.auditable, q.id).toBe(true);
  });

  it('has at least two questions for every auditable clause, one of them a conformity question for every unit type', () => {
    for (const c of catalogue.clauses.filter((x) => x.auditable)) {
      expect(catalogue.questions.filter((q) => q.clause === c.number).length, c.number).toBeGreaterThanOrEqual(2);
      for (const type of ['xa', 'huyen', 'so'] as const) {
        expect(
          questionsFor(catalogue, c.number, 'conformity', type).length,
          `${c.number} (${type})`,
        ).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has a question that checks the exclusion for each commonly excluded clause', () => {
    for (const c of catalogue.clauses.filter((x) => x.auditable && x.commonlyExcluded)) {
      expect(questionsFor(catalogue, c.number, 'exclusion').length, c.number).toBeGreaterThan(0);
    }
  });
});

describe('clause numbers', () => {
  it('compare numerically and nest by prefix', () => {
    expect(['8.2', '7.10', '7.9', '7', '10.1'].sort(compareClauses)).toEqual(['7', '7.9', '7.10', '8.2', '10.1']);
    expect(isWithin('7.3.2', '7.3')).toBe(true);
    expect(isWithin('7.3', '7.3')).toBe(true);
    expect(isWithin('7.30', '7.3')).toBe(false);
    expect(isWithin('7', '7.3')).toBe(false);
  });
});
