import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  clauseLevel,
  correspondence,
  firstFromIso2008,
  fromIso2008,
  isWithin,
  loadCatalogue,
  questionsFor,
  sectionsOf,
} from '../../../src/core/standard/catalogue.js';
import { findStandard, listStandards } from '../../../src/core/standard/standards.js';
import { dataDir, schemasDir } from '../../../src/core/paths.js';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';

/** Every titled clause of sections 4–10 of ISO 9001:2015 (the table of contents of TCVN ISO 9001:2015), in order. */
const ISO_9001_2015 = [
  ...['4', '4.1', '4.2', '4.3', '4.4'],
  ...['5', '5.1', '5.1.1', '5.1.2', '5.2', '5.2.1', '5.2.2', '5.3'],
  ...['6', '6.1', '6.2', '6.3'],
  ...['7', '7.1', '7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.5.1', '7.1.5.2', '7.1.6'],
  ...['7.2', '7.3', '7.4', '7.5', '7.5.1', '7.5.2', '7.5.3'],
  ...['8', '8.1', '8.2', '8.2.1', '8.2.2', '8.2.3', '8.2.4'],
  ...['8.3', '8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5', '8.3.6', '8.4', '8.4.1', '8.4.2', '8.4.3'],
  ...['8.5', '8.5.1', '8.5.2', '8.5.3', '8.5.4', '8.5.5', '8.5.6', '8.6', '8.7'],
  ...['9', '9.1', '9.1.1', '9.1.2', '9.1.3', '9.2', '9.3', '9.3.1', '9.3.2', '9.3.3'],
  ...['10', '10.1', '10.2', '10.3'],
];

/** The requirements new in 2015 that the transition gap analysis reports (issue 15). */
const NEW_IN_2015 = ['4.1', '4.2', '6.1', '6.3', '7.1.6'];

const c2015 = loadCatalogue('2015');
const c2008 = loadCatalogue('2008');

describe('ISO 9001:2015 clause catalogue', () => {
  it('has every titled clause of sections 4–10, once, in the standard order', () => {
    expect(c2015.clauses.map((c) => c.number)).toEqual(ISO_9001_2015);
    expect(sectionsOf(c2015)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
  });

  it('is found by the names a unit may write in qms.yaml', () => {
    expect(findStandard('TCVN ISO 9001:2015')?.id).toBe('2015');
    expect(findStandard('ISO 9001:2015')?.id).toBe('2015');
    expect(findStandard(undefined)?.id).toBe('2008');
    expect(listStandards().map((s) => s.name)).toEqual(['TCVN ISO 9001:2008', 'TCVN ISO 9001:2015']);
    expect(loadCatalogue('TCVN ISO 9001:2015')).toBe(c2015);
  });

  it('links each clause to its parent, marks headings as not auditable, and titles every clause in Vietnamese', () => {
    for (const c of c2015.clauses) {
      if (clauseLevel(c.number) === 1) expect(c.parent).toBeUndefined();
      else expect(c.parent).toBe(c.number.split('.').slice(0, -1).join('.'));
      expect(c.auditable, c.number).toBe(!c2015.clauses.some((x) => x.parent === c.number));
      expect(c.title.vi).toBe(c.title.vi.normalize('NFC'));
      expect(c.title.vi).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịóòỏõọúùủũụéèẻẽẹýỳỷỹỵ]/u);
    }
  });

  it('uses the TCVN ISO 9001:2015 titles of the new clauses', () => {
    expect(c2015.clause.get('4.1')!.title.vi).toBe('Hiểu tổ chức và bối cảnh của tổ chức');
    expect(c2015.clause.get('4.2')!.title.vi).toBe('Hiểu nhu cầu và mong đợi của các bên quan tâm');
    expect(c2015.clause.get('6.1')!.title.vi).toBe('Hành động giải quyết rủi ro và cơ hội');
    expect(c2015.clause.get('6.3')!.title.vi).toBe('Hoạch định thay đổi');
    expect(c2015.clause.get('7.5')!.title.vi).toBe('Thông tin dạng văn bản');
  });

  it('marks exactly the requirements new in 2015 as new, with no 2008 correspondent', () => {
    expect(c2015.clauses.filter((c) => c.newIn2015).map((c) => c.number)).toEqual(NEW_IN_2015);
    for (const c of c2015.clauses.filter((x) => x.auditable && !x.newIn2015))
      expect(correspondence(c).length, `${c.number} has a 2008 correspondent`).toBeGreaterThan(0);
  });

  it('lists the documented information to maintain (scope, policy, objectives) and to retain, with unique ids', () => {
    const maintained = c2015.clauses.filter((c) => (c.maintain ?? []).length > 0).map((c) => c.number);
    expect(maintained).toEqual(expect.arrayContaining(['4.3', '5.2.2', '6.2']));
    const records = c2015.clauses.flatMap((c) => c.records);
    expect(records.length).toBeGreaterThanOrEqual(20);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const c of c2015.clauses)
      for (const r of c.records)
        expect(isWithin(r.ref.split(' ')[0], c.number) || r.ref.startsWith(c.number)).toBe(true);
    // No documented procedure is mandatory any more.
    expect(c2015.clauses.some((c) => c.documentedProcedure)).toBe(false);
  });

  it('files validate against their schemas', () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    for (const [file, schema] of [
      ['clauses.yaml', 'clauses-2015'],
      ['questions.yaml', 'questions-2015'],
    ]) {
      const parsed = parseYaml(readFileSync(join(dataDir, 'iso9001-2015', file), 'utf8'));
      expect(parsed.problems, file).toEqual([]);
      const validate = ajv.compile(JSON.parse(readFileSync(join(schemasDir, `${schema}.schema.json`), 'utf8')));
      expect(validate(parsed.data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});

describe('ISO 9001:2015 question bank', () => {
  it('has unique ids that name their auditable clause', () => {
    expect(new Set(c2015.questions.map((q) => q.id)).size).toBe(c2015.questions.length);
    for (const q of c2015.questions) {
      expect(q.id.startsWith(`Q-${q.clause}-`), q.id).toBe(true);
      expect(c2015.clause.get(q.clause)?.auditable, q.id).toBe(true);
    }
  });

  it('asks at least two conformity questions of every requirement clause, for every unit type, in both languages', () => {
    for (const c of c2015.clauses.filter((x) => x.auditable)) {
      for (const type of ['xa', 'huyen', 'so'] as const) {
        const qs = questionsFor(c2015, c.number, 'conformity', type);
        expect(qs.length, `${c.number} (${type})`).toBeGreaterThanOrEqual(2);
        for (const q of qs) {
          expect(q.question.vi.length, q.id).toBeGreaterThan(20);
          expect(q.question.en.length, q.id).toBeGreaterThan(20);
          expect(q.evidence.vi.length, q.id).toBeGreaterThan(5);
          expect(q.evidence.en.length, q.id).toBeGreaterThan(5);
        }
      }
    }
  });

  it('has a question that checks the justification of each commonly non-applicable requirement', () => {
    const excluded = c2015.clauses.filter((x) => x.commonlyExcluded).map((x) => x.number);
    expect(excluded).toEqual(['7.1.5.2', '8.3']);
    for (const c of c2015.clauses.filter((x) => x.auditable && excluded.some((e) => isWithin(x.number, e))))
      expect(questionsFor(c2015, c.number, 'exclusion').length, c.number).toBeGreaterThan(0);
  });
});

describe('2008 ↔ 2015 correlation', () => {
  it('is usable both ways: every 2008 → 2015 link has its 2015 → 2008 counterpart', () => {
    for (const c of c2008.clauses.filter((x) => x.auditable)) {
      for (const target of c.iso2015!) {
        expect(c2015.clause.has(target), `${c.number} → ${target} exists in 2015`).toBe(true);
        // The 2015 clause, one of its sub-clauses or its parent names the 2008 clause or one of its parents.
        const family = c2015.clauses.filter((x) => isWithin(x.number, target) || isWithin(target, x.number));
        const back = family.flatMap((x) => x.iso2008 ?? []);
        expect(
          back.some((b) => isWithin(c.number, b) || isWithin(b, c.number)),
          `${c.number} → ${target} has no way back (${back.join(', ')})`,
        ).toBe(true);
      }
    }
  });

  it('every 2015 → 2008 link points at a 2008 clause (or 1.2, the 2008 application clause)', () => {
    for (const c of c2015.clauses)
      for (const b of c.iso2008!) expect(b === '1.2' || c2008.clause.has(b), `${c.number} → ${b}`).toBe(true);
  });

  it('maps 2008 clause names used by the toolkit onto the 2015 catalogue', () => {
    expect(fromIso2008(c2015, '8.2.2')).toEqual(['9.2']);
    expect(firstFromIso2008(c2015, '4.2.4')).toBe('7.5.2');
    expect(fromIso2008(c2008, '8.2.2')).toEqual(['8.2.2']);
  });
});
